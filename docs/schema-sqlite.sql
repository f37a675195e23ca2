-- The SQLite schema after every migration in migrations/sqlite, as stored
-- in sqlite_schema of a freshly migrated database (each table, then its
-- indexes and triggers). Generated; do not edit. Refresh with
--     INTAKE_UPDATE_SCHEMA=1 cargo test -p intake-engine --test all schema_snapshot::

CREATE TABLE import_runs (
    id              TEXT PRIMARY KEY NOT NULL,
    source_system   TEXT NOT NULL,
    source_batch_id TEXT,
    file_hash       TEXT NOT NULL,
    filename        TEXT NOT NULL,
    file_kind       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'processing'
                    CHECK (status IN ('processing', 'completed', 'failed', 'rolled_back')),
    imported_by     TEXT NOT NULL,
    rows_fetched    INTEGER NOT NULL DEFAULT 0,
    rows_inserted   INTEGER NOT NULL DEFAULT 0,
    rows_skipped    INTEGER NOT NULL DEFAULT 0,
    rows_errored    INTEGER NOT NULL DEFAULT 0,
    -- The run promoted its new rows into `plaintiffs` when it finished.
    promoted        INTEGER NOT NULL DEFAULT 0 CHECK (promoted IN (0, 1)),
    -- Failure: {"code","message"}; rollback: {"rollback_reason","rolled_back_by","rolled_back_at"}.
    error_details   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(error_details)),
    -- Informational only: who held the run while it was processing.
    owner_pid       INTEGER,
    owner_host      TEXT,
    created_at      TEXT NOT NULL,
    started_at      TEXT,
    finished_at     TEXT
, tally_total    INTEGER NOT NULL DEFAULT 0, tally_inserted INTEGER NOT NULL DEFAULT 0, tally_skipped  INTEGER NOT NULL DEFAULT 0, tally_errored  INTEGER NOT NULL DEFAULT 0, tally_pending  INTEGER NOT NULL DEFAULT 0, tally_promoted INTEGER NOT NULL DEFAULT 0);

CREATE INDEX import_runs_created_at_idx ON import_runs (created_at);

CREATE UNIQUE INDEX import_runs_live_batch_uq
    ON import_runs (source_system, coalesce(source_batch_id, ''), file_hash)
    WHERE status IN ('processing', 'completed');

CREATE TRIGGER import_runs_mark_rows_on_completion
AFTER UPDATE OF status ON import_runs
FOR EACH ROW WHEN NEW.status = 'completed' AND OLD.status IS NOT 'completed'
BEGIN
    DELETE FROM run_row_marks WHERE import_run_id = NEW.id;
    INSERT INTO run_row_marks (import_run_id, kind, ordinal, row_index, of_rows)
    SELECT NEW.id, kind, ordinal, row_index, of_rows
      FROM (SELECT coalesce(s.status_before_rollback, s.status) AS kind, s.row_index,
                   row_number() OVER w - 1 AS ordinal,
                   count(*) OVER (PARTITION BY coalesce(s.status_before_rollback, s.status))
                       AS of_rows
              FROM plaintiffs_raw s
             WHERE s.import_run_id = NEW.id
               AND coalesce(s.status_before_rollback, s.status) IN ('failed', 'skipped')
            WINDOW w AS (PARTITION BY coalesce(s.status_before_rollback, s.status)
                         ORDER BY s.row_index))
     WHERE ordinal > 0 AND ordinal % 100 = 0;
END;

CREATE INDEX import_runs_source_created_idx ON import_runs (source_system, created_at);

CREATE TRIGGER import_runs_tallies_on_status
AFTER UPDATE OF status ON import_runs
FOR EACH ROW WHEN OLD.status IS NOT NEW.status
BEGIN
    UPDATE import_runs
       SET tally_total    = CASE NEW.status WHEN 'completed' THEN NEW.rows_fetched
                                            WHEN 'rolled_back' THEN OLD.tally_total ELSE 0 END,
           tally_inserted = CASE NEW.status WHEN 'completed' THEN NEW.rows_inserted
                                            WHEN 'rolled_back' THEN OLD.tally_inserted ELSE 0 END,
           tally_skipped  = CASE NEW.status WHEN 'completed' THEN NEW.rows_skipped
                                            WHEN 'rolled_back' THEN OLD.tally_skipped ELSE 0 END,
           tally_errored  = CASE NEW.status WHEN 'completed' THEN NEW.rows_errored
                                            WHEN 'rolled_back' THEN OLD.tally_errored ELSE 0 END,
           tally_pending  = CASE WHEN NEW.status = 'completed' AND NOT NEW.promoted
                                 THEN NEW.rows_inserted ELSE 0 END,
           tally_promoted = CASE WHEN NEW.status = 'completed' AND NEW.promoted
                                 THEN NEW.rows_inserted ELSE 0 END
     WHERE id = NEW.id;
