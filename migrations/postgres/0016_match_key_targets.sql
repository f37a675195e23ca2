-- Rows skipped for a live twin stay out of the match-key indexes (issue 11:
-- a re-sent 1M-row file paid ~4 s of hash-index inserts for keys nobody
-- looks up by index).
--
-- The other sources' lookups (preview, report, view) only ever match live
-- plaintiffs: raw rows that landed new. A row skipped because its key was
-- already live (and its in-file duplicates) is only looked up as its run's
-- own row, which reaches its keys through raw_id. So its keys are kept
-- (`is_target` false) but not indexed; `match_keyed_runs.untargeted` counts
-- them, so a run without any (a first import) skips looking for them. Rows
-- keyed before this migration stay `true`: still correct, since every
-- lookup also requires a promoted raw row.

ALTER TABLE ingest.plaintiff_match_keys
    ADD COLUMN is_target boolean NOT NULL DEFAULT true;

COMMENT ON COLUMN ingest.plaintiff_match_keys.is_target IS
    'The raw row landed new (pending or promoted): its keys are in the lookup indexes.';

ALTER TABLE ingest.match_keyed_runs
    ADD COLUMN untargeted bigint NOT NULL DEFAULT 0;

COMMENT ON COLUMN ingest.match_keyed_runs.untargeted IS
    'Keys of the run kept out of the lookup indexes (is_target false).';

-- The importing session's key writer records the count before it commits.
GRANT UPDATE (untargeted) ON ingest.match_keyed_runs TO intake_operator, intake_admin;

DROP INDEX ingest.plaintiff_match_keys_email_idx;
DROP INDEX ingest.plaintiff_match_keys_name_phone_idx;
CREATE INDEX plaintiff_match_keys_email_idx ON ingest.plaintiff_match_keys USING hash (email_key)
    WHERE email_key IS NOT NULL AND is_target;
CREATE INDEX plaintiff_match_keys_name_phone_idx ON ingest.plaintiff_match_keys USING hash (name_phone_key)
    WHERE name_phone_key IS NOT NULL AND is_target;

-- As in 0014, with is_target from the row's status (a skipped row, in-file
-- duplicate or not, is kept out of the indexes) and the run's count of them.
CREATE OR REPLACE FUNCTION ingest.fill_match_keys(p_run_id uuid)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_rows bigint;
    v_untargeted bigint;
BEGIN
    INSERT INTO ingest.match_keyed_runs (import_run_id, keyed_by)
    VALUES (p_run_id, 'repair')
    ON CONFLICT (import_run_id) DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    -- A promoted row is keyed by its plaintiff's current values: a vendor
    -- update (0011) may have changed the phone since the row landed.
    WITH keyed AS (
    INSERT INTO ingest.plaintiff_match_keys (raw_id, email_key, name_phone_key, is_target)
    SELECT r.id,
           ingest.match_key_hash(ingest.match_email(
               CASE WHEN p.id IS NULL THEN r.contact_email ELSE p.contact_email END)),
           ingest.match_key_hash(ingest.match_name_phone(
               CASE WHEN p.id IS NULL THEN r.plaintiff_name ELSE p.plaintiff_name END,
               CASE WHEN p.id IS NULL THEN r.contact_phone ELSE p.contact_phone END)),
           coalesce(r.status_before_rollback, r.status) IN ('pending', 'promoted')
    FROM ingest.plaintiffs_raw r
    LEFT JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND r.status = 'promoted'
    WHERE r.import_run_id = p_run_id
      AND coalesce(r.status_before_rollback, r.status) <> 'failed'
    ORDER BY r.id
    ON CONFLICT (raw_id) DO NOTHING
    RETURNING is_target
    )
    SELECT count(*), count(*) FILTER (WHERE NOT is_target) INTO v_rows, v_untargeted FROM keyed;
    UPDATE ingest.match_keyed_runs SET untargeted = v_untargeted WHERE import_run_id = p_run_id;
    RETURN v_rows;
END
$fn$;

