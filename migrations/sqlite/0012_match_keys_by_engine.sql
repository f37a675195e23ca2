-- Cross-vendor match keys computed by the engine (issue 11: matching must
-- not make a 1M-row import more than 10% slower; 0008's indexed expression
-- columns made it ~20% slower). The two rules are 0008's, now as the engine
-- and PostgreSQL compute them (crates/intake-engine/src/match_keys.rs):
-- NFKC and Unicode lowercase, the phone's ASCII digits, and each key hashed
-- to the first 64 bits of its SHA-256 — SQLite has no SHA-256, so the keys
-- are stored, not generated.
--
-- * plaintiffs_raw.match_email_key / match_name_phone_key: a row's keys,
--   bound when it lands (NULL where a rule cannot apply, and for invalid
--   rows). For a promoted row they are the plaintiff's current keys: a
--   vendor update that changes the phone, or its rollback, keys it again.
-- * plaintiff_match_keys_email / plaintiff_match_keys_name_phone: the keys
--   of the live plaintiffs (promoted raw rows) with their source's number,
--   the only thing lookups probe. A run writes its keys when it finishes, in key order, into these
--   clustered tables — what a B-tree index would have cost as ~2 random
--   inserts per row (~7 µs each on 1M rows) becomes a sorted merge.
-- Rows that existed before this migration are keyed by the engine right
-- after it (the `match_keys_backfill` table, dropped when done).
DROP VIEW v_cross_source_matches;
DROP INDEX plaintiffs_match_email_idx;
DROP INDEX plaintiffs_match_name_phone_idx;
ALTER TABLE plaintiffs DROP COLUMN match_email;
ALTER TABLE plaintiffs DROP COLUMN match_name_phone;

ALTER TABLE plaintiffs_raw ADD COLUMN match_email_key INTEGER;
ALTER TABLE plaintiffs_raw ADD COLUMN match_name_phone_key INTEGER;

-- A small number for each source, so that a probe passes over its own
-- source's keys (a re-sent row finds its own twin) without reading the row.
CREATE TABLE match_key_sources (
    id            INTEGER PRIMARY KEY,
    source_system TEXT NOT NULL UNIQUE
);

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

-- A run's skipped rows with what its report needs of them (`of_run`):
-- the rows a large run re-sent are a tenth of it, and reading them from
-- the table read every page of the run (and filled a page cache with it).
CREATE INDEX plaintiffs_raw_skipped_idx
    ON plaintiffs_raw (import_run_id, row_index, line, plaintiff_name,
                       match_email_key, match_name_phone_key, status)
    WHERE status = 'skipped';

-- A raw row deleted by hand (a DBA's hard delete) takes its keys along:
-- SQLite reuses the largest rowids, and a stale entry would point at the
-- next row to get that id.
CREATE TRIGGER plaintiffs_raw_match_keys_delete AFTER DELETE ON plaintiffs_raw
BEGIN
    DELETE FROM plaintiff_match_keys_email
     WHERE key = OLD.match_email_key AND raw_id = OLD.id;
    DELETE FROM plaintiff_match_keys_name_phone
     WHERE key = OLD.match_name_phone_key AND raw_id = OLD.id;
END;

-- Raw rows up to this id have no keys yet; the engine keys them after
-- migrating, in batches it commits as it goes, then drops this table.
CREATE TABLE match_keys_backfill (next_raw_id INTEGER NOT NULL, last_raw_id INTEGER NOT NULL);
INSERT INTO match_keys_backfill
SELECT 1, max(id) FROM plaintiffs_raw HAVING count(*) > 0;

-- Every live pair of plaintiffs of two different sources that match, once:
-- `plaintiff_*` is the later one, `matched_*` the one it matches. An email
-- match wins over name + phone. A rolled-back plaintiff leaves the view.
-- Same columns as 0008.
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