END;

CREATE TABLE match_key_sources (
    id            INTEGER PRIMARY KEY,
    source_system TEXT NOT NULL UNIQUE
);

CREATE TABLE match_keys_pending (
    import_run_id TEXT PRIMARY KEY REFERENCES import_runs (id),
    -- The largest raw id before the run's rows (its rows are above it).
    after_raw_id  INTEGER NOT NULL
) WITHOUT ROWID;

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

CREATE TRIGGER plaintiff_changes_no_delete BEFORE DELETE ON plaintiff_changes
BEGIN
    SELECT RAISE(ABORT, 'plaintiff_changes is append-only');
END;

CREATE TRIGGER plaintiff_changes_no_update BEFORE UPDATE ON plaintiff_changes
BEGIN
    SELECT RAISE(ABORT, 'plaintiff_changes is append-only');
END;

CREATE INDEX plaintiff_changes_plaintiff_idx ON plaintiff_changes (plaintiff_id, field);

CREATE INDEX plaintiff_changes_run_idx ON plaintiff_changes (import_run_id);

CREATE TABLE plaintiff_match_keys_email (
    key       INTEGER NOT NULL,
    source_id INTEGER NOT NULL,   -- match_key_sources.id of the row's source
    raw_id    INTEGER NOT NULL,   -- plaintiffs_raw.id of a promoted row
    PRIMARY KEY (key, source_id, raw_id)
) WITHOUT ROWID;

CREATE TABLE plaintiff_match_keys_name_phone (
    key       INTEGER NOT NULL,
    source_id INTEGER NOT NULL,
    raw_id    INTEGER NOT NULL,
    PRIMARY KEY (key, source_id, raw_id)
) WITHOUT ROWID;

CREATE TABLE plaintiffs (
    id               TEXT PRIMARY KEY NOT NULL,
    plaintiff_name   TEXT NOT NULL,
    firm_name        TEXT,
    short_name       TEXT,
    contact_name     TEXT,
    contact_email    TEXT,
    contact_phone    TEXT,
    contact_address  TEXT,
    source_reference TEXT,
    source_system    TEXT NOT NULL,
    dedupe_key       TEXT NOT NULL,
    import_run_id    TEXT NOT NULL REFERENCES import_runs (id),
    raw_id           INTEGER NOT NULL REFERENCES plaintiffs_raw (id),
    created_at       TEXT NOT NULL,
    -- NULL = live; a rollback soft-deletes so the audit trail stays.
    deleted_at       TEXT,
    deleted_reason   TEXT
);

CREATE TABLE plaintiffs_raw (
    id                     INTEGER PRIMARY KEY,
    import_run_id          TEXT NOT NULL REFERENCES import_runs (id),
    -- 0-based data record of the file.
    row_index              INTEGER NOT NULL,
    source_system          TEXT NOT NULL,
    -- NULL only for invalid rows without a name.
    dedupe_key             TEXT,
    plaintiff_name         TEXT,
    firm_name              TEXT,
    short_name             TEXT,
    contact_name           TEXT,
    contact_email          TEXT,
    contact_phone          TEXT,
    contact_address        TEXT,
    source_reference       TEXT,
    -- JSON object keyed by the original headers (PII columns masked).
    raw_payload            TEXT NOT NULL DEFAULT '{}',
    status                 TEXT NOT NULL DEFAULT 'pending'
                           CHECK (status IN ('pending', 'processing', 'promoted', 'failed', 'skipped', 'rolled_back')),
    -- What the row was before its run was rolled back (keeps reconciliation exact).
    status_before_rollback TEXT,
    error_code             TEXT,
    error_message          TEXT,
    -- For a skipped row: the live raw row it duplicates.
    duplicate_of           INTEGER REFERENCES plaintiffs_raw (id),
    -- For a promoted row: the plaintiff it became.
    plaintiff_id           TEXT,
    created_at             TEXT NOT NULL, line INTEGER, match_email_key INTEGER, match_name_phone_key INTEGER,
    UNIQUE (import_run_id, row_index)
);

CREATE TRIGGER plaintiffs_raw_delete_moves_run_tallies
AFTER DELETE ON plaintiffs_raw
FOR EACH ROW
BEGIN
    UPDATE import_runs
       SET tally_total    = tally_total - 1,
           tally_inserted = tally_inserted
               - (coalesce(OLD.status_before_rollback, OLD.status) IN ('pending', 'promoted')),
           tally_skipped  = tally_skipped - (coalesce(OLD.status_before_rollback, OLD.status) = 'skipped'),
           tally_errored  = tally_errored - (coalesce(OLD.status_before_rollback, OLD.status) = 'failed'),
           tally_pending  = tally_pending - (status = 'completed' AND OLD.status = 'pending'),
           tally_promoted = tally_promoted - (status = 'completed' AND OLD.status = 'promoted')
     WHERE id = OLD.import_run_id AND status <> 'processing';
