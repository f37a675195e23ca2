-- Cross-vendor match keys kept beside the raw rows (issue 11: matching must
-- not make a 1M-row import more than 10% slower).
--
-- 0012 indexed two expressions on public.plaintiffs: every new plaintiff
-- paid two random-order index inserts and ~4 µs of regexp work inside the
-- import's own transaction (+35–45% on a 1M-row import). Now each landed
-- raw row gets its two keys in ingest.plaintiff_match_keys, computed by the
-- engine (the same normalization as ingest.match_email / match_name_phone,
-- hashed to 64 bits by ingest.match_key_hash) and written by a second
-- connection of the importing process while the run's own connection
-- lands: the index work runs beside the import instead of inside it.
--
-- The keys of a run commit just after the run; `ingest.match_keyed_runs`
-- says which runs have theirs. A run that committed without them (the
-- process died in between, or the second connection failed) is keyed from
-- its raw rows, in SQL, by ingest.fill_missing_match_keys(), which every
-- match lookup calls first: matches are never silently missed.

-- 64 bits of SHA-256 of the normalized key (NULL stays NULL). Two different
-- keys share a hash with probability ~5e-20 per pair: a false "possible
-- match" is shown to a manager, never acted on.
CREATE FUNCTION ingest.match_key_hash(p_key text)
RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
    SELECT ('x' || pg_catalog.left(pg_catalog.encode(pg_catalog.sha256(
               pg_catalog.convert_to(p_key, 'UTF8')), 'hex'), 16))::bit(64)::bigint
$fn$;

COMMENT ON FUNCTION ingest.match_key_hash(text) IS
    'First 64 bits of SHA-256 of a normalized match key, as a signed bigint (the engine computes the same).';

CREATE TABLE ingest.plaintiff_match_keys (
    raw_id         bigint PRIMARY KEY,   -- ingest.plaintiffs_raw.id (no FK: keys land beside the run)
    email_key      bigint,               -- match_key_hash(match_email(contact_email))
    name_phone_key bigint                -- match_key_hash(match_name_phone(plaintiff_name, contact_phone))
);

COMMENT ON TABLE ingest.plaintiff_match_keys IS
    'Cross-source match keys of each landed (not failed) raw row; a raw row whose status is promoted is a live plaintiff.';