-- As in 0014; the index probes name is_target (the indexes' predicate).
-- Walking the run's own keys, each key probes on its own (LATERAL, fenced
-- by OFFSET 0): with the statistics stale after a large import the planner
-- hashed every live plaintiff instead (2.3 s for a 1000-row run beside
-- 880k plaintiffs).
-- When the other sources are the smaller side, the run's new rows are
-- found through the indexes and its rows kept out of them (if it has any)
-- by a pass over the run's skipped rows against the other sources' keys.
CREATE OR REPLACE FUNCTION ingest.run_cross_source_matches(p_run_id uuid, p_limit integer DEFAULT NULL)
RETURNS TABLE(row_index integer, line integer, plaintiff_name text,
              matched_plaintiff_id uuid, matched_plaintiff_name text,
              matched_source_system text, matched_import_run_id uuid, match_rule text,
              total bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
#variable_conflict use_column
DECLARE
    v_source text;
    v_rows bigint;
    v_others bigint;
    v_untargeted bigint;
BEGIN
    SELECT r.source_system, r.tally_total INTO v_source, v_rows
    FROM ingest.import_runs r WHERE r.id = p_run_id;
    SELECT coalesce(max(k.untargeted), 0) INTO v_untargeted
    FROM ingest.match_keyed_runs k WHERE k.import_run_id = p_run_id;
    SELECT coalesce(sum(o.tally_promoted), 0) INTO v_others
    FROM ingest.import_runs o
    WHERE o.source_system <> v_source AND o.status = 'completed';
    IF v_source IS NULL OR v_others = 0 THEN
        RETURN;
    END IF;
    IF v_others < v_rows THEN
        RETURN QUERY
        WITH theirs AS MATERIALIZED (
            SELECT k.email_key, k.name_phone_key, p.id, p.plaintiff_name AS pname,
                   p.source_system, p.import_run_id
            FROM ingest.import_runs o
            JOIN ingest.plaintiffs_raw r ON r.import_run_id = o.id AND r.status = 'promoted'
            JOIN ingest.plaintiff_match_keys k ON k.raw_id = r.id
            JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
            WHERE o.source_system <> v_source AND o.status = 'completed'
        ), skipped AS MATERIALIZED (
            SELECT x.row_index, x.line, x.plaintiff_name, k.email_key, k.name_phone_key
            FROM ingest.plaintiffs_raw x
            JOIN ingest.plaintiff_match_keys k ON k.raw_id = x.id AND NOT k.is_target
            WHERE v_untargeted > 0 AND x.import_run_id = p_run_id
              AND coalesce(x.status_before_rollback, x.status) = 'skipped'
        ), m AS (
            SELECT x.row_index, x.line, x.plaintiff_name, t.id, t.pname, t.source_system,
                   t.import_run_id, 'email'::text AS match_rule
            FROM theirs t
            JOIN ingest.plaintiff_match_keys k ON k.email_key = t.email_key AND k.is_target
            JOIN ingest.plaintiffs_raw x ON x.id = k.raw_id AND x.import_run_id = p_run_id
            WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')
            UNION ALL
            SELECT x.row_index, x.line, x.plaintiff_name, t.id, t.pname, t.source_system,
                   t.import_run_id, 'name_phone'::text
            FROM theirs t
            JOIN ingest.plaintiff_match_keys k ON k.name_phone_key = t.name_phone_key AND k.is_target
            JOIN ingest.plaintiffs_raw x ON x.id = k.raw_id AND x.import_run_id = p_run_id
            WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')
              AND k.email_key IS DISTINCT FROM t.email_key
            UNION ALL
            SELECT s.row_index, s.line, s.plaintiff_name, t.id, t.pname, t.source_system,
                   t.import_run_id, 'email'::text
            FROM skipped s JOIN theirs t ON t.email_key = s.email_key
            UNION ALL
            SELECT s.row_index, s.line, s.plaintiff_name, t.id, t.pname, t.source_system,
                   t.import_run_id, 'name_phone'::text
            FROM skipped s JOIN theirs t ON t.name_phone_key = s.name_phone_key
            WHERE s.email_key IS DISTINCT FROM t.email_key
        )
        SELECT m.row_index, m.line, m.plaintiff_name, m.id, m.pname, m.source_system,
               m.import_run_id, m.match_rule, count(*) OVER ()
        FROM m
        ORDER BY m.row_index, m.source_system, m.pname, m.id
        LIMIT p_limit;
    ELSE
        RETURN QUERY
        WITH mine AS MATERIALIZED (
            SELECT x.row_index, x.line, x.plaintiff_name, k.email_key, k.name_phone_key
            FROM ingest.plaintiffs_raw x
            JOIN ingest.plaintiff_match_keys k ON k.raw_id = x.id
            WHERE x.import_run_id = p_run_id
              AND coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')
        ), m AS (
            SELECT mi.row_index, mi.line, mi.plaintiff_name, o.id, o.pname, o.source_system,
                   o.import_run_id, 'email'::text AS match_rule
            FROM mine mi CROSS JOIN LATERAL (
                SELECT p.id, p.plaintiff_name AS pname, p.source_system, p.import_run_id
                FROM ingest.plaintiff_match_keys k
                JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id AND r.status = 'promoted'
                                             AND r.source_system <> v_source
                JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
                WHERE k.email_key = mi.email_key AND k.is_target
                OFFSET 0
            ) o
            UNION ALL
            SELECT mi.row_index, mi.line, mi.plaintiff_name, o.id, o.pname, o.source_system,
                   o.import_run_id, 'name_phone'::text
            FROM mine mi CROSS JOIN LATERAL (
                SELECT p.id, p.plaintiff_name AS pname, p.source_system, p.import_run_id
                FROM ingest.plaintiff_match_keys k
                JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id AND r.status = 'promoted'
                                             AND r.source_system <> v_source
                JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
                WHERE k.name_phone_key = mi.name_phone_key AND k.is_target
                  AND k.email_key IS DISTINCT FROM mi.email_key
                OFFSET 0
            ) o
        )
        SELECT m.row_index, m.line, m.plaintiff_name, m.id, m.pname, m.source_system,
               m.import_run_id, m.match_rule, count(*) OVER ()
        FROM m
        ORDER BY m.row_index, m.source_system, m.pname, m.id
        LIMIT p_limit;
    END IF;
END
$fn$;