END;

CREATE TRIGGER plaintiffs_raw_hard_delete_retires_plaintiffs
AFTER DELETE ON plaintiffs_raw
FOR EACH ROW WHEN OLD.status = 'promoted' AND OLD.plaintiff_id IS NOT NULL
BEGIN
    UPDATE plaintiffs
       SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
           deleted_reason = 'Hard delete of its plaintiffs_raw row'
     WHERE id = OLD.plaintiff_id AND deleted_at IS NULL;
END;

CREATE UNIQUE INDEX plaintiffs_raw_live_key_uq
    ON plaintiffs_raw (dedupe_key)
    WHERE status IN ('pending', 'promoted');

CREATE TRIGGER plaintiffs_raw_match_keys_delete AFTER DELETE ON plaintiffs_raw
BEGIN
    DELETE FROM plaintiff_match_keys_email
     WHERE key = OLD.match_email_key AND raw_id = OLD.id;
    DELETE FROM plaintiff_match_keys_name_phone
     WHERE key = OLD.match_name_phone_key AND raw_id = OLD.id;
END;

CREATE INDEX plaintiffs_raw_skipped_idx
    ON plaintiffs_raw (import_run_id, row_index, line, plaintiff_name,
                       match_email_key, match_name_phone_key, status)
    WHERE status = 'skipped';

CREATE TABLE row_fixes (
    id             INTEGER PRIMARY KEY,
    import_run_id  TEXT NOT NULL,
    line           INTEGER,
    row_index      INTEGER NOT NULL,
    field          TEXT NOT NULL,
    original_value TEXT,
    new_value      TEXT,
    fixed_by       TEXT NOT NULL,
    fixed_at       TEXT NOT NULL
);

CREATE INDEX row_fixes_run_idx ON row_fixes (import_run_id, row_index);

CREATE TABLE run_headers (
    import_run_id TEXT PRIMARY KEY NOT NULL,
    headers       TEXT NOT NULL CHECK (json_valid(headers))
);

CREATE TABLE run_row_marks (
    import_run_id TEXT    NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('failed', 'skipped')),
    ordinal       INTEGER NOT NULL,
    row_index     INTEGER NOT NULL,
    of_rows       INTEGER NOT NULL,
    PRIMARY KEY (import_run_id, kind, ordinal)
) WITHOUT ROWID;