-- Lookups are equality only: hash indexes (measured 1.7 µs an entry on a
-- 880k-row load against 2.4 µs for B-trees of the same keys, whose random
-- order defeats a B-tree's locality).
CREATE INDEX plaintiff_match_keys_email_idx ON ingest.plaintiff_match_keys USING hash (email_key)
    WHERE email_key IS NOT NULL;
CREATE INDEX plaintiff_match_keys_name_phone_idx ON ingest.plaintiff_match_keys USING hash (name_phone_key)
    WHERE name_phone_key IS NOT NULL;

CREATE TABLE ingest.match_keyed_runs (
    import_run_id uuid PRIMARY KEY,
    keyed_at      timestamptz NOT NULL DEFAULT now(),
    keyed_by      text NOT NULL           -- 'import' (beside the run) or 'repair' (from its raw rows)
);

-- Operators and admins import: their second connection writes the keys.
GRANT SELECT ON ingest.plaintiff_match_keys, ingest.match_keyed_runs
    TO intake_operator, intake_manager, intake_admin;
GRANT INSERT ON ingest.plaintiff_match_keys, ingest.match_keyed_runs
    TO intake_operator, intake_admin;

-- Key one run from its raw rows (the slow, SQL path). The run's marker is
-- taken first: whoever holds it keys the run, anyone else waits for it and
-- then does nothing, so keys are never written twice.
CREATE FUNCTION ingest.fill_match_keys(p_run_id uuid)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_rows bigint;
BEGIN
    INSERT INTO ingest.match_keyed_runs (import_run_id, keyed_by)
    VALUES (p_run_id, 'repair')
    ON CONFLICT (import_run_id) DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    -- A promoted row is keyed by its plaintiff's current values: a vendor
    -- update (0011) may have changed the phone since the row landed.
    INSERT INTO ingest.plaintiff_match_keys (raw_id, email_key, name_phone_key)
    SELECT r.id,
           ingest.match_key_hash(ingest.match_email(
               CASE WHEN p.id IS NULL THEN r.contact_email ELSE p.contact_email END)),
           ingest.match_key_hash(ingest.match_name_phone(
               CASE WHEN p.id IS NULL THEN r.plaintiff_name ELSE p.plaintiff_name END,
               CASE WHEN p.id IS NULL THEN r.contact_phone ELSE p.contact_phone END))
    FROM ingest.plaintiffs_raw r
    LEFT JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND r.status = 'promoted'
    WHERE r.import_run_id = p_run_id
      AND coalesce(r.status_before_rollback, r.status) <> 'failed'
    ORDER BY r.id
    ON CONFLICT (raw_id) DO NOTHING;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END
$fn$;

-- Key every finished run that has rows and no keys yet (cheap when there is
-- none: one pass over the runs). Lookups call it first.
CREATE FUNCTION ingest.fill_missing_match_keys()
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_run uuid;
    v_rows bigint := 0;
BEGIN
    FOR v_run IN
        SELECT r.id FROM ingest.import_runs r
        WHERE r.status IN ('completed', 'rolled_back')
          AND NOT EXISTS (SELECT 1 FROM ingest.match_keyed_runs k WHERE k.import_run_id = r.id)
        ORDER BY r.created_at
    LOOP
        v_rows := v_rows + ingest.fill_match_keys(v_run);
    END LOOP;
    RETURN v_rows;
END
$fn$;

REVOKE ALL ON FUNCTION ingest.match_key_hash(text), ingest.fill_match_keys(uuid),
    ingest.fill_missing_match_keys() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.match_key_hash(text), ingest.fill_missing_match_keys()
    TO intake_operator, intake_manager, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.fill_match_keys(uuid) TO intake_operator, intake_admin;

-- A vendor update (0011) or its rollback can change a live plaintiff's
-- phone: its keys follow. Updates are few, so a row trigger computing the
-- keys in SQL costs nothing an import pays (a rollback only sets deleted_at).
CREATE FUNCTION ingest._rekey_plaintiff()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    UPDATE ingest.plaintiff_match_keys
    SET email_key = ingest.match_key_hash(ingest.match_email(NEW.contact_email)),
        name_phone_key = ingest.match_key_hash(ingest.match_name_phone(NEW.plaintiff_name, NEW.contact_phone))
    WHERE raw_id = NEW.raw_id;
    RETURN NULL;
END
$fn$;

REVOKE ALL ON FUNCTION ingest._rekey_plaintiff() FROM PUBLIC;

CREATE TRIGGER plaintiffs_rekey_matches
    AFTER UPDATE OF plaintiff_name, contact_email, contact_phone ON public.plaintiffs
    FOR EACH ROW
    WHEN (OLD.plaintiff_name IS DISTINCT FROM NEW.plaintiff_name
          OR OLD.contact_email IS DISTINCT FROM NEW.contact_email
          OR OLD.contact_phone IS DISTINCT FROM NEW.contact_phone)
    EXECUTE FUNCTION ingest._rekey_plaintiff();

-- The runs already imported: keyed now, in one pass.
SELECT ingest.fill_missing_match_keys();

DROP INDEX public.plaintiffs_match_email_idx;
DROP INDEX public.plaintiffs_match_name_phone_idx;

-- The live plaintiffs with their keys: a raw row that is `promoted` made a
-- plaintiff, and a live one unless it was deleted by hand.
CREATE OR REPLACE VIEW ingest.v_cross_source_matches AS
WITH live AS (
    SELECT p.id, p.plaintiff_name, p.source_system, p.import_run_id, p.created_at, r.line,
           k.email_key, k.name_phone_key
    FROM ingest.plaintiff_match_keys k
    JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id AND r.status = 'promoted'
    JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
), pairs AS (
    SELECT a.id AS a_id, b.id AS b_id, 'email'::text AS match_rule
    FROM live a JOIN live b ON b.email_key = a.email_key AND b.source_system <> a.source_system
    WHERE (a.created_at, a.id) > (b.created_at, b.id)
    UNION ALL
    SELECT a.id, b.id, 'name_phone'::text
    FROM live a JOIN live b ON b.name_phone_key = a.name_phone_key AND b.source_system <> a.source_system
    WHERE (a.created_at, a.id) > (b.created_at, b.id)
      AND a.email_key IS DISTINCT FROM b.email_key
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
       pairs.match_rule
FROM pairs
JOIN live a ON a.id = pairs.a_id
JOIN live b ON b.id = pairs.b_id;

-- One run's rows (new, promoted or skipped) against the live plaintiffs of
-- other sources. It walks the smaller side: the run's own keys probing the
-- key indexes, or — when the other sources hold fewer plaintiffs than the
-- run has rows (a large first file beside a small vendor) — the other
-- sources' keys probing for this run's rows.
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
BEGIN
    SELECT r.source_system, r.tally_total INTO v_source, v_rows
    FROM ingest.import_runs r WHERE r.id = p_run_id;
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
        ), m AS (
            SELECT x.row_index, x.line, x.plaintiff_name, t.id, t.pname, t.source_system,
                   t.import_run_id, 'email'::text AS match_rule
            FROM theirs t
            JOIN ingest.plaintiff_match_keys k ON k.email_key = t.email_key
            JOIN ingest.plaintiffs_raw x ON x.id = k.raw_id AND x.import_run_id = p_run_id
            WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')
            UNION ALL
            SELECT x.row_index, x.line, x.plaintiff_name, t.id, t.pname, t.source_system,
                   t.import_run_id, 'name_phone'::text
            FROM theirs t
            JOIN ingest.plaintiff_match_keys k ON k.name_phone_key = t.name_phone_key
            JOIN ingest.plaintiffs_raw x ON x.id = k.raw_id AND x.import_run_id = p_run_id
            WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')
              AND k.email_key IS DISTINCT FROM t.email_key
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
            SELECT mi.row_index, mi.line, mi.plaintiff_name, p.id, p.plaintiff_name AS pname,
                   p.source_system, p.import_run_id, 'email'::text AS match_rule
            FROM mine mi
            JOIN ingest.plaintiff_match_keys k ON k.email_key = mi.email_key
            JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id AND r.status = 'promoted'
                                         AND r.source_system <> v_source
            JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
            UNION ALL
            SELECT mi.row_index, mi.line, mi.plaintiff_name, p.id, p.plaintiff_name,
                   p.source_system, p.import_run_id, 'name_phone'::text
            FROM mine mi
            JOIN ingest.plaintiff_match_keys k ON k.name_phone_key = mi.name_phone_key
            JOIN ingest.plaintiffs_raw r ON r.id = k.raw_id AND r.status = 'promoted'
                                         AND r.source_system <> v_source
            JOIN public.plaintiffs p ON p.id = r.plaintiff_id AND p.deleted_at IS NULL
            WHERE k.email_key IS DISTINCT FROM mi.email_key
        )
        SELECT m.row_index, m.line, m.plaintiff_name, m.id, m.pname, m.source_system,
               m.import_run_id, m.match_rule, count(*) OVER ()
        FROM m
        ORDER BY m.row_index, m.source_system, m.pname, m.id
        LIMIT p_limit;
    END IF;
END
$fn$;
