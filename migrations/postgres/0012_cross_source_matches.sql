-- Cross-vendor matches (issue 11): the same person sent by two sources
-- becomes two plaintiffs (the dedupe key contains the source), so a manager
-- must be shown the pair. Two rules, normalized as the dedupe key does
-- (0002: NFKC, full lowercase, Unicode trim, whitespace collapsed):
--   email      : trim(lower(NFKC(email)))                     (blank → no match)
--   name_phone : collapse(trim(lower(NFKC(name)))) | digits of the phone
--                                                            (no digit → no match)
-- Both are inlinable SQL functions with an ASCII fast path, indexed on the
-- live plaintiffs, so a lookup (a preview chunk, a run's report, the view) is
-- an index probe.

-- Non-ASCII text goes through the 0002 helpers, which stay private: these
-- two definer wrappers are the only way in.
CREATE FUNCTION ingest._match_fold(p_text text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT ingest._unicode_trim(ingest._unicode_lower(ingest._unicode_nfkc(p_text)))
$fn$;

CREATE FUNCTION ingest._match_fold_name(p_text text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT ingest._unicode_collapse_whitespace(ingest._unicode_trim(
        ingest._unicode_lower(ingest._unicode_nfkc(p_text))))
$fn$;

CREATE FUNCTION ingest.match_email(p_email text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$
    SELECT NULLIF(
        CASE WHEN pg_catalog.octet_length(p_email) = pg_catalog.char_length(p_email)
             THEN pg_catalog.btrim(pg_catalog.lower(p_email COLLATE pg_catalog."C"), E'\t\n\x0B\f\r ')
             ELSE ingest._match_fold(p_email)
        END, '')
$fn$;

COMMENT ON FUNCTION ingest.match_email(text) IS
    'Cross-source match key by email: trim(lower(NFKC(email))), NULL when blank (the dedupe key''s email normalization).';

CREATE FUNCTION ingest.match_name_phone(p_name text, p_phone text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $fn$
    SELECT CASE WHEN pg_catalog.regexp_replace(p_phone, '[^0-9]+', '', 'g') <> ''
                 AND pg_catalog.btrim(p_name, E'\t\n\x0B\f\r ') <> ''
           THEN (CASE WHEN pg_catalog.octet_length(p_name) = pg_catalog.char_length(p_name)
                      THEN pg_catalog.regexp_replace(
                               pg_catalog.btrim(pg_catalog.lower(p_name COLLATE pg_catalog."C"), E'\t\n\x0B\f\r '),
                               E'[\t\n\x0B\f\r ]+', ' ', 'g')
                      ELSE ingest._match_fold_name(p_name)
                 END)
                || '|' || pg_catalog.regexp_replace(p_phone, '[^0-9]+', '', 'g')
           END
$fn$;

COMMENT ON FUNCTION ingest.match_name_phone(text, text) IS
    'Cross-source match key by name and phone: collapse(trim(lower(NFKC(name)))) || ''|'' || the phone''s digits; NULL without a name or a digit.';

-- Index expressions run with the inserting role's privileges: the keys are
-- executable by every intake role (operators and admins insert plaintiffs;
-- managers query with them), never by PUBLIC.
REVOKE ALL ON FUNCTION ingest._match_fold(text), ingest._match_fold_name(text),
    ingest.match_email(text), ingest.match_name_phone(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest._match_fold(text), ingest._match_fold_name(text),
    ingest.match_email(text), ingest.match_name_phone(text, text)
    TO intake_operator, intake_manager, intake_admin;

CREATE INDEX plaintiffs_match_email_idx
    ON public.plaintiffs (ingest.match_email(contact_email), source_system)
    WHERE deleted_at IS NULL;
CREATE INDEX plaintiffs_match_name_phone_idx
    ON public.plaintiffs (ingest.match_name_phone(plaintiff_name, contact_phone), source_system)
    WHERE deleted_at IS NULL;

-- Every live pair of plaintiffs of two different sources that match, once:
-- `plaintiff_*` is the later one (the arrival that should be looked at),
-- `matched_*` the one it matches. An email match wins over name + phone.
-- A rolled-back plaintiff (deleted_at set) leaves the view.
CREATE VIEW ingest.v_cross_source_matches AS
WITH live AS (
    SELECT p.id, p.plaintiff_name, p.source_system, p.import_run_id, p.raw_id, p.created_at,
           ingest.match_email(p.contact_email) AS email_key,
           ingest.match_name_phone(p.plaintiff_name, p.contact_phone) AS name_phone_key
    FROM public.plaintiffs p
    WHERE p.deleted_at IS NULL
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
JOIN live a ON a.id = pairs.a_id
JOIN live b ON b.id = pairs.b_id
LEFT JOIN ingest.plaintiffs_raw ra ON ra.id = a.raw_id
LEFT JOIN ingest.plaintiffs_raw rb ON rb.id = b.raw_id;

COMMENT ON VIEW ingest.v_cross_source_matches IS
    'Possible cross-vendor matches: live plaintiffs of two sources with the same normalized email, or the same normalized name and phone digits.';

GRANT SELECT ON ingest.v_cross_source_matches TO intake_operator, intake_manager, intake_admin;

-- The matches of one run's rows (new, promoted or skipped) against live
-- plaintiffs of other sources, for the run's report. SECURITY DEFINER: the
-- importer (a login that may not read other runs' raw rows) sees only the
-- matched plaintiff's name, source and run.
CREATE FUNCTION ingest.run_cross_source_matches(p_run_id uuid, p_limit integer DEFAULT NULL)
RETURNS TABLE(row_index integer, line integer, plaintiff_name text,
              matched_plaintiff_id uuid, matched_plaintiff_name text,
              matched_source_system text, matched_import_run_id uuid, match_rule text,
              total bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
    WITH r AS (
        SELECT x.row_index, x.line, x.plaintiff_name, x.source_system,
               ingest.match_email(x.contact_email) AS email_key,
               ingest.match_name_phone(x.plaintiff_name, x.contact_phone) AS name_phone_key
        FROM ingest.plaintiffs_raw x
        WHERE x.import_run_id = p_run_id
          AND coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted', 'skipped')
          -- Only when another source has live plaintiffs at all.
          AND EXISTS (SELECT 1 FROM ingest.import_runs o
                      WHERE o.source_system <> x.source_system AND o.status = 'completed')
    ), m AS (
        SELECT r.row_index, r.line, r.plaintiff_name, p.id, p.plaintiff_name AS pname,
               p.source_system, p.import_run_id, 'email'::text AS match_rule
        FROM r JOIN public.plaintiffs p
          ON p.deleted_at IS NULL AND ingest.match_email(p.contact_email) = r.email_key
         AND p.source_system <> r.source_system
        UNION ALL
        SELECT r.row_index, r.line, r.plaintiff_name, p.id, p.plaintiff_name,
               p.source_system, p.import_run_id, 'name_phone'::text
        FROM r JOIN public.plaintiffs p
          ON p.deleted_at IS NULL
         AND ingest.match_name_phone(p.plaintiff_name, p.contact_phone) = r.name_phone_key
         AND p.source_system <> r.source_system
        WHERE ingest.match_email(p.contact_email) IS DISTINCT FROM r.email_key
    )
    SELECT m.row_index, m.line, m.plaintiff_name, m.id, m.pname, m.source_system,
           m.import_run_id, m.match_rule, count(*) OVER ()
    FROM m
    ORDER BY m.row_index, m.source_system, m.pname, m.id
    LIMIT p_limit
$fn$;

REVOKE ALL ON FUNCTION ingest.run_cross_source_matches(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.run_cross_source_matches(uuid, integer)
    TO intake_operator, intake_manager, intake_admin;
