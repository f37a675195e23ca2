-- Match keys in segments built in bulk (issue 11: matching must not make a
-- 1M-row import more than 10% slower; it made it 16% slower).
--
-- Until now every key of an import went into three indexes one entry at a
-- time (~3 µs an entry, 8–9 s of a second backend's CPU per 1M rows,
-- fighting the import for the machine's cores). Building a B-tree over rows
-- already in a table costs ~0.3 µs an entry. So ingest.plaintiff_match_keys
-- is now partitioned by `segment`:
--   * segment 0 (ingest.match_keys_shared) holds the keys of small runs and
--     of runs keyed from their raw rows, indexed entry by entry as before;
--   * a run's key writer COPYs into a segment of its own, a plain table
--     with no index (ingest.open_match_key_segment). Once the last keys are
--     written, while the run finishes, a large run's segment is indexed in
--     bulk (ingest.index_match_key_segment); when the run has committed,
--     ingest.close_match_key_segment moves a small run's keys into
--     segment 0, or attaches the large run's segment as a partition.
-- Lookups probe every segment's index, so segments are merged by size, as
-- a binary counter: a new segment takes in the newest segments while they
-- hold no more keys than it has gathered, so there are about log2(keys)
-- segments at most, and each key is copied about log2 times over its life.
-- A merge needs the partitioned table for a moment without readers (DETACH):
-- when it cannot have it within 200 ms, the segment is attached unmerged
-- and the next large run merges it.
--
-- Lookups and the view read ingest.plaintiff_match_keys as before: the
-- partitioning is invisible to them.

-- Large runs' segments, for the merge rule (segment 0 is not listed).
CREATE TABLE ingest.match_key_segments (
    segment   bigint PRIMARY KEY,
    key_count bigint NOT NULL,
    built_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ingest.match_key_segments IS
    'Segments of ingest.plaintiff_match_keys built in bulk for large runs (table ingest.match_keys_s<segment>); segment 0, ingest.match_keys_shared, holds the rest.';

CREATE SEQUENCE ingest.match_key_segment_seq;

GRANT SELECT ON ingest.match_key_segments TO intake_operator, intake_manager, intake_admin;

-- The keys so far become segment 0.
ALTER TABLE ingest.plaintiff_match_keys RENAME TO match_keys_shared;
ALTER TABLE ingest.match_keys_shared DROP CONSTRAINT plaintiff_match_keys_pkey;
DROP INDEX ingest.plaintiff_match_keys_email_idx;
DROP INDEX ingest.plaintiff_match_keys_name_phone_idx;
ALTER TABLE ingest.match_keys_shared ADD COLUMN segment bigint NOT NULL DEFAULT 0
    CONSTRAINT match_keys_shared_segment_check CHECK (segment = 0);
REVOKE ALL ON ingest.match_keys_shared FROM intake_operator, intake_manager, intake_admin;

CREATE TABLE ingest.plaintiff_match_keys (
    raw_id         bigint NOT NULL,      -- ingest.plaintiffs_raw.id
    email_key      bigint,               -- match_key_hash(match_email(contact_email))
    name_phone_key bigint,               -- match_key_hash(match_name_phone(plaintiff_name, contact_phone))
    is_target      boolean NOT NULL DEFAULT true,
    segment        bigint NOT NULL DEFAULT 0
) PARTITION BY LIST (segment);

COMMENT ON TABLE ingest.plaintiff_match_keys IS
    'Cross-source match keys of each landed (not failed) raw row; a raw row whose status is promoted is a live plaintiff. Partitioned by segment (ingest.match_key_segments).';
COMMENT ON COLUMN ingest.plaintiff_match_keys.is_target IS
    'The raw row landed new (pending or promoted): its keys are in the lookup indexes.';
COMMENT ON COLUMN ingest.plaintiff_match_keys.segment IS
    '0: small runs, indexed row by row; otherwise a large run''s segment, indexed in bulk.';

-- B-trees: built in bulk they cost a tenth of what hash indexes do.
CREATE INDEX plaintiff_match_keys_raw_id_idx ON ingest.plaintiff_match_keys (raw_id);
CREATE INDEX plaintiff_match_keys_email_idx ON ingest.plaintiff_match_keys (email_key)
    WHERE email_key IS NOT NULL AND is_target;
CREATE INDEX plaintiff_match_keys_name_phone_idx ON ingest.plaintiff_match_keys (name_phone_key)
    WHERE name_phone_key IS NOT NULL AND is_target;

ALTER TABLE ingest.plaintiff_match_keys ATTACH PARTITION ingest.match_keys_shared FOR VALUES IN (0);

GRANT SELECT ON ingest.plaintiff_match_keys TO intake_operator, intake_manager, intake_admin;

-- A run's own segment: an empty table without indexes, which only the key
-- writer's transaction can see until it commits. Returns its number.
CREATE FUNCTION ingest.open_match_key_segment()
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_segment bigint := nextval('ingest.match_key_segment_seq');
    v_table text := 'match_keys_s' || v_segment;
BEGIN
    EXECUTE format(
        'CREATE TABLE ingest.%I (LIKE ingest.plaintiff_match_keys INCLUDING DEFAULTS,
                                 CONSTRAINT %I CHECK (segment = %s))',
        v_table, v_table || '_segment_check', v_segment);
    EXECUTE format('ALTER TABLE ingest.%I ALTER COLUMN segment SET DEFAULT %s', v_table, v_segment);
    EXECUTE format('GRANT INSERT ON ingest.%I TO intake_operator, intake_admin', v_table);
    RETURN v_segment;
END
$fn$;

-- The segment's B-trees, named as the partitioned indexes' partitions.
CREATE FUNCTION ingest._index_match_key_segment(p_table text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    EXECUTE format('CREATE INDEX %I ON ingest.%I (raw_id)', p_table || '_raw_id_idx', p_table);
    EXECUTE format('CREATE INDEX %I ON ingest.%I (email_key) WHERE email_key IS NOT NULL AND is_target',
                   p_table || '_email_idx', p_table);
    EXECUTE format('CREATE INDEX %I ON ingest.%I (name_phone_key) WHERE name_phone_key IS NOT NULL AND is_target',
                   p_table || '_name_phone_idx', p_table);
END
$fn$;

-- In the key writer's transaction, once the run's last keys are written
-- and while the run itself finishes: a segment large enough to be kept is
-- indexed now, beside the run, touching no table but its own.
CREATE FUNCTION ingest.index_match_key_segment(p_segment bigint, p_min_keys bigint)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_table text := 'match_keys_s' || p_segment;
    v_keys bigint;
BEGIN
    IF to_regclass(format('ingest.%I', v_table)) IS NULL THEN
        RAISE EXCEPTION 'match key segment % does not exist', p_segment;
    END IF;
    EXECUTE format('SELECT count(*) FROM ingest.%I', v_table) INTO v_keys;
    IF v_keys < p_min_keys THEN
        RETURN false;
    END IF;
    PERFORM ingest._index_match_key_segment(v_table);
    RETURN true;
END
$fn$;

-- In the key writer's transaction, after the run committed: fewer than
-- p_min_keys keys join segment 0; more are indexed in bulk (unless
-- ingest.index_match_key_segment did already; merged with the newer
-- segments they outnumber, when those can be detached at once) and
-- attached. Returns the segment the keys are in.
CREATE FUNCTION ingest.close_match_key_segment(p_segment bigint, p_min_keys bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_table text := 'match_keys_s' || p_segment;
    v_keys bigint;
    v_total bigint;
    v_indexed boolean;
    v_fold bigint[] := '{}';
    v_old record;
    v_other bigint;
    v_lock_timeout text := current_setting('lock_timeout');
BEGIN
    IF to_regclass(format('ingest.%I', v_table)) IS NULL THEN
        RAISE EXCEPTION 'match key segment % does not exist', p_segment;
    END IF;
    EXECUTE format('SELECT count(*) FROM ingest.%I', v_table) INTO v_keys;
    IF v_keys < p_min_keys THEN
        EXECUTE format(
            'INSERT INTO ingest.match_keys_shared (raw_id, email_key, name_phone_key, is_target)
             SELECT raw_id, email_key, name_phone_key, is_target FROM ingest.%I', v_table);
        EXECUTE format('DROP TABLE ingest.%I', v_table);
        RETURN 0;
    END IF;
    v_indexed := EXISTS (SELECT 1 FROM pg_catalog.pg_index x
                         WHERE x.indrelid = format('ingest.%I', v_table)::regclass);
    -- One closer merges at a time (the others wait here, after their runs
    -- committed), so two never fold the same segment.
    LOCK TABLE ingest.match_key_segments IN EXCLUSIVE MODE;
    v_total := v_keys;
    FOR v_old IN SELECT s.segment, s.key_count FROM ingest.match_key_segments s ORDER BY s.segment DESC LOOP
        EXIT WHEN v_old.key_count > v_total;
        v_fold := v_fold || v_old.segment;
        v_total := v_total + v_old.key_count;
    END LOOP;
    IF cardinality(v_fold) > 0 THEN
        BEGIN
            PERFORM set_config('lock_timeout', '200ms', true);
            IF v_indexed THEN
                -- Built again below over all the keys, in one pass each.
                EXECUTE format('DROP INDEX ingest.%I, ingest.%I, ingest.%I', v_table || '_raw_id_idx',
                               v_table || '_email_idx', v_table || '_name_phone_idx');
            END IF;
            FOREACH v_other IN ARRAY v_fold LOOP
                -- Their keys cannot change while copied (a vendor update
                -- re-keying a plaintiff waits for this transaction).
                EXECUTE format('LOCK TABLE ingest.%I IN SHARE MODE', 'match_keys_s' || v_other);
                EXECUTE format(
                    'INSERT INTO ingest.%I (raw_id, email_key, name_phone_key, is_target)
                     SELECT raw_id, email_key, name_phone_key, is_target FROM ingest.%I',
                    v_table, 'match_keys_s' || v_other);
            END LOOP;
            PERFORM ingest._index_match_key_segment(v_table);
            FOREACH v_other IN ARRAY v_fold LOOP
                EXECUTE format('ALTER TABLE ingest.plaintiff_match_keys DETACH PARTITION ingest.%I',
                               'match_keys_s' || v_other);
                EXECUTE format('DROP TABLE ingest.%I', 'match_keys_s' || v_other);
                DELETE FROM ingest.match_key_segments WHERE segment = v_other;
            END LOOP;
            v_keys := v_total;
            v_indexed := true;
        EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
            -- Busy: back to this run's keys alone (the block was undone).
            v_fold := '{}';
        END;
        PERFORM set_config('lock_timeout', v_lock_timeout, true);
    END IF;
    IF NOT v_indexed THEN
        PERFORM ingest._index_match_key_segment(v_table);
    END IF;
    EXECUTE format('ALTER TABLE ingest.plaintiff_match_keys ATTACH PARTITION ingest.%I FOR VALUES IN (%s)',
                   v_table, p_segment);
    EXECUTE format('REVOKE ALL ON ingest.%I FROM intake_operator, intake_admin', v_table);
    INSERT INTO ingest.match_key_segments (segment, key_count) VALUES (p_segment, v_keys);
    RETURN p_segment;
END
$fn$;

REVOKE ALL ON FUNCTION ingest.open_match_key_segment(), ingest._index_match_key_segment(text),
    ingest.index_match_key_segment(bigint, bigint), ingest.close_match_key_segment(bigint, bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.open_match_key_segment(), ingest.index_match_key_segment(bigint, bigint),
    ingest.close_match_key_segment(bigint, bigint) TO intake_operator, intake_admin;

-- As in 0016, without ON CONFLICT (raw_id): the run's marker already makes
-- this the only writer of its keys, and a partitioned table has no unique
-- raw_id. Into segment 0.
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
    RETURNING is_target
    )
    SELECT count(*), count(*) FILTER (WHERE NOT is_target) INTO v_rows, v_untargeted FROM keyed;
    UPDATE ingest.match_keyed_runs SET untargeted = v_untargeted WHERE import_run_id = p_run_id;
    RETURN v_rows;
END
$fn$;

-- As in 0014, over the partitioned table (a view binds to the table it was
-- made with, which is segment 0 now), and shaped so that no plan can be
-- quadratic: each live plaintiff's keys probe the key indexes, each raw id
-- found is looked up on its own (fenced LATERAL steps), and the pair
-- carries both sides' columns. 0014's pairs joined
-- the live set to itself twice more; with statistics not yet updated after
-- a large import (estimates of one row), the planner nested those loops
-- and 21 000 plaintiffs took minutes.
CREATE OR REPLACE VIEW ingest.v_cross_source_matches AS
WITH live AS (
    SELECT p.id, p.plaintiff_name, p.source_system, p.import_run_id, p.created_at, r.line,
           k.email_key, k.name_phone_key
    FROM ingest.plaintiff_match_keys k
    JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id AND r.status = 'promoted'
    JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
)
SELECT a.id              AS plaintiff_id,
       a.plaintiff_name,
       a.source_system,
       a.import_run_id,
       a.line,
       a.created_at,
       b.id              AS matched_plaintiff_id,
       b.plaintiff_name  AS matched_plaintiff_name,
       b.source_system   AS matched_source_system,
       b.import_run_id   AS matched_import_run_id,
       b.line            AS matched_line,
       b.created_at      AS matched_created_at,
       'email'::text     AS match_rule
FROM live a
CROSS JOIN LATERAL (
    SELECT kb.raw_id FROM ingest.plaintiff_match_keys kb
    WHERE kb.email_key = a.email_key AND kb.is_target
    OFFSET 0
) kb
CROSS JOIN LATERAL (
    SELECT b.id, b.plaintiff_name, b.source_system, b.import_run_id, b.created_at, rb.line
    FROM ingest.plaintiffs_raw rb
    JOIN public.plaintiffs b ON b.id = rb.plaintiff_id AND b.deleted_at IS NULL
    WHERE rb.id = kb.raw_id AND rb.status = 'promoted'
    OFFSET 0
) b
WHERE b.source_system <> a.source_system AND (a.created_at, a.id) > (b.created_at, b.id)
UNION ALL
SELECT a.id, a.plaintiff_name, a.source_system, a.import_run_id, a.line, a.created_at,
       b.id, b.plaintiff_name, b.source_system, b.import_run_id, b.line, b.created_at,
       'name_phone'::text
FROM live a
CROSS JOIN LATERAL (
    SELECT kb.raw_id FROM ingest.plaintiff_match_keys kb
    WHERE kb.name_phone_key = a.name_phone_key AND kb.is_target
      AND kb.email_key IS DISTINCT FROM a.email_key
    OFFSET 0
) kb
CROSS JOIN LATERAL (
    SELECT b.id, b.plaintiff_name, b.source_system, b.import_run_id, b.created_at, rb.line
    FROM ingest.plaintiffs_raw rb
    JOIN public.plaintiffs b ON b.id = rb.plaintiff_id AND b.deleted_at IS NULL
    WHERE rb.id = kb.raw_id AND rb.status = 'promoted'
    OFFSET 0
) b
WHERE b.source_system <> a.source_system AND (a.created_at, a.id) > (b.created_at, b.id);

-- A large run beside large other sources (both over 100,000 rows): the
-- probes of either side above cost ~5M index lookups (47 s for 1M rows
-- beside 880k plaintiffs, 190k pairs); joining both sides' keys by hash
-- costs one pass over each (~12 s).
CREATE FUNCTION ingest._run_cross_source_matches_hashed(p_run_id uuid, p_limit integer, p_source text)
RETURNS TABLE(row_index integer, line integer, plaintiff_name text,
              matched_plaintiff_id uuid, matched_plaintiff_name text,
              matched_source_system text, matched_import_run_id uuid, match_rule text,
              total bigint)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
SET enable_nestloop = off
AS $fn$
    WITH mine AS MATERIALIZED (
        SELECT x.row_index, x.line, x.plaintiff_name, k.email_key, k.name_phone_key
        FROM ingest.plaintiffs_raw x
        JOIN ingest.plaintiff_match_keys k ON k.raw_id = x.id
        WHERE x.import_run_id = p_run_id
          AND coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')
    ), theirs AS MATERIALIZED (
        SELECT k.email_key, k.name_phone_key, p.id, p.plaintiff_name AS pname,
               p.source_system, p.import_run_id
        FROM ingest.import_runs o
        JOIN ingest.plaintiffs_raw r ON r.import_run_id = o.id AND r.status = 'promoted'
        JOIN ingest.plaintiff_match_keys k ON k.raw_id = r.id
        JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
        WHERE o.source_system <> p_source AND o.status = 'completed'
    ), m AS (
        SELECT mi.row_index, mi.line, mi.plaintiff_name, t.id, t.pname, t.source_system,
               t.import_run_id, 'email'::text AS match_rule
        FROM mine mi JOIN theirs t ON t.email_key = mi.email_key
        UNION ALL
        SELECT mi.row_index, mi.line, mi.plaintiff_name, t.id, t.pname, t.source_system,
               t.import_run_id, 'name_phone'::text
        FROM mine mi JOIN theirs t ON t.name_phone_key = mi.name_phone_key
        WHERE t.email_key IS DISTINCT FROM mi.email_key
    )
    SELECT m.row_index, m.line, m.plaintiff_name, m.id, m.pname, m.source_system,
           m.import_run_id, m.match_rule, count(*) OVER ()
    FROM m
    ORDER BY m.row_index, m.source_system, m.pname, m.id
    LIMIT p_limit
$fn$;

REVOKE ALL ON FUNCTION ingest._run_cross_source_matches_hashed(uuid, integer, text) FROM PUBLIC;

-- As in 0016, with each probe split in two fenced steps: the key index
-- gives raw ids, and each raw id is looked up on its own. In one step the
-- planner, misled by a new segment without statistics, hashed every
-- promoted raw row for each key (74 s for a 10 500-row run beside as many
-- plaintiffs). Both sides large: the hash join above.
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
    IF v_others >= 100000 AND v_rows >= 100000 THEN
        RETURN QUERY SELECT * FROM ingest._run_cross_source_matches_hashed(p_run_id, p_limit, v_source);
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
                SELECT k.raw_id FROM ingest.plaintiff_match_keys k
                WHERE k.email_key = mi.email_key AND k.is_target
                OFFSET 0
            ) k CROSS JOIN LATERAL (
                SELECT p.id, p.plaintiff_name AS pname, p.source_system, p.import_run_id
                FROM ingest.plaintiffs_raw r
                JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
                WHERE r.id = k.raw_id AND r.status = 'promoted' AND r.source_system <> v_source
                OFFSET 0
            ) o
            UNION ALL
            SELECT mi.row_index, mi.line, mi.plaintiff_name, o.id, o.pname, o.source_system,
                   o.import_run_id, 'name_phone'::text
            FROM mine mi CROSS JOIN LATERAL (
                SELECT k.raw_id FROM ingest.plaintiff_match_keys k
                WHERE k.name_phone_key = mi.name_phone_key AND k.is_target
                  AND k.email_key IS DISTINCT FROM mi.email_key
                OFFSET 0
            ) k CROSS JOIN LATERAL (
                SELECT p.id, p.plaintiff_name AS pname, p.source_system, p.import_run_id
                FROM ingest.plaintiffs_raw r
                JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
                WHERE r.id = k.raw_id AND r.status = 'promoted' AND r.source_system <> v_source
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
