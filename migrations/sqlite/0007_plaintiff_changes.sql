-- Vendor updates (issue 11 part A): the append-only change log, the same
-- name and columns as PostgreSQL's ingest.plaintiff_changes (see
-- migrations/postgres/0011_plaintiff_changes.sql). The engine writes it in
-- the import's transaction (kind `update`) and in a rollback's (`restore`,
-- `conflict`); triggers refuse any UPDATE or DELETE.

CREATE TABLE plaintiff_changes (
    id            INTEGER PRIMARY KEY,
    plaintiff_id  TEXT NOT NULL,
    import_run_id TEXT NOT NULL,
    raw_id        INTEGER,
    field         TEXT NOT NULL
                  CHECK (field IN ('firm_name', 'short_name', 'contact_name', 'contact_phone',
                                   'contact_address', 'source_reference')),
    old_value     TEXT,
    new_value     TEXT,
    kind          TEXT NOT NULL DEFAULT 'update' CHECK (kind IN ('update', 'restore', 'conflict')),
    changed_by    TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);

CREATE INDEX plaintiff_changes_run_idx ON plaintiff_changes (import_run_id);
CREATE INDEX plaintiff_changes_plaintiff_idx ON plaintiff_changes (plaintiff_id, field);

CREATE TRIGGER plaintiff_changes_no_update BEFORE UPDATE ON plaintiff_changes
BEGIN
    SELECT RAISE(ABORT, 'plaintiff_changes is append-only');
END;

CREATE TRIGGER plaintiff_changes_no_delete BEFORE DELETE ON plaintiff_changes
BEGIN
    SELECT RAISE(ABORT, 'plaintiff_changes is append-only');
END;

CREATE VIEW v_plaintiff_changes AS
SELECT c.id,
       c.plaintiff_id,
       p.plaintiff_name,
       c.import_run_id,
       r.filename,
       c.kind,
       c.field,
       c.old_value,
       c.new_value,
       c.changed_by,
       c.changed_at,
       x.line
FROM plaintiff_changes c
LEFT JOIN plaintiffs p ON p.id = c.plaintiff_id
LEFT JOIN import_runs r ON r.id = c.import_run_id
LEFT JOIN plaintiffs_raw x ON x.id = c.raw_id;
