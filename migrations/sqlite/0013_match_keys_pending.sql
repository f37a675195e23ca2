-- A large run's match keys are written right after its commit, while the
-- commit's checkpoint copies the run into the database file (two threads
-- instead of one after the other). Until they are, the run is listed here
-- (written in the run's own transaction, removed in the keys' one): after a
-- crash in between, the next writer that touches the key tables, or the
-- next start (migrate), keys the run from its raw rows. While a run is
-- listed, its plaintiffs are missing from v_cross_source_matches and from
-- other runs' lookups (a second or two after a commit, normally).
CREATE TABLE match_keys_pending (
    import_run_id TEXT PRIMARY KEY REFERENCES import_runs (id),
    -- The largest raw id before the run's rows (its rows are above it).
    after_raw_id  INTEGER NOT NULL
) WITHOUT ROWID;
