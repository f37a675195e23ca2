-- SPEC §2.6: the dedupe key, computed in SQL exactly as the Rust engine does
-- (crates/intake-engine/src/dedupe_key.rs):
--
--   sha256_hex(source | name | email) over UTF-8, where
--     source = lower(trim(source))
--     name   = collapse_whitespace(trim(lower(NFKC(name))))
--     email  = trim(lower(NFKC(email))), or '' when missing
--
-- trim/collapse use the Unicode White_Space property and lower is the full
-- Unicode lowercase mapping of Rust's str::to_lowercase. PostgreSQL's own
-- lower() and btrim() do neither (lower() follows the database collation), so
-- the helpers below carry explicit Unicode tables generated from Rust.
-- NFKC is PostgreSQL's normalize() (needs a UTF8 database, PostgreSQL ≥ 13).
--
-- Relies on 0001 for schema `ingest` and the roles intake_operator,
-- intake_manager and intake_admin.

-- >>> BEGIN GENERATED UNICODE DATA
-- <<< END GENERATED UNICODE DATA

-- NULL arguments count as '' (Rust takes &str for source and name, and a
-- missing email is ''), so the function never returns NULL.
CREATE FUNCTION ingest.compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_source text := ingest._unicode_lower(ingest._unicode_trim(coalesce(p_source, '')));
    v_name text := ingest._unicode_collapse_whitespace(ingest._unicode_trim(
        ingest._unicode_lower(normalize(coalesce(p_name, ''), NFKC))));
    v_email text := ingest._unicode_trim(
        ingest._unicode_lower(normalize(coalesce(p_email, ''), NFKC)));
BEGIN
    RETURN encode(sha256(convert_to(v_source || '|' || v_name || '|' || v_email, 'UTF8')), 'hex');
END
$fn$;

COMMENT ON FUNCTION ingest.compute_plaintiff_dedupe_key(text, text, text) IS
    'SPEC §2.6 dedupe key: sha256_hex(lower(trim(source)) | collapse(trim(lower(NFKC(name)))) | trim(lower(NFKC(email)))); same result as the Rust engine.';

-- The helpers are internal: reachable only through the function above.
REVOKE ALL ON FUNCTION ingest._unicode_trim(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest._unicode_collapse_whitespace(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest._unicode_lower(text) FROM PUBLIC;

REVOKE ALL ON FUNCTION ingest.compute_plaintiff_dedupe_key(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.compute_plaintiff_dedupe_key(text, text, text)
    TO intake_operator, intake_manager, intake_admin;
