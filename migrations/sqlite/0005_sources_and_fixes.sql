-- Sources, fixes and the header of each run (issue 10 points 5, 6 and 8);
-- the same tables and columns as migrations/postgres/0008.
--
-- sources: one row per source (the normalized key the dedupe key uses), its
-- display name and the mapping its last explicitly mapped import used.
-- row_fixes: every fix applied to a record of a run, written in the run's
-- transaction; a rollback keeps them as audit. No foreign key to the run, so
-- a hard delete of a run still works and the audit survives it.
-- run_headers: the file's headers of a run in file order (errored-rows export).

CREATE TABLE sources (
    source_key    TEXT PRIMARY KEY NOT NULL CHECK (source_key <> ''),
    display_name  TEXT NOT NULL,
    saved_mapping TEXT CHECK (saved_mapping IS NULL OR json_valid(saved_mapping)),
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

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