CREATE TABLE sources (
    source_key    TEXT PRIMARY KEY NOT NULL CHECK (source_key <> ''),
    display_name  TEXT NOT NULL,
    saved_mapping TEXT CHECK (saved_mapping IS NULL OR json_valid(saved_mapping)),
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE VIEW v_blocked_duplicates AS
SELECT
    s.import_run_id,
    s.row_index,
    s.dedupe_key,
    s.plaintiff_name,
    s.source_system,
    r.filename,
    s.created_at,
    d.import_run_id AS duplicate_of_run_id,
    d.row_index     AS duplicate_of_row_index,
    dr.filename     AS duplicate_of_filename,
    s.line,
    d.line          AS duplicate_of_line
FROM plaintiffs_raw s
JOIN import_runs r ON r.id = s.import_run_id
LEFT JOIN plaintiffs_raw d ON d.id = s.duplicate_of
LEFT JOIN import_runs dr ON dr.id = d.import_run_id
WHERE coalesce(s.status_before_rollback, s.status) = 'skipped';

CREATE VIEW v_cross_source_matches AS
WITH pairs AS (
    SELECT xa.plaintiff_id AS a_id, xb.plaintiff_id AS b_id, 'email' AS match_rule
    FROM plaintiff_match_keys_email ka
    JOIN plaintiff_match_keys_email kb ON kb.key = ka.key AND kb.raw_id <> ka.raw_id
    JOIN plaintiffs_raw xa ON xa.id = ka.raw_id AND xa.status = 'promoted'
                          AND xa.match_email_key = ka.key
    JOIN plaintiffs_raw xb ON xb.id = kb.raw_id AND xb.status = 'promoted'
                          AND xb.match_email_key = kb.key
                          AND xb.source_system <> xa.source_system
    UNION ALL
    SELECT xa.plaintiff_id, xb.plaintiff_id, 'name_phone'
    FROM plaintiff_match_keys_name_phone ka
    JOIN plaintiff_match_keys_name_phone kb ON kb.key = ka.key AND kb.raw_id <> ka.raw_id
    JOIN plaintiffs_raw xa ON xa.id = ka.raw_id AND xa.status = 'promoted'
                          AND xa.match_name_phone_key = ka.key
    JOIN plaintiffs_raw xb ON xb.id = kb.raw_id AND xb.status = 'promoted'
                          AND xb.match_name_phone_key = kb.key
                          AND xb.source_system <> xa.source_system
    WHERE xa.match_email_key IS NOT xb.match_email_key
)
SELECT a.id              AS plaintiff_id,
       a.plaintiff_name,
       a.source_system,
       a.import_run_id,
       ra.line,
       a.created_at,
       b.id              AS matched_plaintiff_id,
       b.plaintiff_name  AS matched_plaintiff_name,
       b.source_system   AS matched_source_system,
       b.import_run_id   AS matched_import_run_id,
       rb.line           AS matched_line,
       b.created_at      AS matched_created_at,
       pairs.match_rule
FROM pairs
JOIN plaintiffs a ON a.id = pairs.a_id AND a.deleted_at IS NULL
JOIN plaintiffs b ON b.id = pairs.b_id AND b.deleted_at IS NULL
LEFT JOIN plaintiffs_raw ra ON ra.id = a.raw_id
LEFT JOIN plaintiffs_raw rb ON rb.id = b.raw_id
WHERE (a.created_at, a.id) > (b.created_at, b.id);

CREATE VIEW v_errored_rows AS
SELECT
    p.import_run_id,
    r.filename,
    p.row_index,
    p.plaintiff_name,
    p.error_code,
    p.error_message,
    p.created_at,
    p.source_system,
    p.line
FROM plaintiffs_raw p
JOIN import_runs r ON r.id = p.import_run_id
WHERE coalesce(p.status_before_rollback, p.status) = 'failed';

CREATE VIEW v_import_reconciliation AS
SELECT
    r.id AS import_run_id,
    r.source_system,
    r.source_batch_id,
    r.filename,
    r.status,
    r.created_at,
    r.rows_fetched  AS reported_fetched,
    r.rows_inserted AS reported_inserted,
    r.rows_skipped  AS reported_skipped,
    r.rows_errored  AS reported_errored,
    a.value ->> '$[0]' AS actual_total,
    a.value ->> '$[1]' AS actual_inserted,
    a.value ->> '$[2]' AS actual_skipped,
    a.value ->> '$[3]' AS actual_errored,
    r.rows_fetched  - (a.value ->> '$[0]') AS fetched_discrepancy,
    r.rows_inserted - (a.value ->> '$[1]') AS inserted_discrepancy,
    r.rows_skipped  - (a.value ->> '$[2]') AS skipped_discrepancy,
    r.rows_errored  - (a.value ->> '$[3]') AS errored_discrepancy,
    (r.rows_fetched = (a.value ->> '$[0]')
        AND r.rows_inserted = (a.value ->> '$[1]')
        AND r.rows_skipped = (a.value ->> '$[2]')
        AND r.rows_errored = (a.value ->> '$[3]')) AS is_reconciled
FROM import_runs r,
     json_each(json_array((
         SELECT json_array(
                    count(*),
                    coalesce(sum(s.effective_status IN ('pending', 'promoted')), 0),
                    coalesce(sum(s.effective_status = 'skipped'), 0),
                    coalesce(sum(s.effective_status = 'failed'), 0))
           FROM (SELECT coalesce(p.status_before_rollback, p.status) AS effective_status
                   FROM plaintiffs_raw p
                  WHERE p.import_run_id = r.id) AS s))) AS a;

CREATE VIEW v_import_runs_summary AS
SELECT
    r.id,
    r.source_system,
    r.source_batch_id,
    r.file_hash,
    r.filename,
    r.file_kind,
    r.status,
    r.imported_by,
    r.rows_fetched,
    r.rows_inserted,
    r.rows_skipped,
    r.rows_errored,
    r.promoted,
    r.created_at,
    r.started_at,
    r.finished_at,
    round((julianday(r.finished_at) - julianday(coalesce(r.started_at, r.created_at))) * 86400.0, 3)
        AS duration_seconds,
    CASE WHEN r.status = 'processing' THEN NULL
         ELSE (r.rows_fetched = r.tally_total
               AND r.rows_inserted = r.tally_inserted
               AND r.rows_skipped = r.tally_skipped
               AND r.rows_errored = r.tally_errored) END AS is_reconciled,
    r.tally_pending AS rows_pending,
    r.error_details ->> '$.code'            AS error_code,
    r.error_details ->> '$.message'         AS error_message,
    r.error_details ->> '$.rollback_reason' AS rollback_reason,
    r.error_details ->> '$.rolled_back_by'  AS rolled_back_by,
    r.error_details ->> '$.rolled_back_at'  AS rolled_back_at
FROM import_runs r;

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
