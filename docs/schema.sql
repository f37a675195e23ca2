-- The PostgreSQL schema after every migration in migrations/postgres:
-- pg_dump --schema-only --no-owner of a freshly migrated database.
-- Generated; do not edit. Refresh with
--     INTAKE_UPDATE_SCHEMA=1 cargo test -p intake-engine --test all schema_snapshot::
--
-- PostgreSQL database dump
--



SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: ingest; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA ingest;


--
-- Name: _index_match_key_segment(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._index_match_key_segment(p_table text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    EXECUTE format('CREATE INDEX %I ON ingest.%I (raw_id)', p_table || '_raw_id_idx', p_table);
    EXECUTE format('CREATE INDEX %I ON ingest.%I (email_key) WHERE email_key IS NOT NULL AND is_target',
                   p_table || '_email_idx', p_table);
    EXECUTE format('CREATE INDEX %I ON ingest.%I (name_phone_key) WHERE name_phone_key IS NOT NULL AND is_target',
                   p_table || '_name_phone_idx', p_table);
END
$$;


--
-- Name: _match_fold(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._match_fold(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT SECURITY DEFINER PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT ingest._unicode_trim(ingest._unicode_lower(ingest._unicode_nfkc(p_text)))
$$;


--
-- Name: _match_fold_name(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._match_fold_name(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT SECURITY DEFINER PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT ingest._unicode_collapse_whitespace(ingest._unicode_trim(
        ingest._unicode_lower(ingest._unicode_nfkc(p_text))))
$$;


--
-- Name: _rekey_plaintiff(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._rekey_plaintiff() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    UPDATE ingest.plaintiff_match_keys
    SET email_key = ingest.match_key_hash(ingest.match_email(NEW.contact_email)),
        name_phone_key = ingest.match_key_hash(ingest.match_name_phone(NEW.plaintiff_name, NEW.contact_phone))
    WHERE raw_id = NEW.raw_id;
    RETURN NULL;
END
$$;


--
-- Name: _run_cross_source_matches_hashed(uuid, integer, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._run_cross_source_matches_hashed(p_run_id uuid, p_limit integer, p_source text) RETURNS TABLE(row_index integer, line integer, plaintiff_name text, matched_plaintiff_id uuid, matched_plaintiff_name text, matched_source_system text, matched_import_run_id uuid, match_rule text, total bigint)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    SET enable_nestloop TO 'off'
    AS $$
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
$$;


--
-- Name: _unicode_collapse_whitespace(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._unicode_collapse_whitespace(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT pg_catalog.regexp_replace(
        p_text COLLATE pg_catalog."C",
        E'[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]+', ' ', 'g')
$$;


--
-- Name: _unicode_lower(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._unicode_lower(p_text text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
DECLARE
    -- lower() under "C" maps exactly A-Z, whatever the database locale.
    v_text text COLLATE pg_catalog."C" := pg_catalog.lower(p_text COLLATE pg_catalog."C");
    v_char text;
BEGIN
    IF pg_catalog.octet_length(v_text) = pg_catalog.char_length(v_text)
       OR v_text !~ (
            E'[\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100\\u0102\\u0104\\u0106'
            || E'\\u0108\\u010A\\u010C\\u010E\\u0110\\u0112\\u0114\\u0116'
            || E'\\u0118\\u011A\\u011C\\u011E\\u0120\\u0122\\u0124\\u0126'
            || E'\\u0128\\u012A\\u012C\\u012E\\u0130\\u0132\\u0134\\u0136'
            || E'\\u0139\\u013B\\u013D\\u013F\\u0141\\u0143\\u0145\\u0147'
            || E'\\u014A\\u014C\\u014E\\u0150\\u0152\\u0154\\u0156\\u0158'
            || E'\\u015A\\u015C\\u015E\\u0160\\u0162\\u0164\\u0166\\u0168'
            || E'\\u016A\\u016C\\u016E\\u0170\\u0172\\u0174\\u0176\\u0178-\\u0179'
            || E'\\u017B\\u017D\\u0181-\\u0182\\u0184\\u0186-\\u0187\\u0189-\\u018B'
            || E'\\u018E-\\u0191\\u0193-\\u0194\\u0196-\\u0198\\u019C-\\u019D'
            || E'\\u019F-\\u01A0\\u01A2\\u01A4\\u01A6-\\u01A7\\u01A9\\u01AC'
            || E'\\u01AE-\\u01AF\\u01B1-\\u01B3\\u01B5\\u01B7-\\u01B8\\u01BC'
            || E'\\u01C4-\\u01C5\\u01C7-\\u01C8\\u01CA-\\u01CB\\u01CD\\u01CF'
            || E'\\u01D1\\u01D3\\u01D5\\u01D7\\u01D9\\u01DB\\u01DE\\u01E0'
            || E'\\u01E2\\u01E4\\u01E6\\u01E8\\u01EA\\u01EC\\u01EE\\u01F1-\\u01F2'
            || E'\\u01F4\\u01F6-\\u01F8\\u01FA\\u01FC\\u01FE\\u0200\\u0202'
            || E'\\u0204\\u0206\\u0208\\u020A\\u020C\\u020E\\u0210\\u0212'
            || E'\\u0214\\u0216\\u0218\\u021A\\u021C\\u021E\\u0220\\u0222'
            || E'\\u0224\\u0226\\u0228\\u022A\\u022C\\u022E\\u0230\\u0232'
            || E'\\u023A-\\u023B\\u023D-\\u023E\\u0241\\u0243-\\u0246\\u0248'
            || E'\\u024A\\u024C\\u024E\\u0370\\u0372\\u0376\\u037F\\u0386'
            || E'\\u0388-\\u038A\\u038C\\u038E-\\u038F\\u0391-\\u03A1\\u03A3-\\u03AB'
            || E'\\u03CF\\u03D8\\u03DA\\u03DC\\u03DE\\u03E0\\u03E2\\u03E4'
            || E'\\u03E6\\u03E8\\u03EA\\u03EC\\u03EE\\u03F4\\u03F7\\u03F9-\\u03FA'
            || E'\\u03FD-\\u042F\\u0460\\u0462\\u0464\\u0466\\u0468\\u046A'
            || E'\\u046C\\u046E\\u0470\\u0472\\u0474\\u0476\\u0478\\u047A'
            || E'\\u047C\\u047E\\u0480\\u048A\\u048C\\u048E\\u0490\\u0492'
            || E'\\u0494\\u0496\\u0498\\u049A\\u049C\\u049E\\u04A0\\u04A2'
            || E'\\u04A4\\u04A6\\u04A8\\u04AA\\u04AC\\u04AE\\u04B0\\u04B2'
            || E'\\u04B4\\u04B6\\u04B8\\u04BA\\u04BC\\u04BE\\u04C0-\\u04C1'
            || E'\\u04C3\\u04C5\\u04C7\\u04C9\\u04CB\\u04CD\\u04D0\\u04D2'
            || E'\\u04D4\\u04D6\\u04D8\\u04DA\\u04DC\\u04DE\\u04E0\\u04E2'
            || E'\\u04E4\\u04E6\\u04E8\\u04EA\\u04EC\\u04EE\\u04F0\\u04F2'
            || E'\\u04F4\\u04F6\\u04F8\\u04FA\\u04FC\\u04FE\\u0500\\u0502'
            || E'\\u0504\\u0506\\u0508\\u050A\\u050C\\u050E\\u0510\\u0512'
            || E'\\u0514\\u0516\\u0518\\u051A\\u051C\\u051E\\u0520\\u0522'
            || E'\\u0524\\u0526\\u0528\\u052A\\u052C\\u052E\\u0531-\\u0556'
            || E'\\u10A0-\\u10C5\\u10C7\\u10CD\\u13A0-\\u13F5\\u1C89\\u1C90-\\u1CBA'
            || E'\\u1CBD-\\u1CBF\\u1E00\\u1E02\\u1E04\\u1E06\\u1E08\\u1E0A'
            || E'\\u1E0C\\u1E0E\\u1E10\\u1E12\\u1E14\\u1E16\\u1E18\\u1E1A'
            || E'\\u1E1C\\u1E1E\\u1E20\\u1E22\\u1E24\\u1E26\\u1E28\\u1E2A'
            || E'\\u1E2C\\u1E2E\\u1E30\\u1E32\\u1E34\\u1E36\\u1E38\\u1E3A'
            || E'\\u1E3C\\u1E3E\\u1E40\\u1E42\\u1E44\\u1E46\\u1E48\\u1E4A'
            || E'\\u1E4C\\u1E4E\\u1E50\\u1E52\\u1E54\\u1E56\\u1E58\\u1E5A'
            || E'\\u1E5C\\u1E5E\\u1E60\\u1E62\\u1E64\\u1E66\\u1E68\\u1E6A'
            || E'\\u1E6C\\u1E6E\\u1E70\\u1E72\\u1E74\\u1E76\\u1E78\\u1E7A'
            || E'\\u1E7C\\u1E7E\\u1E80\\u1E82\\u1E84\\u1E86\\u1E88\\u1E8A'
            || E'\\u1E8C\\u1E8E\\u1E90\\u1E92\\u1E94\\u1E9E\\u1EA0\\u1EA2'
            || E'\\u1EA4\\u1EA6\\u1EA8\\u1EAA\\u1EAC\\u1EAE\\u1EB0\\u1EB2'
            || E'\\u1EB4\\u1EB6\\u1EB8\\u1EBA\\u1EBC\\u1EBE\\u1EC0\\u1EC2'
            || E'\\u1EC4\\u1EC6\\u1EC8\\u1ECA\\u1ECC\\u1ECE\\u1ED0\\u1ED2'
            || E'\\u1ED4\\u1ED6\\u1ED8\\u1EDA\\u1EDC\\u1EDE\\u1EE0\\u1EE2'
            || E'\\u1EE4\\u1EE6\\u1EE8\\u1EEA\\u1EEC\\u1EEE\\u1EF0\\u1EF2'
            || E'\\u1EF4\\u1EF6\\u1EF8\\u1EFA\\u1EFC\\u1EFE\\u1F08-\\u1F0F'
            || E'\\u1F18-\\u1F1D\\u1F28-\\u1F2F\\u1F38-\\u1F3F\\u1F48-\\u1F4D'
            || E'\\u1F59\\u1F5B\\u1F5D\\u1F5F\\u1F68-\\u1F6F\\u1F88-\\u1F8F'
            || E'\\u1F98-\\u1F9F\\u1FA8-\\u1FAF\\u1FB8-\\u1FBC\\u1FC8-\\u1FCC'
            || E'\\u1FD8-\\u1FDB\\u1FE8-\\u1FEC\\u1FF8-\\u1FFC\\u2126\\u212A-\\u212B'
            || E'\\u2132\\u2160-\\u216F\\u2183\\u24B6-\\u24CF\\u2C00-\\u2C2F'
            || E'\\u2C60\\u2C62-\\u2C64\\u2C67\\u2C69\\u2C6B\\u2C6D-\\u2C70'
            || E'\\u2C72\\u2C75\\u2C7E-\\u2C80\\u2C82\\u2C84\\u2C86\\u2C88'
            || E'\\u2C8A\\u2C8C\\u2C8E\\u2C90\\u2C92\\u2C94\\u2C96\\u2C98'
            || E'\\u2C9A\\u2C9C\\u2C9E\\u2CA0\\u2CA2\\u2CA4\\u2CA6\\u2CA8'
            || E'\\u2CAA\\u2CAC\\u2CAE\\u2CB0\\u2CB2\\u2CB4\\u2CB6\\u2CB8'
            || E'\\u2CBA\\u2CBC\\u2CBE\\u2CC0\\u2CC2\\u2CC4\\u2CC6\\u2CC8'
            || E'\\u2CCA\\u2CCC\\u2CCE\\u2CD0\\u2CD2\\u2CD4\\u2CD6\\u2CD8'
            || E'\\u2CDA\\u2CDC\\u2CDE\\u2CE0\\u2CE2\\u2CEB\\u2CED\\u2CF2'
            || E'\\uA640\\uA642\\uA644\\uA646\\uA648\\uA64A\\uA64C\\uA64E'
            || E'\\uA650\\uA652\\uA654\\uA656\\uA658\\uA65A\\uA65C\\uA65E'
            || E'\\uA660\\uA662\\uA664\\uA666\\uA668\\uA66A\\uA66C\\uA680'
            || E'\\uA682\\uA684\\uA686\\uA688\\uA68A\\uA68C\\uA68E\\uA690'
            || E'\\uA692\\uA694\\uA696\\uA698\\uA69A\\uA722\\uA724\\uA726'
            || E'\\uA728\\uA72A\\uA72C\\uA72E\\uA732\\uA734\\uA736\\uA738'
            || E'\\uA73A\\uA73C\\uA73E\\uA740\\uA742\\uA744\\uA746\\uA748'
            || E'\\uA74A\\uA74C\\uA74E\\uA750\\uA752\\uA754\\uA756\\uA758'
            || E'\\uA75A\\uA75C\\uA75E\\uA760\\uA762\\uA764\\uA766\\uA768'
            || E'\\uA76A\\uA76C\\uA76E\\uA779\\uA77B\\uA77D-\\uA77E\\uA780'
            || E'\\uA782\\uA784\\uA786\\uA78B\\uA78D\\uA790\\uA792\\uA796'
            || E'\\uA798\\uA79A\\uA79C\\uA79E\\uA7A0\\uA7A2\\uA7A4\\uA7A6'
            || E'\\uA7A8\\uA7AA-\\uA7AE\\uA7B0-\\uA7B4\\uA7B6\\uA7B8\\uA7BA'
            || E'\\uA7BC\\uA7BE\\uA7C0\\uA7C2\\uA7C4-\\uA7C7\\uA7C9\\uA7CB-\\uA7CC'
            || E'\\uA7CE\\uA7D0\\uA7D2\\uA7D4\\uA7D6\\uA7D8\\uA7DA\\uA7DC'
            || E'\\uA7F5\\uFF21-\\uFF3A\\U00010400-\\U00010427\\U000104B0-\\U000104D3\\U00010570-\\U0001057A'
            || E'\\U0001057C-\\U0001058A\\U0001058C-\\U00010592\\U00010594-\\U00010595\\U00010C80-\\U00010CB2'
            || E'\\U00010D50-\\U00010D65\\U000118A0-\\U000118BF\\U00016E40-\\U00016E5F\\U00016EA0-\\U00016EB8'
            || E'\\U0001E900-\\U0001E921]'
       ) THEN
        RETURN v_text;
    END IF;
    -- Final sigma: Σ → ς when, skipping Case_Ignorable chars, the previous
    -- char is Cased and the next one is not. Must run before the map below
    -- turns every Σ into σ.
    IF pg_catalog.strpos(v_text, E'\u03A3') > 0 THEN
        v_text := pg_catalog.regexp_replace(v_text, (
            E'(?<=[\\u0041-\\u005A\\u0061-\\u007A\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6'
            || E'\\u00D8-\\u00F6\\u00F8-\\u01BA\\u01BC-\\u01BF\\u01C4-\\u0293'
            || E'\\u0296-\\u02AF\\u0370-\\u0373\\u0376-\\u0377\\u037B-\\u037D'
            || E'\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5'
            || E'\\u03F7-\\u0481\\u048A-\\u052F\\u0531-\\u0556\\u0560-\\u0588'
            || E'\\u10A0-\\u10C5\\u10C7\\u10CD\\u10D0-\\u10FA\\u10FD-\\u10FF'
            || E'\\u13A0-\\u13F5\\u13F8-\\u13FD\\u1C80-\\u1C8A\\u1C90-\\u1CBA'
            || E'\\u1CBD-\\u1CBF\\u1D00-\\u1D2B\\u1D6B-\\u1D77\\u1D79-\\u1D9A'
            || E'\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D'
            || E'\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4'
            || E'\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3'
            || E'\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC'
            || E'\\u2102\\u2107\\u210A-\\u2113\\u2115\\u2119-\\u211D\\u2124'
            || E'\\u2126\\u2128\\u212A-\\u212D\\u212F-\\u2134\\u2139\\u213C-\\u213F'
            || E'\\u2145-\\u2149\\u214E\\u2160-\\u217F\\u2183-\\u2184\\u24B6-\\u24E9'
            || E'\\u2C00-\\u2C7B\\u2C7E-\\u2CE4\\u2CEB-\\u2CEE\\u2CF2-\\u2CF3'
            || E'\\u2D00-\\u2D25\\u2D27\\u2D2D\\uA640-\\uA66D\\uA680-\\uA69B'
            || E'\\uA722-\\uA76F\\uA771-\\uA787\\uA78B-\\uA78E\\uA790-\\uA7DC'
            || E'\\uA7F5-\\uA7F6\\uA7FA\\uAB30-\\uAB5A\\uAB60-\\uAB68\\uAB70-\\uABBF'
            || E'\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFF21-\\uFF3A\\uFF41-\\uFF5A'
            || E'\\U00010400-\\U0001044F\\U000104B0-\\U000104D3\\U000104D8-\\U000104FB\\U00010570-\\U0001057A'
            || E'\\U0001057C-\\U0001058A\\U0001058C-\\U00010592\\U00010594-\\U00010595\\U00010597-\\U000105A1'
            || E'\\U000105A3-\\U000105B1\\U000105B3-\\U000105B9\\U000105BB-\\U000105BC\\U00010C80-\\U00010CB2'
            || E'\\U00010CC0-\\U00010CF2\\U00010D50-\\U00010D65\\U00010D70-\\U00010D85\\U000118A0-\\U000118DF'
            || E'\\U00016E40-\\U00016E7F\\U00016EA0-\\U00016EB8\\U00016EBB-\\U00016ED3\\U0001D400-\\U0001D454'
            || E'\\U0001D456-\\U0001D49C\\U0001D49E-\\U0001D49F\\U0001D4A2\\U0001D4A5-\\U0001D4A6\\U0001D4A9-\\U0001D4AC'
            || E'\\U0001D4AE-\\U0001D4B9\\U0001D4BB\\U0001D4BD-\\U0001D4C3\\U0001D4C5-\\U0001D505\\U0001D507-\\U0001D50A'
            || E'\\U0001D50D-\\U0001D514\\U0001D516-\\U0001D51C\\U0001D51E-\\U0001D539\\U0001D53B-\\U0001D53E'
            || E'\\U0001D540-\\U0001D544\\U0001D546\\U0001D54A-\\U0001D550\\U0001D552-\\U0001D6A5\\U0001D6A8-\\U0001D6C0'
            || E'\\U0001D6C2-\\U0001D6DA\\U0001D6DC-\\U0001D6FA\\U0001D6FC-\\U0001D714\\U0001D716-\\U0001D734'
            || E'\\U0001D736-\\U0001D74E\\U0001D750-\\U0001D76E\\U0001D770-\\U0001D788\\U0001D78A-\\U0001D7A8'
            || E'\\U0001D7AA-\\U0001D7C2\\U0001D7C4-\\U0001D7CB\\U0001DF00-\\U0001DF09\\U0001DF0B-\\U0001DF1E'
            || E'\\U0001DF25-\\U0001DF2A\\U0001E900-\\U0001E943\\U0001F130-\\U0001F149\\U0001F150-\\U0001F169'
            || E'\\U0001F170-\\U0001F189][\\u0027\\u002E\\u003A\\u005E\\u0060\\u00A8'
            || E'\\u00AD\\u00AF\\u00B4\\u00B7-\\u00B8\\u02B0-\\u036F\\u0374-\\u0375'
            || E'\\u037A\\u0384-\\u0385\\u0387\\u0483-\\u0489\\u0559\\u055F'
            || E'\\u0591-\\u05BD\\u05BF\\u05C1-\\u05C2\\u05C4-\\u05C5\\u05C7'
            || E'\\u05F4\\u0600-\\u0605\\u0610-\\u061A\\u061C\\u0640\\u064B-\\u065F'
            || E'\\u0670\\u06D6-\\u06DD\\u06DF-\\u06E8\\u06EA-\\u06ED\\u070F'
            || E'\\u0711\\u0730-\\u074A\\u07A6-\\u07B0\\u07EB-\\u07F5\\u07FA'
            || E'\\u07FD\\u0816-\\u082D\\u0859-\\u085B\\u0888\\u0890-\\u0891'
            || E'\\u0897-\\u089F\\u08C9-\\u0902\\u093A\\u093C\\u0941-\\u0948'
            || E'\\u094D\\u0951-\\u0957\\u0962-\\u0963\\u0971\\u0981\\u09BC'
            || E'\\u09C1-\\u09C4\\u09CD\\u09E2-\\u09E3\\u09FE\\u0A01-\\u0A02'
            || E'\\u0A3C\\u0A41-\\u0A42\\u0A47-\\u0A48\\u0A4B-\\u0A4D\\u0A51'
            || E'\\u0A70-\\u0A71\\u0A75\\u0A81-\\u0A82\\u0ABC\\u0AC1-\\u0AC5'
            || E'\\u0AC7-\\u0AC8\\u0ACD\\u0AE2-\\u0AE3\\u0AFA-\\u0AFF\\u0B01'
            || E'\\u0B3C\\u0B3F\\u0B41-\\u0B44\\u0B4D\\u0B55-\\u0B56\\u0B62-\\u0B63'
            || E'\\u0B82\\u0BC0\\u0BCD\\u0C00\\u0C04\\u0C3C\\u0C3E-\\u0C40'
            || E'\\u0C46-\\u0C48\\u0C4A-\\u0C4D\\u0C55-\\u0C56\\u0C62-\\u0C63'
            || E'\\u0C81\\u0CBC\\u0CBF\\u0CC6\\u0CCC-\\u0CCD\\u0CE2-\\u0CE3'
            || E'\\u0D00-\\u0D01\\u0D3B-\\u0D3C\\u0D41-\\u0D44\\u0D4D\\u0D62-\\u0D63'
            || E'\\u0D81\\u0DCA\\u0DD2-\\u0DD4\\u0DD6\\u0E31\\u0E34-\\u0E3A'
            || E'\\u0E46-\\u0E4E\\u0EB1\\u0EB4-\\u0EBC\\u0EC6\\u0EC8-\\u0ECE'
            || E'\\u0F18-\\u0F19\\u0F35\\u0F37\\u0F39\\u0F71-\\u0F7E\\u0F80-\\u0F84'
            || E'\\u0F86-\\u0F87\\u0F8D-\\u0F97\\u0F99-\\u0FBC\\u0FC6\\u102D-\\u1030'
            || E'\\u1032-\\u1037\\u1039-\\u103A\\u103D-\\u103E\\u1058-\\u1059'
            || E'\\u105E-\\u1060\\u1071-\\u1074\\u1082\\u1085-\\u1086\\u108D'
            || E'\\u109D\\u10FC\\u135D-\\u135F\\u1712-\\u1714\\u1732-\\u1733'
            || E'\\u1752-\\u1753\\u1772-\\u1773\\u17B4-\\u17B5\\u17B7-\\u17BD'
            || E'\\u17C6\\u17C9-\\u17D3\\u17D7\\u17DD\\u180B-\\u180F\\u1843'
            || E'\\u1885-\\u1886\\u18A9\\u1920-\\u1922\\u1927-\\u1928\\u1932'
            || E'\\u1939-\\u193B\\u1A17-\\u1A18\\u1A1B\\u1A56\\u1A58-\\u1A5E'
            || E'\\u1A60\\u1A62\\u1A65-\\u1A6C\\u1A73-\\u1A7C\\u1A7F\\u1AA7'
            || E'\\u1AB0-\\u1ADD\\u1AE0-\\u1AEB\\u1B00-\\u1B03\\u1B34\\u1B36-\\u1B3A'
            || E'\\u1B3C\\u1B42\\u1B6B-\\u1B73\\u1B80-\\u1B81\\u1BA2-\\u1BA5'
            || E'\\u1BA8-\\u1BA9\\u1BAB-\\u1BAD\\u1BE6\\u1BE8-\\u1BE9\\u1BED'
            || E'\\u1BEF-\\u1BF1\\u1C2C-\\u1C33\\u1C36-\\u1C37\\u1C78-\\u1C7D'
            || E'\\u1CD0-\\u1CD2\\u1CD4-\\u1CE0\\u1CE2-\\u1CE8\\u1CED\\u1CF4'
            || E'\\u1CF8-\\u1CF9\\u1D2C-\\u1D6A\\u1D78\\u1D9B-\\u1DFF\\u1FBD'
            || E'\\u1FBF-\\u1FC1\\u1FCD-\\u1FCF\\u1FDD-\\u1FDF\\u1FED-\\u1FEF'
            || E'\\u1FFD-\\u1FFE\\u200B-\\u200F\\u2018-\\u2019\\u2024\\u2027'
            || E'\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u2071\\u207F'
            || E'\\u2090-\\u209C\\u20D0-\\u20F0\\u2C7C-\\u2C7D\\u2CEF-\\u2CF1'
            || E'\\u2D6F\\u2D7F\\u2DE0-\\u2DFF\\u2E2F\\u3005\\u302A-\\u302D'
            || E'\\u3031-\\u3035\\u303B\\u3099-\\u309E\\u30FC-\\u30FE\\uA015'
            || E'\\uA4F8-\\uA4FD\\uA60C\\uA66F-\\uA672\\uA674-\\uA67D\\uA67F'
            || E'\\uA69C-\\uA69F\\uA6F0-\\uA6F1\\uA700-\\uA721\\uA770\\uA788-\\uA78A'
            || E'\\uA7F1-\\uA7F4\\uA7F8-\\uA7F9\\uA802\\uA806\\uA80B\\uA825-\\uA826'
            || E'\\uA82C\\uA8C4-\\uA8C5\\uA8E0-\\uA8F1\\uA8FF\\uA926-\\uA92D'
            || E'\\uA947-\\uA951\\uA980-\\uA982\\uA9B3\\uA9B6-\\uA9B9\\uA9BC-\\uA9BD'
            || E'\\uA9CF\\uA9E5-\\uA9E6\\uAA29-\\uAA2E\\uAA31-\\uAA32\\uAA35-\\uAA36'
            || E'\\uAA43\\uAA4C\\uAA70\\uAA7C\\uAAB0\\uAAB2-\\uAAB4\\uAAB7-\\uAAB8'
            || E'\\uAABE-\\uAABF\\uAAC1\\uAADD\\uAAEC-\\uAAED\\uAAF3-\\uAAF4'
            || E'\\uAAF6\\uAB5B-\\uAB5F\\uAB69-\\uAB6B\\uABE5\\uABE8\\uABED'
            || E'\\uFB1E\\uFBB2-\\uFBC2\\uFE00-\\uFE0F\\uFE13\\uFE20-\\uFE2F'
            || E'\\uFE52\\uFE55\\uFEFF\\uFF07\\uFF0E\\uFF1A\\uFF3E\\uFF40'
            || E'\\uFF70\\uFF9E-\\uFF9F\\uFFE3\\uFFF9-\\uFFFB\\U000101FD\\U000102E0'
            || E'\\U00010376-\\U0001037A\\U00010780-\\U00010785\\U00010787-\\U000107B0\\U000107B2-\\U000107BA'
            || E'\\U00010A01-\\U00010A03\\U00010A05-\\U00010A06\\U00010A0C-\\U00010A0F\\U00010A38-\\U00010A3A'
            || E'\\U00010A3F\\U00010AE5-\\U00010AE6\\U00010D24-\\U00010D27\\U00010D4E\\U00010D69-\\U00010D6D'
            || E'\\U00010D6F\\U00010EAB-\\U00010EAC\\U00010EC5\\U00010EFA-\\U00010EFF\\U00010F46-\\U00010F50'
            || E'\\U00010F82-\\U00010F85\\U00011001\\U00011038-\\U00011046\\U00011070\\U00011073-\\U00011074'
            || E'\\U0001107F-\\U00011081\\U000110B3-\\U000110B6\\U000110B9-\\U000110BA\\U000110BD\\U000110C2'
            || E'\\U000110CD\\U00011100-\\U00011102\\U00011127-\\U0001112B\\U0001112D-\\U00011134\\U00011173'
            || E'\\U00011180-\\U00011181\\U000111B6-\\U000111BE\\U000111C9-\\U000111CC\\U000111CF\\U0001122F-\\U00011231'
            || E'\\U00011234\\U00011236-\\U00011237\\U0001123E\\U00011241\\U000112DF\\U000112E3-\\U000112EA'
            || E'\\U00011300-\\U00011301\\U0001133B-\\U0001133C\\U00011340\\U00011366-\\U0001136C\\U00011370-\\U00011374'
            || E'\\U000113BB-\\U000113C0\\U000113CE\\U000113D0\\U000113D2\\U000113E1-\\U000113E2\\U00011438-\\U0001143F'
            || E'\\U00011442-\\U00011444\\U00011446\\U0001145E\\U000114B3-\\U000114B8\\U000114BA\\U000114BF-\\U000114C0'
            || E'\\U000114C2-\\U000114C3\\U000115B2-\\U000115B5\\U000115BC-\\U000115BD\\U000115BF-\\U000115C0'
            || E'\\U000115DC-\\U000115DD\\U00011633-\\U0001163A\\U0001163D\\U0001163F-\\U00011640\\U000116AB'
            || E'\\U000116AD\\U000116B0-\\U000116B5\\U000116B7\\U0001171D\\U0001171F\\U00011722-\\U00011725'
            || E'\\U00011727-\\U0001172B\\U0001182F-\\U00011837\\U00011839-\\U0001183A\\U0001193B-\\U0001193C'
            || E'\\U0001193E\\U00011943\\U000119D4-\\U000119D7\\U000119DA-\\U000119DB\\U000119E0\\U00011A01-\\U00011A0A'
            || E'\\U00011A33-\\U00011A38\\U00011A3B-\\U00011A3E\\U00011A47\\U00011A51-\\U00011A56\\U00011A59-\\U00011A5B'
            || E'\\U00011A8A-\\U00011A96\\U00011A98-\\U00011A99\\U00011B60\\U00011B62-\\U00011B64\\U00011B66'
            || E'\\U00011C30-\\U00011C36\\U00011C38-\\U00011C3D\\U00011C3F\\U00011C92-\\U00011CA7\\U00011CAA-\\U00011CB0'
            || E'\\U00011CB2-\\U00011CB3\\U00011CB5-\\U00011CB6\\U00011D31-\\U00011D36\\U00011D3A\\U00011D3C-\\U00011D3D'
            || E'\\U00011D3F-\\U00011D45\\U00011D47\\U00011D90-\\U00011D91\\U00011D95\\U00011D97\\U00011DD9'
            || E'\\U00011EF3-\\U00011EF4\\U00011F00-\\U00011F01\\U00011F36-\\U00011F3A\\U00011F40\\U00011F42'
            || E'\\U00011F5A\\U00013430-\\U00013440\\U00013447-\\U00013455\\U0001611E-\\U00016129\\U0001612D-\\U0001612F'
            || E'\\U00016AF0-\\U00016AF4\\U00016B30-\\U00016B36\\U00016B40-\\U00016B43\\U00016D40-\\U00016D42'
            || E'\\U00016D6B-\\U00016D6C\\U00016F4F\\U00016F8F-\\U00016F9F\\U00016FE0-\\U00016FE1\\U00016FE3-\\U00016FE4'
            || E'\\U00016FF2-\\U00016FF3\\U0001AFF0-\\U0001AFF3\\U0001AFF5-\\U0001AFFB\\U0001AFFD-\\U0001AFFE'
            || E'\\U0001BC9D-\\U0001BC9E\\U0001BCA0-\\U0001BCA3\\U0001CF00-\\U0001CF2D\\U0001CF30-\\U0001CF46'
            || E'\\U0001D167-\\U0001D169\\U0001D173-\\U0001D182\\U0001D185-\\U0001D18B\\U0001D1AA-\\U0001D1AD'
            || E'\\U0001D242-\\U0001D244\\U0001DA00-\\U0001DA36\\U0001DA3B-\\U0001DA6C\\U0001DA75\\U0001DA84'
            || E'\\U0001DA9B-\\U0001DA9F\\U0001DAA1-\\U0001DAAF\\U0001E000-\\U0001E006\\U0001E008-\\U0001E018'
            || E'\\U0001E01B-\\U0001E021\\U0001E023-\\U0001E024\\U0001E026-\\U0001E02A\\U0001E030-\\U0001E06D'
            || E'\\U0001E08F\\U0001E130-\\U0001E13D\\U0001E2AE\\U0001E2EC-\\U0001E2EF\\U0001E4EB-\\U0001E4EF'
            || E'\\U0001E5EE-\\U0001E5EF\\U0001E6E3\\U0001E6E6\\U0001E6EE-\\U0001E6EF\\U0001E6F5\\U0001E6FF'
            || E'\\U0001E8D0-\\U0001E8D6\\U0001E944-\\U0001E94B\\U0001F3FB-\\U0001F3FF\\U000E0001\\U000E0020-\\U000E007F'
            || E'\\U000E0100-\\U000E01EF]*)\\u03A3(?![\\u0027\\u002E\\u003A\\u005E\\u0060'
            || E'\\u00A8\\u00AD\\u00AF\\u00B4\\u00B7-\\u00B8\\u02B0-\\u036F'
            || E'\\u0374-\\u0375\\u037A\\u0384-\\u0385\\u0387\\u0483-\\u0489'
            || E'\\u0559\\u055F\\u0591-\\u05BD\\u05BF\\u05C1-\\u05C2\\u05C4-\\u05C5'
            || E'\\u05C7\\u05F4\\u0600-\\u0605\\u0610-\\u061A\\u061C\\u0640'
            || E'\\u064B-\\u065F\\u0670\\u06D6-\\u06DD\\u06DF-\\u06E8\\u06EA-\\u06ED'
            || E'\\u070F\\u0711\\u0730-\\u074A\\u07A6-\\u07B0\\u07EB-\\u07F5'
            || E'\\u07FA\\u07FD\\u0816-\\u082D\\u0859-\\u085B\\u0888\\u0890-\\u0891'
            || E'\\u0897-\\u089F\\u08C9-\\u0902\\u093A\\u093C\\u0941-\\u0948'
            || E'\\u094D\\u0951-\\u0957\\u0962-\\u0963\\u0971\\u0981\\u09BC'
            || E'\\u09C1-\\u09C4\\u09CD\\u09E2-\\u09E3\\u09FE\\u0A01-\\u0A02'
            || E'\\u0A3C\\u0A41-\\u0A42\\u0A47-\\u0A48\\u0A4B-\\u0A4D\\u0A51'
            || E'\\u0A70-\\u0A71\\u0A75\\u0A81-\\u0A82\\u0ABC\\u0AC1-\\u0AC5'
            || E'\\u0AC7-\\u0AC8\\u0ACD\\u0AE2-\\u0AE3\\u0AFA-\\u0AFF\\u0B01'
            || E'\\u0B3C\\u0B3F\\u0B41-\\u0B44\\u0B4D\\u0B55-\\u0B56\\u0B62-\\u0B63'
            || E'\\u0B82\\u0BC0\\u0BCD\\u0C00\\u0C04\\u0C3C\\u0C3E-\\u0C40'
            || E'\\u0C46-\\u0C48\\u0C4A-\\u0C4D\\u0C55-\\u0C56\\u0C62-\\u0C63'
            || E'\\u0C81\\u0CBC\\u0CBF\\u0CC6\\u0CCC-\\u0CCD\\u0CE2-\\u0CE3'
            || E'\\u0D00-\\u0D01\\u0D3B-\\u0D3C\\u0D41-\\u0D44\\u0D4D\\u0D62-\\u0D63'
            || E'\\u0D81\\u0DCA\\u0DD2-\\u0DD4\\u0DD6\\u0E31\\u0E34-\\u0E3A'
            || E'\\u0E46-\\u0E4E\\u0EB1\\u0EB4-\\u0EBC\\u0EC6\\u0EC8-\\u0ECE'
            || E'\\u0F18-\\u0F19\\u0F35\\u0F37\\u0F39\\u0F71-\\u0F7E\\u0F80-\\u0F84'
            || E'\\u0F86-\\u0F87\\u0F8D-\\u0F97\\u0F99-\\u0FBC\\u0FC6\\u102D-\\u1030'
            || E'\\u1032-\\u1037\\u1039-\\u103A\\u103D-\\u103E\\u1058-\\u1059'
            || E'\\u105E-\\u1060\\u1071-\\u1074\\u1082\\u1085-\\u1086\\u108D'
            || E'\\u109D\\u10FC\\u135D-\\u135F\\u1712-\\u1714\\u1732-\\u1733'
            || E'\\u1752-\\u1753\\u1772-\\u1773\\u17B4-\\u17B5\\u17B7-\\u17BD'
            || E'\\u17C6\\u17C9-\\u17D3\\u17D7\\u17DD\\u180B-\\u180F\\u1843'
            || E'\\u1885-\\u1886\\u18A9\\u1920-\\u1922\\u1927-\\u1928\\u1932'
            || E'\\u1939-\\u193B\\u1A17-\\u1A18\\u1A1B\\u1A56\\u1A58-\\u1A5E'
            || E'\\u1A60\\u1A62\\u1A65-\\u1A6C\\u1A73-\\u1A7C\\u1A7F\\u1AA7'
            || E'\\u1AB0-\\u1ADD\\u1AE0-\\u1AEB\\u1B00-\\u1B03\\u1B34\\u1B36-\\u1B3A'
            || E'\\u1B3C\\u1B42\\u1B6B-\\u1B73\\u1B80-\\u1B81\\u1BA2-\\u1BA5'
            || E'\\u1BA8-\\u1BA9\\u1BAB-\\u1BAD\\u1BE6\\u1BE8-\\u1BE9\\u1BED'
            || E'\\u1BEF-\\u1BF1\\u1C2C-\\u1C33\\u1C36-\\u1C37\\u1C78-\\u1C7D'
            || E'\\u1CD0-\\u1CD2\\u1CD4-\\u1CE0\\u1CE2-\\u1CE8\\u1CED\\u1CF4'
            || E'\\u1CF8-\\u1CF9\\u1D2C-\\u1D6A\\u1D78\\u1D9B-\\u1DFF\\u1FBD'
            || E'\\u1FBF-\\u1FC1\\u1FCD-\\u1FCF\\u1FDD-\\u1FDF\\u1FED-\\u1FEF'
            || E'\\u1FFD-\\u1FFE\\u200B-\\u200F\\u2018-\\u2019\\u2024\\u2027'
            || E'\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u2071\\u207F'
            || E'\\u2090-\\u209C\\u20D0-\\u20F0\\u2C7C-\\u2C7D\\u2CEF-\\u2CF1'
            || E'\\u2D6F\\u2D7F\\u2DE0-\\u2DFF\\u2E2F\\u3005\\u302A-\\u302D'
            || E'\\u3031-\\u3035\\u303B\\u3099-\\u309E\\u30FC-\\u30FE\\uA015'
            || E'\\uA4F8-\\uA4FD\\uA60C\\uA66F-\\uA672\\uA674-\\uA67D\\uA67F'
            || E'\\uA69C-\\uA69F\\uA6F0-\\uA6F1\\uA700-\\uA721\\uA770\\uA788-\\uA78A'
            || E'\\uA7F1-\\uA7F4\\uA7F8-\\uA7F9\\uA802\\uA806\\uA80B\\uA825-\\uA826'
            || E'\\uA82C\\uA8C4-\\uA8C5\\uA8E0-\\uA8F1\\uA8FF\\uA926-\\uA92D'
            || E'\\uA947-\\uA951\\uA980-\\uA982\\uA9B3\\uA9B6-\\uA9B9\\uA9BC-\\uA9BD'
            || E'\\uA9CF\\uA9E5-\\uA9E6\\uAA29-\\uAA2E\\uAA31-\\uAA32\\uAA35-\\uAA36'
            || E'\\uAA43\\uAA4C\\uAA70\\uAA7C\\uAAB0\\uAAB2-\\uAAB4\\uAAB7-\\uAAB8'
            || E'\\uAABE-\\uAABF\\uAAC1\\uAADD\\uAAEC-\\uAAED\\uAAF3-\\uAAF4'
            || E'\\uAAF6\\uAB5B-\\uAB5F\\uAB69-\\uAB6B\\uABE5\\uABE8\\uABED'
            || E'\\uFB1E\\uFBB2-\\uFBC2\\uFE00-\\uFE0F\\uFE13\\uFE20-\\uFE2F'
            || E'\\uFE52\\uFE55\\uFEFF\\uFF07\\uFF0E\\uFF1A\\uFF3E\\uFF40'
            || E'\\uFF70\\uFF9E-\\uFF9F\\uFFE3\\uFFF9-\\uFFFB\\U000101FD\\U000102E0'
            || E'\\U00010376-\\U0001037A\\U00010780-\\U00010785\\U00010787-\\U000107B0\\U000107B2-\\U000107BA'
            || E'\\U00010A01-\\U00010A03\\U00010A05-\\U00010A06\\U00010A0C-\\U00010A0F\\U00010A38-\\U00010A3A'
            || E'\\U00010A3F\\U00010AE5-\\U00010AE6\\U00010D24-\\U00010D27\\U00010D4E\\U00010D69-\\U00010D6D'
            || E'\\U00010D6F\\U00010EAB-\\U00010EAC\\U00010EC5\\U00010EFA-\\U00010EFF\\U00010F46-\\U00010F50'
            || E'\\U00010F82-\\U00010F85\\U00011001\\U00011038-\\U00011046\\U00011070\\U00011073-\\U00011074'
            || E'\\U0001107F-\\U00011081\\U000110B3-\\U000110B6\\U000110B9-\\U000110BA\\U000110BD\\U000110C2'
            || E'\\U000110CD\\U00011100-\\U00011102\\U00011127-\\U0001112B\\U0001112D-\\U00011134\\U00011173'
            || E'\\U00011180-\\U00011181\\U000111B6-\\U000111BE\\U000111C9-\\U000111CC\\U000111CF\\U0001122F-\\U00011231'
            || E'\\U00011234\\U00011236-\\U00011237\\U0001123E\\U00011241\\U000112DF\\U000112E3-\\U000112EA'
            || E'\\U00011300-\\U00011301\\U0001133B-\\U0001133C\\U00011340\\U00011366-\\U0001136C\\U00011370-\\U00011374'
            || E'\\U000113BB-\\U000113C0\\U000113CE\\U000113D0\\U000113D2\\U000113E1-\\U000113E2\\U00011438-\\U0001143F'
            || E'\\U00011442-\\U00011444\\U00011446\\U0001145E\\U000114B3-\\U000114B8\\U000114BA\\U000114BF-\\U000114C0'
            || E'\\U000114C2-\\U000114C3\\U000115B2-\\U000115B5\\U000115BC-\\U000115BD\\U000115BF-\\U000115C0'
            || E'\\U000115DC-\\U000115DD\\U00011633-\\U0001163A\\U0001163D\\U0001163F-\\U00011640\\U000116AB'
            || E'\\U000116AD\\U000116B0-\\U000116B5\\U000116B7\\U0001171D\\U0001171F\\U00011722-\\U00011725'
            || E'\\U00011727-\\U0001172B\\U0001182F-\\U00011837\\U00011839-\\U0001183A\\U0001193B-\\U0001193C'
            || E'\\U0001193E\\U00011943\\U000119D4-\\U000119D7\\U000119DA-\\U000119DB\\U000119E0\\U00011A01-\\U00011A0A'
            || E'\\U00011A33-\\U00011A38\\U00011A3B-\\U00011A3E\\U00011A47\\U00011A51-\\U00011A56\\U00011A59-\\U00011A5B'
            || E'\\U00011A8A-\\U00011A96\\U00011A98-\\U00011A99\\U00011B60\\U00011B62-\\U00011B64\\U00011B66'
            || E'\\U00011C30-\\U00011C36\\U00011C38-\\U00011C3D\\U00011C3F\\U00011C92-\\U00011CA7\\U00011CAA-\\U00011CB0'
            || E'\\U00011CB2-\\U00011CB3\\U00011CB5-\\U00011CB6\\U00011D31-\\U00011D36\\U00011D3A\\U00011D3C-\\U00011D3D'
            || E'\\U00011D3F-\\U00011D45\\U00011D47\\U00011D90-\\U00011D91\\U00011D95\\U00011D97\\U00011DD9'
            || E'\\U00011EF3-\\U00011EF4\\U00011F00-\\U00011F01\\U00011F36-\\U00011F3A\\U00011F40\\U00011F42'
            || E'\\U00011F5A\\U00013430-\\U00013440\\U00013447-\\U00013455\\U0001611E-\\U00016129\\U0001612D-\\U0001612F'
            || E'\\U00016AF0-\\U00016AF4\\U00016B30-\\U00016B36\\U00016B40-\\U00016B43\\U00016D40-\\U00016D42'
            || E'\\U00016D6B-\\U00016D6C\\U00016F4F\\U00016F8F-\\U00016F9F\\U00016FE0-\\U00016FE1\\U00016FE3-\\U00016FE4'
            || E'\\U00016FF2-\\U00016FF3\\U0001AFF0-\\U0001AFF3\\U0001AFF5-\\U0001AFFB\\U0001AFFD-\\U0001AFFE'
            || E'\\U0001BC9D-\\U0001BC9E\\U0001BCA0-\\U0001BCA3\\U0001CF00-\\U0001CF2D\\U0001CF30-\\U0001CF46'
            || E'\\U0001D167-\\U0001D169\\U0001D173-\\U0001D182\\U0001D185-\\U0001D18B\\U0001D1AA-\\U0001D1AD'
            || E'\\U0001D242-\\U0001D244\\U0001DA00-\\U0001DA36\\U0001DA3B-\\U0001DA6C\\U0001DA75\\U0001DA84'
            || E'\\U0001DA9B-\\U0001DA9F\\U0001DAA1-\\U0001DAAF\\U0001E000-\\U0001E006\\U0001E008-\\U0001E018'
            || E'\\U0001E01B-\\U0001E021\\U0001E023-\\U0001E024\\U0001E026-\\U0001E02A\\U0001E030-\\U0001E06D'
            || E'\\U0001E08F\\U0001E130-\\U0001E13D\\U0001E2AE\\U0001E2EC-\\U0001E2EF\\U0001E4EB-\\U0001E4EF'
            || E'\\U0001E5EE-\\U0001E5EF\\U0001E6E3\\U0001E6E6\\U0001E6EE-\\U0001E6EF\\U0001E6F5\\U0001E6FF'
            || E'\\U0001E8D0-\\U0001E8D6\\U0001E944-\\U0001E94B\\U0001F3FB-\\U0001F3FF\\U000E0001\\U000E0020-\\U000E007F'
            || E'\\U000E0100-\\U000E01EF]*[\\u0041-\\u005A\\u0061-\\u007A\\u00AA\\u00B5'
            || E'\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u01BA\\u01BC-\\u01BF'
            || E'\\u01C4-\\u0293\\u0296-\\u02AF\\u0370-\\u0373\\u0376-\\u0377'
            || E'\\u037B-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1'
            || E'\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u0531-\\u0556'
            || E'\\u0560-\\u0588\\u10A0-\\u10C5\\u10C7\\u10CD\\u10D0-\\u10FA'
            || E'\\u10FD-\\u10FF\\u13A0-\\u13F5\\u13F8-\\u13FD\\u1C80-\\u1C8A'
            || E'\\u1C90-\\u1CBA\\u1CBD-\\u1CBF\\u1D00-\\u1D2B\\u1D6B-\\u1D77'
            || E'\\u1D79-\\u1D9A\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45'
            || E'\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D'
            || E'\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC'
            || E'\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4'
            || E'\\u1FF6-\\u1FFC\\u2102\\u2107\\u210A-\\u2113\\u2115\\u2119-\\u211D'
            || E'\\u2124\\u2126\\u2128\\u212A-\\u212D\\u212F-\\u2134\\u2139'
            || E'\\u213C-\\u213F\\u2145-\\u2149\\u214E\\u2160-\\u217F\\u2183-\\u2184'
            || E'\\u24B6-\\u24E9\\u2C00-\\u2C7B\\u2C7E-\\u2CE4\\u2CEB-\\u2CEE'
            || E'\\u2CF2-\\u2CF3\\u2D00-\\u2D25\\u2D27\\u2D2D\\uA640-\\uA66D'
            || E'\\uA680-\\uA69B\\uA722-\\uA76F\\uA771-\\uA787\\uA78B-\\uA78E'
            || E'\\uA790-\\uA7DC\\uA7F5-\\uA7F6\\uA7FA\\uAB30-\\uAB5A\\uAB60-\\uAB68'
            || E'\\uAB70-\\uABBF\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFF21-\\uFF3A'
            || E'\\uFF41-\\uFF5A\\U00010400-\\U0001044F\\U000104B0-\\U000104D3\\U000104D8-\\U000104FB'
            || E'\\U00010570-\\U0001057A\\U0001057C-\\U0001058A\\U0001058C-\\U00010592\\U00010594-\\U00010595'
            || E'\\U00010597-\\U000105A1\\U000105A3-\\U000105B1\\U000105B3-\\U000105B9\\U000105BB-\\U000105BC'
            || E'\\U00010C80-\\U00010CB2\\U00010CC0-\\U00010CF2\\U00010D50-\\U00010D65\\U00010D70-\\U00010D85'
            || E'\\U000118A0-\\U000118DF\\U00016E40-\\U00016E7F\\U00016EA0-\\U00016EB8\\U00016EBB-\\U00016ED3'
            || E'\\U0001D400-\\U0001D454\\U0001D456-\\U0001D49C\\U0001D49E-\\U0001D49F\\U0001D4A2\\U0001D4A5-\\U0001D4A6'
            || E'\\U0001D4A9-\\U0001D4AC\\U0001D4AE-\\U0001D4B9\\U0001D4BB\\U0001D4BD-\\U0001D4C3\\U0001D4C5-\\U0001D505'
            || E'\\U0001D507-\\U0001D50A\\U0001D50D-\\U0001D514\\U0001D516-\\U0001D51C\\U0001D51E-\\U0001D539'
            || E'\\U0001D53B-\\U0001D53E\\U0001D540-\\U0001D544\\U0001D546\\U0001D54A-\\U0001D550\\U0001D552-\\U0001D6A5'
            || E'\\U0001D6A8-\\U0001D6C0\\U0001D6C2-\\U0001D6DA\\U0001D6DC-\\U0001D6FA\\U0001D6FC-\\U0001D714'
            || E'\\U0001D716-\\U0001D734\\U0001D736-\\U0001D74E\\U0001D750-\\U0001D76E\\U0001D770-\\U0001D788'
            || E'\\U0001D78A-\\U0001D7A8\\U0001D7AA-\\U0001D7C2\\U0001D7C4-\\U0001D7CB\\U0001DF00-\\U0001DF09'
            || E'\\U0001DF0B-\\U0001DF1E\\U0001DF25-\\U0001DF2A\\U0001E900-\\U0001E943\\U0001F130-\\U0001F149'
            || E'\\U0001F150-\\U0001F169\\U0001F170-\\U0001F189])'
        ), E'\u03C2', 'g');
    END IF;
    -- Each distinct non-ASCII char with a lowercase mapping is replaced by
    -- it, looked up in a JSON object (parsed once per session; far faster
    -- than translate() over a table this long). No output char maps again.
    FOR v_char IN
        SELECT DISTINCT m.match[1]
          FROM pg_catalog.regexp_matches(v_text, (
            E'[\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100\\u0102\\u0104\\u0106'
            || E'\\u0108\\u010A\\u010C\\u010E\\u0110\\u0112\\u0114\\u0116'
            || E'\\u0118\\u011A\\u011C\\u011E\\u0120\\u0122\\u0124\\u0126'
            || E'\\u0128\\u012A\\u012C\\u012E\\u0130\\u0132\\u0134\\u0136'
            || E'\\u0139\\u013B\\u013D\\u013F\\u0141\\u0143\\u0145\\u0147'
            || E'\\u014A\\u014C\\u014E\\u0150\\u0152\\u0154\\u0156\\u0158'
            || E'\\u015A\\u015C\\u015E\\u0160\\u0162\\u0164\\u0166\\u0168'
            || E'\\u016A\\u016C\\u016E\\u0170\\u0172\\u0174\\u0176\\u0178-\\u0179'
            || E'\\u017B\\u017D\\u0181-\\u0182\\u0184\\u0186-\\u0187\\u0189-\\u018B'
            || E'\\u018E-\\u0191\\u0193-\\u0194\\u0196-\\u0198\\u019C-\\u019D'
            || E'\\u019F-\\u01A0\\u01A2\\u01A4\\u01A6-\\u01A7\\u01A9\\u01AC'
            || E'\\u01AE-\\u01AF\\u01B1-\\u01B3\\u01B5\\u01B7-\\u01B8\\u01BC'
            || E'\\u01C4-\\u01C5\\u01C7-\\u01C8\\u01CA-\\u01CB\\u01CD\\u01CF'
            || E'\\u01D1\\u01D3\\u01D5\\u01D7\\u01D9\\u01DB\\u01DE\\u01E0'
            || E'\\u01E2\\u01E4\\u01E6\\u01E8\\u01EA\\u01EC\\u01EE\\u01F1-\\u01F2'
            || E'\\u01F4\\u01F6-\\u01F8\\u01FA\\u01FC\\u01FE\\u0200\\u0202'
            || E'\\u0204\\u0206\\u0208\\u020A\\u020C\\u020E\\u0210\\u0212'
            || E'\\u0214\\u0216\\u0218\\u021A\\u021C\\u021E\\u0220\\u0222'
            || E'\\u0224\\u0226\\u0228\\u022A\\u022C\\u022E\\u0230\\u0232'
            || E'\\u023A-\\u023B\\u023D-\\u023E\\u0241\\u0243-\\u0246\\u0248'
            || E'\\u024A\\u024C\\u024E\\u0370\\u0372\\u0376\\u037F\\u0386'
            || E'\\u0388-\\u038A\\u038C\\u038E-\\u038F\\u0391-\\u03A1\\u03A3-\\u03AB'
            || E'\\u03CF\\u03D8\\u03DA\\u03DC\\u03DE\\u03E0\\u03E2\\u03E4'
            || E'\\u03E6\\u03E8\\u03EA\\u03EC\\u03EE\\u03F4\\u03F7\\u03F9-\\u03FA'
            || E'\\u03FD-\\u042F\\u0460\\u0462\\u0464\\u0466\\u0468\\u046A'
            || E'\\u046C\\u046E\\u0470\\u0472\\u0474\\u0476\\u0478\\u047A'
            || E'\\u047C\\u047E\\u0480\\u048A\\u048C\\u048E\\u0490\\u0492'
            || E'\\u0494\\u0496\\u0498\\u049A\\u049C\\u049E\\u04A0\\u04A2'
            || E'\\u04A4\\u04A6\\u04A8\\u04AA\\u04AC\\u04AE\\u04B0\\u04B2'
            || E'\\u04B4\\u04B6\\u04B8\\u04BA\\u04BC\\u04BE\\u04C0-\\u04C1'
            || E'\\u04C3\\u04C5\\u04C7\\u04C9\\u04CB\\u04CD\\u04D0\\u04D2'
            || E'\\u04D4\\u04D6\\u04D8\\u04DA\\u04DC\\u04DE\\u04E0\\u04E2'
            || E'\\u04E4\\u04E6\\u04E8\\u04EA\\u04EC\\u04EE\\u04F0\\u04F2'
            || E'\\u04F4\\u04F6\\u04F8\\u04FA\\u04FC\\u04FE\\u0500\\u0502'
            || E'\\u0504\\u0506\\u0508\\u050A\\u050C\\u050E\\u0510\\u0512'
            || E'\\u0514\\u0516\\u0518\\u051A\\u051C\\u051E\\u0520\\u0522'
            || E'\\u0524\\u0526\\u0528\\u052A\\u052C\\u052E\\u0531-\\u0556'
            || E'\\u10A0-\\u10C5\\u10C7\\u10CD\\u13A0-\\u13F5\\u1C89\\u1C90-\\u1CBA'
            || E'\\u1CBD-\\u1CBF\\u1E00\\u1E02\\u1E04\\u1E06\\u1E08\\u1E0A'
            || E'\\u1E0C\\u1E0E\\u1E10\\u1E12\\u1E14\\u1E16\\u1E18\\u1E1A'
            || E'\\u1E1C\\u1E1E\\u1E20\\u1E22\\u1E24\\u1E26\\u1E28\\u1E2A'
            || E'\\u1E2C\\u1E2E\\u1E30\\u1E32\\u1E34\\u1E36\\u1E38\\u1E3A'
            || E'\\u1E3C\\u1E3E\\u1E40\\u1E42\\u1E44\\u1E46\\u1E48\\u1E4A'
            || E'\\u1E4C\\u1E4E\\u1E50\\u1E52\\u1E54\\u1E56\\u1E58\\u1E5A'
            || E'\\u1E5C\\u1E5E\\u1E60\\u1E62\\u1E64\\u1E66\\u1E68\\u1E6A'
            || E'\\u1E6C\\u1E6E\\u1E70\\u1E72\\u1E74\\u1E76\\u1E78\\u1E7A'
            || E'\\u1E7C\\u1E7E\\u1E80\\u1E82\\u1E84\\u1E86\\u1E88\\u1E8A'
            || E'\\u1E8C\\u1E8E\\u1E90\\u1E92\\u1E94\\u1E9E\\u1EA0\\u1EA2'
            || E'\\u1EA4\\u1EA6\\u1EA8\\u1EAA\\u1EAC\\u1EAE\\u1EB0\\u1EB2'
            || E'\\u1EB4\\u1EB6\\u1EB8\\u1EBA\\u1EBC\\u1EBE\\u1EC0\\u1EC2'
            || E'\\u1EC4\\u1EC6\\u1EC8\\u1ECA\\u1ECC\\u1ECE\\u1ED0\\u1ED2'
            || E'\\u1ED4\\u1ED6\\u1ED8\\u1EDA\\u1EDC\\u1EDE\\u1EE0\\u1EE2'
            || E'\\u1EE4\\u1EE6\\u1EE8\\u1EEA\\u1EEC\\u1EEE\\u1EF0\\u1EF2'
            || E'\\u1EF4\\u1EF6\\u1EF8\\u1EFA\\u1EFC\\u1EFE\\u1F08-\\u1F0F'
            || E'\\u1F18-\\u1F1D\\u1F28-\\u1F2F\\u1F38-\\u1F3F\\u1F48-\\u1F4D'
            || E'\\u1F59\\u1F5B\\u1F5D\\u1F5F\\u1F68-\\u1F6F\\u1F88-\\u1F8F'
            || E'\\u1F98-\\u1F9F\\u1FA8-\\u1FAF\\u1FB8-\\u1FBC\\u1FC8-\\u1FCC'
            || E'\\u1FD8-\\u1FDB\\u1FE8-\\u1FEC\\u1FF8-\\u1FFC\\u2126\\u212A-\\u212B'
            || E'\\u2132\\u2160-\\u216F\\u2183\\u24B6-\\u24CF\\u2C00-\\u2C2F'
            || E'\\u2C60\\u2C62-\\u2C64\\u2C67\\u2C69\\u2C6B\\u2C6D-\\u2C70'
            || E'\\u2C72\\u2C75\\u2C7E-\\u2C80\\u2C82\\u2C84\\u2C86\\u2C88'
            || E'\\u2C8A\\u2C8C\\u2C8E\\u2C90\\u2C92\\u2C94\\u2C96\\u2C98'
            || E'\\u2C9A\\u2C9C\\u2C9E\\u2CA0\\u2CA2\\u2CA4\\u2CA6\\u2CA8'
            || E'\\u2CAA\\u2CAC\\u2CAE\\u2CB0\\u2CB2\\u2CB4\\u2CB6\\u2CB8'
            || E'\\u2CBA\\u2CBC\\u2CBE\\u2CC0\\u2CC2\\u2CC4\\u2CC6\\u2CC8'
            || E'\\u2CCA\\u2CCC\\u2CCE\\u2CD0\\u2CD2\\u2CD4\\u2CD6\\u2CD8'
            || E'\\u2CDA\\u2CDC\\u2CDE\\u2CE0\\u2CE2\\u2CEB\\u2CED\\u2CF2'
            || E'\\uA640\\uA642\\uA644\\uA646\\uA648\\uA64A\\uA64C\\uA64E'
            || E'\\uA650\\uA652\\uA654\\uA656\\uA658\\uA65A\\uA65C\\uA65E'
            || E'\\uA660\\uA662\\uA664\\uA666\\uA668\\uA66A\\uA66C\\uA680'
            || E'\\uA682\\uA684\\uA686\\uA688\\uA68A\\uA68C\\uA68E\\uA690'
            || E'\\uA692\\uA694\\uA696\\uA698\\uA69A\\uA722\\uA724\\uA726'
            || E'\\uA728\\uA72A\\uA72C\\uA72E\\uA732\\uA734\\uA736\\uA738'
            || E'\\uA73A\\uA73C\\uA73E\\uA740\\uA742\\uA744\\uA746\\uA748'
            || E'\\uA74A\\uA74C\\uA74E\\uA750\\uA752\\uA754\\uA756\\uA758'
            || E'\\uA75A\\uA75C\\uA75E\\uA760\\uA762\\uA764\\uA766\\uA768'
            || E'\\uA76A\\uA76C\\uA76E\\uA779\\uA77B\\uA77D-\\uA77E\\uA780'
            || E'\\uA782\\uA784\\uA786\\uA78B\\uA78D\\uA790\\uA792\\uA796'
            || E'\\uA798\\uA79A\\uA79C\\uA79E\\uA7A0\\uA7A2\\uA7A4\\uA7A6'
            || E'\\uA7A8\\uA7AA-\\uA7AE\\uA7B0-\\uA7B4\\uA7B6\\uA7B8\\uA7BA'
            || E'\\uA7BC\\uA7BE\\uA7C0\\uA7C2\\uA7C4-\\uA7C7\\uA7C9\\uA7CB-\\uA7CC'
            || E'\\uA7CE\\uA7D0\\uA7D2\\uA7D4\\uA7D6\\uA7D8\\uA7DA\\uA7DC'
            || E'\\uA7F5\\uFF21-\\uFF3A\\U00010400-\\U00010427\\U000104B0-\\U000104D3\\U00010570-\\U0001057A'
            || E'\\U0001057C-\\U0001058A\\U0001058C-\\U00010592\\U00010594-\\U00010595\\U00010C80-\\U00010CB2'
            || E'\\U00010D50-\\U00010D65\\U000118A0-\\U000118BF\\U00016E40-\\U00016E5F\\U00016EA0-\\U00016EB8'
            || E'\\U0001E900-\\U0001E921]'
          ), 'g') AS m(match)
    LOOP
        v_text := pg_catalog.replace(v_text, v_char, (
            '{' ||
            E'"\\u00c0":"\\u00e0","\\u00c1":"\\u00e1","\\u00c2":"\\u00e2","\\u00c3":"\\u00e3"'
            || ',' || E'"\\u00c4":"\\u00e4","\\u00c5":"\\u00e5","\\u00c6":"\\u00e6","\\u00c7":"\\u00e7"'
            || ',' || E'"\\u00c8":"\\u00e8","\\u00c9":"\\u00e9","\\u00ca":"\\u00ea","\\u00cb":"\\u00eb"'
            || ',' || E'"\\u00cc":"\\u00ec","\\u00cd":"\\u00ed","\\u00ce":"\\u00ee","\\u00cf":"\\u00ef"'
            || ',' || E'"\\u00d0":"\\u00f0","\\u00d1":"\\u00f1","\\u00d2":"\\u00f2","\\u00d3":"\\u00f3"'
            || ',' || E'"\\u00d4":"\\u00f4","\\u00d5":"\\u00f5","\\u00d6":"\\u00f6","\\u00d8":"\\u00f8"'
            || ',' || E'"\\u00d9":"\\u00f9","\\u00da":"\\u00fa","\\u00db":"\\u00fb","\\u00dc":"\\u00fc"'
            || ',' || E'"\\u00dd":"\\u00fd","\\u00de":"\\u00fe","\\u0100":"\\u0101","\\u0102":"\\u0103"'
            || ',' || E'"\\u0104":"\\u0105","\\u0106":"\\u0107","\\u0108":"\\u0109","\\u010a":"\\u010b"'
            || ',' || E'"\\u010c":"\\u010d","\\u010e":"\\u010f","\\u0110":"\\u0111","\\u0112":"\\u0113"'
            || ',' || E'"\\u0114":"\\u0115","\\u0116":"\\u0117","\\u0118":"\\u0119","\\u011a":"\\u011b"'
            || ',' || E'"\\u011c":"\\u011d","\\u011e":"\\u011f","\\u0120":"\\u0121","\\u0122":"\\u0123"'
            || ',' || E'"\\u0124":"\\u0125","\\u0126":"\\u0127","\\u0128":"\\u0129","\\u012a":"\\u012b"'
            || ',' || E'"\\u012c":"\\u012d","\\u012e":"\\u012f","\\u0130":"\\u0069\\u0307","\\u0132":"\\u0133"'
            || ',' || E'"\\u0134":"\\u0135","\\u0136":"\\u0137","\\u0139":"\\u013a","\\u013b":"\\u013c"'
            || ',' || E'"\\u013d":"\\u013e","\\u013f":"\\u0140","\\u0141":"\\u0142","\\u0143":"\\u0144"'
            || ',' || E'"\\u0145":"\\u0146","\\u0147":"\\u0148","\\u014a":"\\u014b","\\u014c":"\\u014d"'
            || ',' || E'"\\u014e":"\\u014f","\\u0150":"\\u0151","\\u0152":"\\u0153","\\u0154":"\\u0155"'
            || ',' || E'"\\u0156":"\\u0157","\\u0158":"\\u0159","\\u015a":"\\u015b","\\u015c":"\\u015d"'
            || ',' || E'"\\u015e":"\\u015f","\\u0160":"\\u0161","\\u0162":"\\u0163","\\u0164":"\\u0165"'
            || ',' || E'"\\u0166":"\\u0167","\\u0168":"\\u0169","\\u016a":"\\u016b","\\u016c":"\\u016d"'
            || ',' || E'"\\u016e":"\\u016f","\\u0170":"\\u0171","\\u0172":"\\u0173","\\u0174":"\\u0175"'
            || ',' || E'"\\u0176":"\\u0177","\\u0178":"\\u00ff","\\u0179":"\\u017a","\\u017b":"\\u017c"'
            || ',' || E'"\\u017d":"\\u017e","\\u0181":"\\u0253","\\u0182":"\\u0183","\\u0184":"\\u0185"'
            || ',' || E'"\\u0186":"\\u0254","\\u0187":"\\u0188","\\u0189":"\\u0256","\\u018a":"\\u0257"'
            || ',' || E'"\\u018b":"\\u018c","\\u018e":"\\u01dd","\\u018f":"\\u0259","\\u0190":"\\u025b"'
            || ',' || E'"\\u0191":"\\u0192","\\u0193":"\\u0260","\\u0194":"\\u0263","\\u0196":"\\u0269"'
            || ',' || E'"\\u0197":"\\u0268","\\u0198":"\\u0199","\\u019c":"\\u026f","\\u019d":"\\u0272"'
            || ',' || E'"\\u019f":"\\u0275","\\u01a0":"\\u01a1","\\u01a2":"\\u01a3","\\u01a4":"\\u01a5"'
            || ',' || E'"\\u01a6":"\\u0280","\\u01a7":"\\u01a8","\\u01a9":"\\u0283","\\u01ac":"\\u01ad"'
            || ',' || E'"\\u01ae":"\\u0288","\\u01af":"\\u01b0","\\u01b1":"\\u028a","\\u01b2":"\\u028b"'
            || ',' || E'"\\u01b3":"\\u01b4","\\u01b5":"\\u01b6","\\u01b7":"\\u0292","\\u01b8":"\\u01b9"'
            || ',' || E'"\\u01bc":"\\u01bd","\\u01c4":"\\u01c6","\\u01c5":"\\u01c6","\\u01c7":"\\u01c9"'
            || ',' || E'"\\u01c8":"\\u01c9","\\u01ca":"\\u01cc","\\u01cb":"\\u01cc","\\u01cd":"\\u01ce"'
            || ',' || E'"\\u01cf":"\\u01d0","\\u01d1":"\\u01d2","\\u01d3":"\\u01d4","\\u01d5":"\\u01d6"'
            || ',' || E'"\\u01d7":"\\u01d8","\\u01d9":"\\u01da","\\u01db":"\\u01dc","\\u01de":"\\u01df"'
            || ',' || E'"\\u01e0":"\\u01e1","\\u01e2":"\\u01e3","\\u01e4":"\\u01e5","\\u01e6":"\\u01e7"'
            || ',' || E'"\\u01e8":"\\u01e9","\\u01ea":"\\u01eb","\\u01ec":"\\u01ed","\\u01ee":"\\u01ef"'
            || ',' || E'"\\u01f1":"\\u01f3","\\u01f2":"\\u01f3","\\u01f4":"\\u01f5","\\u01f6":"\\u0195"'
            || ',' || E'"\\u01f7":"\\u01bf","\\u01f8":"\\u01f9","\\u01fa":"\\u01fb","\\u01fc":"\\u01fd"'
            || ',' || E'"\\u01fe":"\\u01ff","\\u0200":"\\u0201","\\u0202":"\\u0203","\\u0204":"\\u0205"'
            || ',' || E'"\\u0206":"\\u0207","\\u0208":"\\u0209","\\u020a":"\\u020b","\\u020c":"\\u020d"'
            || ',' || E'"\\u020e":"\\u020f","\\u0210":"\\u0211","\\u0212":"\\u0213","\\u0214":"\\u0215"'
            || ',' || E'"\\u0216":"\\u0217","\\u0218":"\\u0219","\\u021a":"\\u021b","\\u021c":"\\u021d"'
            || ',' || E'"\\u021e":"\\u021f","\\u0220":"\\u019e","\\u0222":"\\u0223","\\u0224":"\\u0225"'
            || ',' || E'"\\u0226":"\\u0227","\\u0228":"\\u0229","\\u022a":"\\u022b","\\u022c":"\\u022d"'
            || ',' || E'"\\u022e":"\\u022f","\\u0230":"\\u0231","\\u0232":"\\u0233","\\u023a":"\\u2c65"'
            || ',' || E'"\\u023b":"\\u023c","\\u023d":"\\u019a","\\u023e":"\\u2c66","\\u0241":"\\u0242"'
            || ',' || E'"\\u0243":"\\u0180","\\u0244":"\\u0289","\\u0245":"\\u028c","\\u0246":"\\u0247"'
            || ',' || E'"\\u0248":"\\u0249","\\u024a":"\\u024b","\\u024c":"\\u024d","\\u024e":"\\u024f"'
            || ',' || E'"\\u0370":"\\u0371","\\u0372":"\\u0373","\\u0376":"\\u0377","\\u037f":"\\u03f3"'
            || ',' || E'"\\u0386":"\\u03ac","\\u0388":"\\u03ad","\\u0389":"\\u03ae","\\u038a":"\\u03af"'
            || ',' || E'"\\u038c":"\\u03cc","\\u038e":"\\u03cd","\\u038f":"\\u03ce","\\u0391":"\\u03b1"'
            || ',' || E'"\\u0392":"\\u03b2","\\u0393":"\\u03b3","\\u0394":"\\u03b4","\\u0395":"\\u03b5"'
            || ',' || E'"\\u0396":"\\u03b6","\\u0397":"\\u03b7","\\u0398":"\\u03b8","\\u0399":"\\u03b9"'
            || ',' || E'"\\u039a":"\\u03ba","\\u039b":"\\u03bb","\\u039c":"\\u03bc","\\u039d":"\\u03bd"'
            || ',' || E'"\\u039e":"\\u03be","\\u039f":"\\u03bf","\\u03a0":"\\u03c0","\\u03a1":"\\u03c1"'
            || ',' || E'"\\u03a3":"\\u03c3","\\u03a4":"\\u03c4","\\u03a5":"\\u03c5","\\u03a6":"\\u03c6"'
            || ',' || E'"\\u03a7":"\\u03c7","\\u03a8":"\\u03c8","\\u03a9":"\\u03c9","\\u03aa":"\\u03ca"'
            || ',' || E'"\\u03ab":"\\u03cb","\\u03cf":"\\u03d7","\\u03d8":"\\u03d9","\\u03da":"\\u03db"'
            || ',' || E'"\\u03dc":"\\u03dd","\\u03de":"\\u03df","\\u03e0":"\\u03e1","\\u03e2":"\\u03e3"'
            || ',' || E'"\\u03e4":"\\u03e5","\\u03e6":"\\u03e7","\\u03e8":"\\u03e9","\\u03ea":"\\u03eb"'
            || ',' || E'"\\u03ec":"\\u03ed","\\u03ee":"\\u03ef","\\u03f4":"\\u03b8","\\u03f7":"\\u03f8"'
            || ',' || E'"\\u03f9":"\\u03f2","\\u03fa":"\\u03fb","\\u03fd":"\\u037b","\\u03fe":"\\u037c"'
            || ',' || E'"\\u03ff":"\\u037d","\\u0400":"\\u0450","\\u0401":"\\u0451","\\u0402":"\\u0452"'
            || ',' || E'"\\u0403":"\\u0453","\\u0404":"\\u0454","\\u0405":"\\u0455","\\u0406":"\\u0456"'
            || ',' || E'"\\u0407":"\\u0457","\\u0408":"\\u0458","\\u0409":"\\u0459","\\u040a":"\\u045a"'
            || ',' || E'"\\u040b":"\\u045b","\\u040c":"\\u045c","\\u040d":"\\u045d","\\u040e":"\\u045e"'
            || ',' || E'"\\u040f":"\\u045f","\\u0410":"\\u0430","\\u0411":"\\u0431","\\u0412":"\\u0432"'
            || ',' || E'"\\u0413":"\\u0433","\\u0414":"\\u0434","\\u0415":"\\u0435","\\u0416":"\\u0436"'
            || ',' || E'"\\u0417":"\\u0437","\\u0418":"\\u0438","\\u0419":"\\u0439","\\u041a":"\\u043a"'
            || ',' || E'"\\u041b":"\\u043b","\\u041c":"\\u043c","\\u041d":"\\u043d","\\u041e":"\\u043e"'
            || ',' || E'"\\u041f":"\\u043f","\\u0420":"\\u0440","\\u0421":"\\u0441","\\u0422":"\\u0442"'
            || ',' || E'"\\u0423":"\\u0443","\\u0424":"\\u0444","\\u0425":"\\u0445","\\u0426":"\\u0446"'
            || ',' || E'"\\u0427":"\\u0447","\\u0428":"\\u0448","\\u0429":"\\u0449","\\u042a":"\\u044a"'
            || ',' || E'"\\u042b":"\\u044b","\\u042c":"\\u044c","\\u042d":"\\u044d","\\u042e":"\\u044e"'
            || ',' || E'"\\u042f":"\\u044f","\\u0460":"\\u0461","\\u0462":"\\u0463","\\u0464":"\\u0465"'
            || ',' || E'"\\u0466":"\\u0467","\\u0468":"\\u0469","\\u046a":"\\u046b","\\u046c":"\\u046d"'
            || ',' || E'"\\u046e":"\\u046f","\\u0470":"\\u0471","\\u0472":"\\u0473","\\u0474":"\\u0475"'
            || ',' || E'"\\u0476":"\\u0477","\\u0478":"\\u0479","\\u047a":"\\u047b","\\u047c":"\\u047d"'
            || ',' || E'"\\u047e":"\\u047f","\\u0480":"\\u0481","\\u048a":"\\u048b","\\u048c":"\\u048d"'
            || ',' || E'"\\u048e":"\\u048f","\\u0490":"\\u0491","\\u0492":"\\u0493","\\u0494":"\\u0495"'
            || ',' || E'"\\u0496":"\\u0497","\\u0498":"\\u0499","\\u049a":"\\u049b","\\u049c":"\\u049d"'
            || ',' || E'"\\u049e":"\\u049f","\\u04a0":"\\u04a1","\\u04a2":"\\u04a3","\\u04a4":"\\u04a5"'
            || ',' || E'"\\u04a6":"\\u04a7","\\u04a8":"\\u04a9","\\u04aa":"\\u04ab","\\u04ac":"\\u04ad"'
            || ',' || E'"\\u04ae":"\\u04af","\\u04b0":"\\u04b1","\\u04b2":"\\u04b3","\\u04b4":"\\u04b5"'
            || ',' || E'"\\u04b6":"\\u04b7","\\u04b8":"\\u04b9","\\u04ba":"\\u04bb","\\u04bc":"\\u04bd"'
            || ',' || E'"\\u04be":"\\u04bf","\\u04c0":"\\u04cf","\\u04c1":"\\u04c2","\\u04c3":"\\u04c4"'
            || ',' || E'"\\u04c5":"\\u04c6","\\u04c7":"\\u04c8","\\u04c9":"\\u04ca","\\u04cb":"\\u04cc"'
            || ',' || E'"\\u04cd":"\\u04ce","\\u04d0":"\\u04d1","\\u04d2":"\\u04d3","\\u04d4":"\\u04d5"'
            || ',' || E'"\\u04d6":"\\u04d7","\\u04d8":"\\u04d9","\\u04da":"\\u04db","\\u04dc":"\\u04dd"'
            || ',' || E'"\\u04de":"\\u04df","\\u04e0":"\\u04e1","\\u04e2":"\\u04e3","\\u04e4":"\\u04e5"'
            || ',' || E'"\\u04e6":"\\u04e7","\\u04e8":"\\u04e9","\\u04ea":"\\u04eb","\\u04ec":"\\u04ed"'
            || ',' || E'"\\u04ee":"\\u04ef","\\u04f0":"\\u04f1","\\u04f2":"\\u04f3","\\u04f4":"\\u04f5"'
            || ',' || E'"\\u04f6":"\\u04f7","\\u04f8":"\\u04f9","\\u04fa":"\\u04fb","\\u04fc":"\\u04fd"'
            || ',' || E'"\\u04fe":"\\u04ff","\\u0500":"\\u0501","\\u0502":"\\u0503","\\u0504":"\\u0505"'
            || ',' || E'"\\u0506":"\\u0507","\\u0508":"\\u0509","\\u050a":"\\u050b","\\u050c":"\\u050d"'
            || ',' || E'"\\u050e":"\\u050f","\\u0510":"\\u0511","\\u0512":"\\u0513","\\u0514":"\\u0515"'
            || ',' || E'"\\u0516":"\\u0517","\\u0518":"\\u0519","\\u051a":"\\u051b","\\u051c":"\\u051d"'
            || ',' || E'"\\u051e":"\\u051f","\\u0520":"\\u0521","\\u0522":"\\u0523","\\u0524":"\\u0525"'
            || ',' || E'"\\u0526":"\\u0527","\\u0528":"\\u0529","\\u052a":"\\u052b","\\u052c":"\\u052d"'
            || ',' || E'"\\u052e":"\\u052f","\\u0531":"\\u0561","\\u0532":"\\u0562","\\u0533":"\\u0563"'
            || ',' || E'"\\u0534":"\\u0564","\\u0535":"\\u0565","\\u0536":"\\u0566","\\u0537":"\\u0567"'
            || ',' || E'"\\u0538":"\\u0568","\\u0539":"\\u0569","\\u053a":"\\u056a","\\u053b":"\\u056b"'
            || ',' || E'"\\u053c":"\\u056c","\\u053d":"\\u056d","\\u053e":"\\u056e","\\u053f":"\\u056f"'
            || ',' || E'"\\u0540":"\\u0570","\\u0541":"\\u0571","\\u0542":"\\u0572","\\u0543":"\\u0573"'
            || ',' || E'"\\u0544":"\\u0574","\\u0545":"\\u0575","\\u0546":"\\u0576","\\u0547":"\\u0577"'
            || ',' || E'"\\u0548":"\\u0578","\\u0549":"\\u0579","\\u054a":"\\u057a","\\u054b":"\\u057b"'
            || ',' || E'"\\u054c":"\\u057c","\\u054d":"\\u057d","\\u054e":"\\u057e","\\u054f":"\\u057f"'
            || ',' || E'"\\u0550":"\\u0580","\\u0551":"\\u0581","\\u0552":"\\u0582","\\u0553":"\\u0583"'
            || ',' || E'"\\u0554":"\\u0584","\\u0555":"\\u0585","\\u0556":"\\u0586","\\u10a0":"\\u2d00"'
            || ',' || E'"\\u10a1":"\\u2d01","\\u10a2":"\\u2d02","\\u10a3":"\\u2d03","\\u10a4":"\\u2d04"'
            || ',' || E'"\\u10a5":"\\u2d05","\\u10a6":"\\u2d06","\\u10a7":"\\u2d07","\\u10a8":"\\u2d08"'
            || ',' || E'"\\u10a9":"\\u2d09","\\u10aa":"\\u2d0a","\\u10ab":"\\u2d0b","\\u10ac":"\\u2d0c"'
            || ',' || E'"\\u10ad":"\\u2d0d","\\u10ae":"\\u2d0e","\\u10af":"\\u2d0f","\\u10b0":"\\u2d10"'
            || ',' || E'"\\u10b1":"\\u2d11","\\u10b2":"\\u2d12","\\u10b3":"\\u2d13","\\u10b4":"\\u2d14"'
            || ',' || E'"\\u10b5":"\\u2d15","\\u10b6":"\\u2d16","\\u10b7":"\\u2d17","\\u10b8":"\\u2d18"'
            || ',' || E'"\\u10b9":"\\u2d19","\\u10ba":"\\u2d1a","\\u10bb":"\\u2d1b","\\u10bc":"\\u2d1c"'
            || ',' || E'"\\u10bd":"\\u2d1d","\\u10be":"\\u2d1e","\\u10bf":"\\u2d1f","\\u10c0":"\\u2d20"'
            || ',' || E'"\\u10c1":"\\u2d21","\\u10c2":"\\u2d22","\\u10c3":"\\u2d23","\\u10c4":"\\u2d24"'
            || ',' || E'"\\u10c5":"\\u2d25","\\u10c7":"\\u2d27","\\u10cd":"\\u2d2d","\\u13a0":"\\uab70"'
            || ',' || E'"\\u13a1":"\\uab71","\\u13a2":"\\uab72","\\u13a3":"\\uab73","\\u13a4":"\\uab74"'
            || ',' || E'"\\u13a5":"\\uab75","\\u13a6":"\\uab76","\\u13a7":"\\uab77","\\u13a8":"\\uab78"'
            || ',' || E'"\\u13a9":"\\uab79","\\u13aa":"\\uab7a","\\u13ab":"\\uab7b","\\u13ac":"\\uab7c"'
            || ',' || E'"\\u13ad":"\\uab7d","\\u13ae":"\\uab7e","\\u13af":"\\uab7f","\\u13b0":"\\uab80"'
            || ',' || E'"\\u13b1":"\\uab81","\\u13b2":"\\uab82","\\u13b3":"\\uab83","\\u13b4":"\\uab84"'
            || ',' || E'"\\u13b5":"\\uab85","\\u13b6":"\\uab86","\\u13b7":"\\uab87","\\u13b8":"\\uab88"'
            || ',' || E'"\\u13b9":"\\uab89","\\u13ba":"\\uab8a","\\u13bb":"\\uab8b","\\u13bc":"\\uab8c"'
            || ',' || E'"\\u13bd":"\\uab8d","\\u13be":"\\uab8e","\\u13bf":"\\uab8f","\\u13c0":"\\uab90"'
            || ',' || E'"\\u13c1":"\\uab91","\\u13c2":"\\uab92","\\u13c3":"\\uab93","\\u13c4":"\\uab94"'
            || ',' || E'"\\u13c5":"\\uab95","\\u13c6":"\\uab96","\\u13c7":"\\uab97","\\u13c8":"\\uab98"'
            || ',' || E'"\\u13c9":"\\uab99","\\u13ca":"\\uab9a","\\u13cb":"\\uab9b","\\u13cc":"\\uab9c"'
            || ',' || E'"\\u13cd":"\\uab9d","\\u13ce":"\\uab9e","\\u13cf":"\\uab9f","\\u13d0":"\\uaba0"'
            || ',' || E'"\\u13d1":"\\uaba1","\\u13d2":"\\uaba2","\\u13d3":"\\uaba3","\\u13d4":"\\uaba4"'
            || ',' || E'"\\u13d5":"\\uaba5","\\u13d6":"\\uaba6","\\u13d7":"\\uaba7","\\u13d8":"\\uaba8"'
            || ',' || E'"\\u13d9":"\\uaba9","\\u13da":"\\uabaa","\\u13db":"\\uabab","\\u13dc":"\\uabac"'
            || ',' || E'"\\u13dd":"\\uabad","\\u13de":"\\uabae","\\u13df":"\\uabaf","\\u13e0":"\\uabb0"'
            || ',' || E'"\\u13e1":"\\uabb1","\\u13e2":"\\uabb2","\\u13e3":"\\uabb3","\\u13e4":"\\uabb4"'
            || ',' || E'"\\u13e5":"\\uabb5","\\u13e6":"\\uabb6","\\u13e7":"\\uabb7","\\u13e8":"\\uabb8"'
            || ',' || E'"\\u13e9":"\\uabb9","\\u13ea":"\\uabba","\\u13eb":"\\uabbb","\\u13ec":"\\uabbc"'
            || ',' || E'"\\u13ed":"\\uabbd","\\u13ee":"\\uabbe","\\u13ef":"\\uabbf","\\u13f0":"\\u13f8"'
            || ',' || E'"\\u13f1":"\\u13f9","\\u13f2":"\\u13fa","\\u13f3":"\\u13fb","\\u13f4":"\\u13fc"'
            || ',' || E'"\\u13f5":"\\u13fd","\\u1c89":"\\u1c8a","\\u1c90":"\\u10d0","\\u1c91":"\\u10d1"'
            || ',' || E'"\\u1c92":"\\u10d2","\\u1c93":"\\u10d3","\\u1c94":"\\u10d4","\\u1c95":"\\u10d5"'
            || ',' || E'"\\u1c96":"\\u10d6","\\u1c97":"\\u10d7","\\u1c98":"\\u10d8","\\u1c99":"\\u10d9"'
            || ',' || E'"\\u1c9a":"\\u10da","\\u1c9b":"\\u10db","\\u1c9c":"\\u10dc","\\u1c9d":"\\u10dd"'
            || ',' || E'"\\u1c9e":"\\u10de","\\u1c9f":"\\u10df","\\u1ca0":"\\u10e0","\\u1ca1":"\\u10e1"'
            || ',' || E'"\\u1ca2":"\\u10e2","\\u1ca3":"\\u10e3","\\u1ca4":"\\u10e4","\\u1ca5":"\\u10e5"'
            || ',' || E'"\\u1ca6":"\\u10e6","\\u1ca7":"\\u10e7","\\u1ca8":"\\u10e8","\\u1ca9":"\\u10e9"'
            || ',' || E'"\\u1caa":"\\u10ea","\\u1cab":"\\u10eb","\\u1cac":"\\u10ec","\\u1cad":"\\u10ed"'
            || ',' || E'"\\u1cae":"\\u10ee","\\u1caf":"\\u10ef","\\u1cb0":"\\u10f0","\\u1cb1":"\\u10f1"'
            || ',' || E'"\\u1cb2":"\\u10f2","\\u1cb3":"\\u10f3","\\u1cb4":"\\u10f4","\\u1cb5":"\\u10f5"'
            || ',' || E'"\\u1cb6":"\\u10f6","\\u1cb7":"\\u10f7","\\u1cb8":"\\u10f8","\\u1cb9":"\\u10f9"'
            || ',' || E'"\\u1cba":"\\u10fa","\\u1cbd":"\\u10fd","\\u1cbe":"\\u10fe","\\u1cbf":"\\u10ff"'
            || ',' || E'"\\u1e00":"\\u1e01","\\u1e02":"\\u1e03","\\u1e04":"\\u1e05","\\u1e06":"\\u1e07"'
            || ',' || E'"\\u1e08":"\\u1e09","\\u1e0a":"\\u1e0b","\\u1e0c":"\\u1e0d","\\u1e0e":"\\u1e0f"'
            || ',' || E'"\\u1e10":"\\u1e11","\\u1e12":"\\u1e13","\\u1e14":"\\u1e15","\\u1e16":"\\u1e17"'
            || ',' || E'"\\u1e18":"\\u1e19","\\u1e1a":"\\u1e1b","\\u1e1c":"\\u1e1d","\\u1e1e":"\\u1e1f"'
            || ',' || E'"\\u1e20":"\\u1e21","\\u1e22":"\\u1e23","\\u1e24":"\\u1e25","\\u1e26":"\\u1e27"'
            || ',' || E'"\\u1e28":"\\u1e29","\\u1e2a":"\\u1e2b","\\u1e2c":"\\u1e2d","\\u1e2e":"\\u1e2f"'
            || ',' || E'"\\u1e30":"\\u1e31","\\u1e32":"\\u1e33","\\u1e34":"\\u1e35","\\u1e36":"\\u1e37"'
            || ',' || E'"\\u1e38":"\\u1e39","\\u1e3a":"\\u1e3b","\\u1e3c":"\\u1e3d","\\u1e3e":"\\u1e3f"'
            || ',' || E'"\\u1e40":"\\u1e41","\\u1e42":"\\u1e43","\\u1e44":"\\u1e45","\\u1e46":"\\u1e47"'
            || ',' || E'"\\u1e48":"\\u1e49","\\u1e4a":"\\u1e4b","\\u1e4c":"\\u1e4d","\\u1e4e":"\\u1e4f"'
            || ',' || E'"\\u1e50":"\\u1e51","\\u1e52":"\\u1e53","\\u1e54":"\\u1e55","\\u1e56":"\\u1e57"'
            || ',' || E'"\\u1e58":"\\u1e59","\\u1e5a":"\\u1e5b","\\u1e5c":"\\u1e5d","\\u1e5e":"\\u1e5f"'
            || ',' || E'"\\u1e60":"\\u1e61","\\u1e62":"\\u1e63","\\u1e64":"\\u1e65","\\u1e66":"\\u1e67"'
            || ',' || E'"\\u1e68":"\\u1e69","\\u1e6a":"\\u1e6b","\\u1e6c":"\\u1e6d","\\u1e6e":"\\u1e6f"'
            || ',' || E'"\\u1e70":"\\u1e71","\\u1e72":"\\u1e73","\\u1e74":"\\u1e75","\\u1e76":"\\u1e77"'
            || ',' || E'"\\u1e78":"\\u1e79","\\u1e7a":"\\u1e7b","\\u1e7c":"\\u1e7d","\\u1e7e":"\\u1e7f"'
            || ',' || E'"\\u1e80":"\\u1e81","\\u1e82":"\\u1e83","\\u1e84":"\\u1e85","\\u1e86":"\\u1e87"'
            || ',' || E'"\\u1e88":"\\u1e89","\\u1e8a":"\\u1e8b","\\u1e8c":"\\u1e8d","\\u1e8e":"\\u1e8f"'
            || ',' || E'"\\u1e90":"\\u1e91","\\u1e92":"\\u1e93","\\u1e94":"\\u1e95","\\u1e9e":"\\u00df"'
            || ',' || E'"\\u1ea0":"\\u1ea1","\\u1ea2":"\\u1ea3","\\u1ea4":"\\u1ea5","\\u1ea6":"\\u1ea7"'
            || ',' || E'"\\u1ea8":"\\u1ea9","\\u1eaa":"\\u1eab","\\u1eac":"\\u1ead","\\u1eae":"\\u1eaf"'
            || ',' || E'"\\u1eb0":"\\u1eb1","\\u1eb2":"\\u1eb3","\\u1eb4":"\\u1eb5","\\u1eb6":"\\u1eb7"'
            || ',' || E'"\\u1eb8":"\\u1eb9","\\u1eba":"\\u1ebb","\\u1ebc":"\\u1ebd","\\u1ebe":"\\u1ebf"'
            || ',' || E'"\\u1ec0":"\\u1ec1","\\u1ec2":"\\u1ec3","\\u1ec4":"\\u1ec5","\\u1ec6":"\\u1ec7"'
            || ',' || E'"\\u1ec8":"\\u1ec9","\\u1eca":"\\u1ecb","\\u1ecc":"\\u1ecd","\\u1ece":"\\u1ecf"'
            || ',' || E'"\\u1ed0":"\\u1ed1","\\u1ed2":"\\u1ed3","\\u1ed4":"\\u1ed5","\\u1ed6":"\\u1ed7"'
            || ',' || E'"\\u1ed8":"\\u1ed9","\\u1eda":"\\u1edb","\\u1edc":"\\u1edd","\\u1ede":"\\u1edf"'
            || ',' || E'"\\u1ee0":"\\u1ee1","\\u1ee2":"\\u1ee3","\\u1ee4":"\\u1ee5","\\u1ee6":"\\u1ee7"'
            || ',' || E'"\\u1ee8":"\\u1ee9","\\u1eea":"\\u1eeb","\\u1eec":"\\u1eed","\\u1eee":"\\u1eef"'
            || ',' || E'"\\u1ef0":"\\u1ef1","\\u1ef2":"\\u1ef3","\\u1ef4":"\\u1ef5","\\u1ef6":"\\u1ef7"'
            || ',' || E'"\\u1ef8":"\\u1ef9","\\u1efa":"\\u1efb","\\u1efc":"\\u1efd","\\u1efe":"\\u1eff"'
            || ',' || E'"\\u1f08":"\\u1f00","\\u1f09":"\\u1f01","\\u1f0a":"\\u1f02","\\u1f0b":"\\u1f03"'
            || ',' || E'"\\u1f0c":"\\u1f04","\\u1f0d":"\\u1f05","\\u1f0e":"\\u1f06","\\u1f0f":"\\u1f07"'
            || ',' || E'"\\u1f18":"\\u1f10","\\u1f19":"\\u1f11","\\u1f1a":"\\u1f12","\\u1f1b":"\\u1f13"'
            || ',' || E'"\\u1f1c":"\\u1f14","\\u1f1d":"\\u1f15","\\u1f28":"\\u1f20","\\u1f29":"\\u1f21"'
            || ',' || E'"\\u1f2a":"\\u1f22","\\u1f2b":"\\u1f23","\\u1f2c":"\\u1f24","\\u1f2d":"\\u1f25"'
            || ',' || E'"\\u1f2e":"\\u1f26","\\u1f2f":"\\u1f27","\\u1f38":"\\u1f30","\\u1f39":"\\u1f31"'
            || ',' || E'"\\u1f3a":"\\u1f32","\\u1f3b":"\\u1f33","\\u1f3c":"\\u1f34","\\u1f3d":"\\u1f35"'
            || ',' || E'"\\u1f3e":"\\u1f36","\\u1f3f":"\\u1f37","\\u1f48":"\\u1f40","\\u1f49":"\\u1f41"'
            || ',' || E'"\\u1f4a":"\\u1f42","\\u1f4b":"\\u1f43","\\u1f4c":"\\u1f44","\\u1f4d":"\\u1f45"'
            || ',' || E'"\\u1f59":"\\u1f51","\\u1f5b":"\\u1f53","\\u1f5d":"\\u1f55","\\u1f5f":"\\u1f57"'
            || ',' || E'"\\u1f68":"\\u1f60","\\u1f69":"\\u1f61","\\u1f6a":"\\u1f62","\\u1f6b":"\\u1f63"'
            || ',' || E'"\\u1f6c":"\\u1f64","\\u1f6d":"\\u1f65","\\u1f6e":"\\u1f66","\\u1f6f":"\\u1f67"'
            || ',' || E'"\\u1f88":"\\u1f80","\\u1f89":"\\u1f81","\\u1f8a":"\\u1f82","\\u1f8b":"\\u1f83"'
            || ',' || E'"\\u1f8c":"\\u1f84","\\u1f8d":"\\u1f85","\\u1f8e":"\\u1f86","\\u1f8f":"\\u1f87"'
            || ',' || E'"\\u1f98":"\\u1f90","\\u1f99":"\\u1f91","\\u1f9a":"\\u1f92","\\u1f9b":"\\u1f93"'
            || ',' || E'"\\u1f9c":"\\u1f94","\\u1f9d":"\\u1f95","\\u1f9e":"\\u1f96","\\u1f9f":"\\u1f97"'
            || ',' || E'"\\u1fa8":"\\u1fa0","\\u1fa9":"\\u1fa1","\\u1faa":"\\u1fa2","\\u1fab":"\\u1fa3"'
            || ',' || E'"\\u1fac":"\\u1fa4","\\u1fad":"\\u1fa5","\\u1fae":"\\u1fa6","\\u1faf":"\\u1fa7"'
            || ',' || E'"\\u1fb8":"\\u1fb0","\\u1fb9":"\\u1fb1","\\u1fba":"\\u1f70","\\u1fbb":"\\u1f71"'
            || ',' || E'"\\u1fbc":"\\u1fb3","\\u1fc8":"\\u1f72","\\u1fc9":"\\u1f73","\\u1fca":"\\u1f74"'
            || ',' || E'"\\u1fcb":"\\u1f75","\\u1fcc":"\\u1fc3","\\u1fd8":"\\u1fd0","\\u1fd9":"\\u1fd1"'
            || ',' || E'"\\u1fda":"\\u1f76","\\u1fdb":"\\u1f77","\\u1fe8":"\\u1fe0","\\u1fe9":"\\u1fe1"'
            || ',' || E'"\\u1fea":"\\u1f7a","\\u1feb":"\\u1f7b","\\u1fec":"\\u1fe5","\\u1ff8":"\\u1f78"'
            || ',' || E'"\\u1ff9":"\\u1f79","\\u1ffa":"\\u1f7c","\\u1ffb":"\\u1f7d","\\u1ffc":"\\u1ff3"'
            || ',' || E'"\\u2126":"\\u03c9","\\u212a":"\\u006b","\\u212b":"\\u00e5","\\u2132":"\\u214e"'
            || ',' || E'"\\u2160":"\\u2170","\\u2161":"\\u2171","\\u2162":"\\u2172","\\u2163":"\\u2173"'
            || ',' || E'"\\u2164":"\\u2174","\\u2165":"\\u2175","\\u2166":"\\u2176","\\u2167":"\\u2177"'
            || ',' || E'"\\u2168":"\\u2178","\\u2169":"\\u2179","\\u216a":"\\u217a","\\u216b":"\\u217b"'
            || ',' || E'"\\u216c":"\\u217c","\\u216d":"\\u217d","\\u216e":"\\u217e","\\u216f":"\\u217f"'
            || ',' || E'"\\u2183":"\\u2184","\\u24b6":"\\u24d0","\\u24b7":"\\u24d1","\\u24b8":"\\u24d2"'
            || ',' || E'"\\u24b9":"\\u24d3","\\u24ba":"\\u24d4","\\u24bb":"\\u24d5","\\u24bc":"\\u24d6"'
            || ',' || E'"\\u24bd":"\\u24d7","\\u24be":"\\u24d8","\\u24bf":"\\u24d9","\\u24c0":"\\u24da"'
            || ',' || E'"\\u24c1":"\\u24db","\\u24c2":"\\u24dc","\\u24c3":"\\u24dd","\\u24c4":"\\u24de"'
            || ',' || E'"\\u24c5":"\\u24df","\\u24c6":"\\u24e0","\\u24c7":"\\u24e1","\\u24c8":"\\u24e2"'
            || ',' || E'"\\u24c9":"\\u24e3","\\u24ca":"\\u24e4","\\u24cb":"\\u24e5","\\u24cc":"\\u24e6"'
            || ',' || E'"\\u24cd":"\\u24e7","\\u24ce":"\\u24e8","\\u24cf":"\\u24e9","\\u2c00":"\\u2c30"'
            || ',' || E'"\\u2c01":"\\u2c31","\\u2c02":"\\u2c32","\\u2c03":"\\u2c33","\\u2c04":"\\u2c34"'
            || ',' || E'"\\u2c05":"\\u2c35","\\u2c06":"\\u2c36","\\u2c07":"\\u2c37","\\u2c08":"\\u2c38"'
            || ',' || E'"\\u2c09":"\\u2c39","\\u2c0a":"\\u2c3a","\\u2c0b":"\\u2c3b","\\u2c0c":"\\u2c3c"'
            || ',' || E'"\\u2c0d":"\\u2c3d","\\u2c0e":"\\u2c3e","\\u2c0f":"\\u2c3f","\\u2c10":"\\u2c40"'
            || ',' || E'"\\u2c11":"\\u2c41","\\u2c12":"\\u2c42","\\u2c13":"\\u2c43","\\u2c14":"\\u2c44"'
            || ',' || E'"\\u2c15":"\\u2c45","\\u2c16":"\\u2c46","\\u2c17":"\\u2c47","\\u2c18":"\\u2c48"'
            || ',' || E'"\\u2c19":"\\u2c49","\\u2c1a":"\\u2c4a","\\u2c1b":"\\u2c4b","\\u2c1c":"\\u2c4c"'
            || ',' || E'"\\u2c1d":"\\u2c4d","\\u2c1e":"\\u2c4e","\\u2c1f":"\\u2c4f","\\u2c20":"\\u2c50"'
            || ',' || E'"\\u2c21":"\\u2c51","\\u2c22":"\\u2c52","\\u2c23":"\\u2c53","\\u2c24":"\\u2c54"'
            || ',' || E'"\\u2c25":"\\u2c55","\\u2c26":"\\u2c56","\\u2c27":"\\u2c57","\\u2c28":"\\u2c58"'
            || ',' || E'"\\u2c29":"\\u2c59","\\u2c2a":"\\u2c5a","\\u2c2b":"\\u2c5b","\\u2c2c":"\\u2c5c"'
            || ',' || E'"\\u2c2d":"\\u2c5d","\\u2c2e":"\\u2c5e","\\u2c2f":"\\u2c5f","\\u2c60":"\\u2c61"'
            || ',' || E'"\\u2c62":"\\u026b","\\u2c63":"\\u1d7d","\\u2c64":"\\u027d","\\u2c67":"\\u2c68"'
            || ',' || E'"\\u2c69":"\\u2c6a","\\u2c6b":"\\u2c6c","\\u2c6d":"\\u0251","\\u2c6e":"\\u0271"'
            || ',' || E'"\\u2c6f":"\\u0250","\\u2c70":"\\u0252","\\u2c72":"\\u2c73","\\u2c75":"\\u2c76"'
            || ',' || E'"\\u2c7e":"\\u023f","\\u2c7f":"\\u0240","\\u2c80":"\\u2c81","\\u2c82":"\\u2c83"'
            || ',' || E'"\\u2c84":"\\u2c85","\\u2c86":"\\u2c87","\\u2c88":"\\u2c89","\\u2c8a":"\\u2c8b"'
            || ',' || E'"\\u2c8c":"\\u2c8d","\\u2c8e":"\\u2c8f","\\u2c90":"\\u2c91","\\u2c92":"\\u2c93"'
            || ',' || E'"\\u2c94":"\\u2c95","\\u2c96":"\\u2c97","\\u2c98":"\\u2c99","\\u2c9a":"\\u2c9b"'
            || ',' || E'"\\u2c9c":"\\u2c9d","\\u2c9e":"\\u2c9f","\\u2ca0":"\\u2ca1","\\u2ca2":"\\u2ca3"'
            || ',' || E'"\\u2ca4":"\\u2ca5","\\u2ca6":"\\u2ca7","\\u2ca8":"\\u2ca9","\\u2caa":"\\u2cab"'
            || ',' || E'"\\u2cac":"\\u2cad","\\u2cae":"\\u2caf","\\u2cb0":"\\u2cb1","\\u2cb2":"\\u2cb3"'
            || ',' || E'"\\u2cb4":"\\u2cb5","\\u2cb6":"\\u2cb7","\\u2cb8":"\\u2cb9","\\u2cba":"\\u2cbb"'
            || ',' || E'"\\u2cbc":"\\u2cbd","\\u2cbe":"\\u2cbf","\\u2cc0":"\\u2cc1","\\u2cc2":"\\u2cc3"'
            || ',' || E'"\\u2cc4":"\\u2cc5","\\u2cc6":"\\u2cc7","\\u2cc8":"\\u2cc9","\\u2cca":"\\u2ccb"'
            || ',' || E'"\\u2ccc":"\\u2ccd","\\u2cce":"\\u2ccf","\\u2cd0":"\\u2cd1","\\u2cd2":"\\u2cd3"'
            || ',' || E'"\\u2cd4":"\\u2cd5","\\u2cd6":"\\u2cd7","\\u2cd8":"\\u2cd9","\\u2cda":"\\u2cdb"'
            || ',' || E'"\\u2cdc":"\\u2cdd","\\u2cde":"\\u2cdf","\\u2ce0":"\\u2ce1","\\u2ce2":"\\u2ce3"'
            || ',' || E'"\\u2ceb":"\\u2cec","\\u2ced":"\\u2cee","\\u2cf2":"\\u2cf3","\\ua640":"\\ua641"'
            || ',' || E'"\\ua642":"\\ua643","\\ua644":"\\ua645","\\ua646":"\\ua647","\\ua648":"\\ua649"'
            || ',' || E'"\\ua64a":"\\ua64b","\\ua64c":"\\ua64d","\\ua64e":"\\ua64f","\\ua650":"\\ua651"'
            || ',' || E'"\\ua652":"\\ua653","\\ua654":"\\ua655","\\ua656":"\\ua657","\\ua658":"\\ua659"'
            || ',' || E'"\\ua65a":"\\ua65b","\\ua65c":"\\ua65d","\\ua65e":"\\ua65f","\\ua660":"\\ua661"'
            || ',' || E'"\\ua662":"\\ua663","\\ua664":"\\ua665","\\ua666":"\\ua667","\\ua668":"\\ua669"'
            || ',' || E'"\\ua66a":"\\ua66b","\\ua66c":"\\ua66d","\\ua680":"\\ua681","\\ua682":"\\ua683"'
            || ',' || E'"\\ua684":"\\ua685","\\ua686":"\\ua687","\\ua688":"\\ua689","\\ua68a":"\\ua68b"'
            || ',' || E'"\\ua68c":"\\ua68d","\\ua68e":"\\ua68f","\\ua690":"\\ua691","\\ua692":"\\ua693"'
            || ',' || E'"\\ua694":"\\ua695","\\ua696":"\\ua697","\\ua698":"\\ua699","\\ua69a":"\\ua69b"'
            || ',' || E'"\\ua722":"\\ua723","\\ua724":"\\ua725","\\ua726":"\\ua727","\\ua728":"\\ua729"'
            || ',' || E'"\\ua72a":"\\ua72b","\\ua72c":"\\ua72d","\\ua72e":"\\ua72f","\\ua732":"\\ua733"'
            || ',' || E'"\\ua734":"\\ua735","\\ua736":"\\ua737","\\ua738":"\\ua739","\\ua73a":"\\ua73b"'
            || ',' || E'"\\ua73c":"\\ua73d","\\ua73e":"\\ua73f","\\ua740":"\\ua741","\\ua742":"\\ua743"'
            || ',' || E'"\\ua744":"\\ua745","\\ua746":"\\ua747","\\ua748":"\\ua749","\\ua74a":"\\ua74b"'
            || ',' || E'"\\ua74c":"\\ua74d","\\ua74e":"\\ua74f","\\ua750":"\\ua751","\\ua752":"\\ua753"'
            || ',' || E'"\\ua754":"\\ua755","\\ua756":"\\ua757","\\ua758":"\\ua759","\\ua75a":"\\ua75b"'
            || ',' || E'"\\ua75c":"\\ua75d","\\ua75e":"\\ua75f","\\ua760":"\\ua761","\\ua762":"\\ua763"'
            || ',' || E'"\\ua764":"\\ua765","\\ua766":"\\ua767","\\ua768":"\\ua769","\\ua76a":"\\ua76b"'
            || ',' || E'"\\ua76c":"\\ua76d","\\ua76e":"\\ua76f","\\ua779":"\\ua77a","\\ua77b":"\\ua77c"'
            || ',' || E'"\\ua77d":"\\u1d79","\\ua77e":"\\ua77f","\\ua780":"\\ua781","\\ua782":"\\ua783"'
            || ',' || E'"\\ua784":"\\ua785","\\ua786":"\\ua787","\\ua78b":"\\ua78c","\\ua78d":"\\u0265"'
            || ',' || E'"\\ua790":"\\ua791","\\ua792":"\\ua793","\\ua796":"\\ua797","\\ua798":"\\ua799"'
            || ',' || E'"\\ua79a":"\\ua79b","\\ua79c":"\\ua79d","\\ua79e":"\\ua79f","\\ua7a0":"\\ua7a1"'
            || ',' || E'"\\ua7a2":"\\ua7a3","\\ua7a4":"\\ua7a5","\\ua7a6":"\\ua7a7","\\ua7a8":"\\ua7a9"'
            || ',' || E'"\\ua7aa":"\\u0266","\\ua7ab":"\\u025c","\\ua7ac":"\\u0261","\\ua7ad":"\\u026c"'
            || ',' || E'"\\ua7ae":"\\u026a","\\ua7b0":"\\u029e","\\ua7b1":"\\u0287","\\ua7b2":"\\u029d"'
            || ',' || E'"\\ua7b3":"\\uab53","\\ua7b4":"\\ua7b5","\\ua7b6":"\\ua7b7","\\ua7b8":"\\ua7b9"'
            || ',' || E'"\\ua7ba":"\\ua7bb","\\ua7bc":"\\ua7bd","\\ua7be":"\\ua7bf","\\ua7c0":"\\ua7c1"'
            || ',' || E'"\\ua7c2":"\\ua7c3","\\ua7c4":"\\ua794","\\ua7c5":"\\u0282","\\ua7c6":"\\u1d8e"'
            || ',' || E'"\\ua7c7":"\\ua7c8","\\ua7c9":"\\ua7ca","\\ua7cb":"\\u0264","\\ua7cc":"\\ua7cd"'
            || ',' || E'"\\ua7ce":"\\ua7cf","\\ua7d0":"\\ua7d1","\\ua7d2":"\\ua7d3","\\ua7d4":"\\ua7d5"'
            || ',' || E'"\\ua7d6":"\\ua7d7","\\ua7d8":"\\ua7d9","\\ua7da":"\\ua7db","\\ua7dc":"\\u019b"'
            || ',' || E'"\\ua7f5":"\\ua7f6","\\uff21":"\\uff41","\\uff22":"\\uff42","\\uff23":"\\uff43"'
            || ',' || E'"\\uff24":"\\uff44","\\uff25":"\\uff45","\\uff26":"\\uff46","\\uff27":"\\uff47"'
            || ',' || E'"\\uff28":"\\uff48","\\uff29":"\\uff49","\\uff2a":"\\uff4a","\\uff2b":"\\uff4b"'
            || ',' || E'"\\uff2c":"\\uff4c","\\uff2d":"\\uff4d","\\uff2e":"\\uff4e","\\uff2f":"\\uff4f"'
            || ',' || E'"\\uff30":"\\uff50","\\uff31":"\\uff51","\\uff32":"\\uff52","\\uff33":"\\uff53"'
            || ',' || E'"\\uff34":"\\uff54","\\uff35":"\\uff55","\\uff36":"\\uff56","\\uff37":"\\uff57"'
            || ',' || E'"\\uff38":"\\uff58","\\uff39":"\\uff59","\\uff3a":"\\uff5a","\\ud801\\udc00":"\\ud801\\udc28"'
            || ',' || E'"\\ud801\\udc01":"\\ud801\\udc29","\\ud801\\udc02":"\\ud801\\udc2a","\\ud801\\udc03":"\\ud801\\udc2b","\\ud801\\udc04":"\\ud801\\udc2c"'
            || ',' || E'"\\ud801\\udc05":"\\ud801\\udc2d","\\ud801\\udc06":"\\ud801\\udc2e","\\ud801\\udc07":"\\ud801\\udc2f","\\ud801\\udc08":"\\ud801\\udc30"'
            || ',' || E'"\\ud801\\udc09":"\\ud801\\udc31","\\ud801\\udc0a":"\\ud801\\udc32","\\ud801\\udc0b":"\\ud801\\udc33","\\ud801\\udc0c":"\\ud801\\udc34"'
            || ',' || E'"\\ud801\\udc0d":"\\ud801\\udc35","\\ud801\\udc0e":"\\ud801\\udc36","\\ud801\\udc0f":"\\ud801\\udc37","\\ud801\\udc10":"\\ud801\\udc38"'
            || ',' || E'"\\ud801\\udc11":"\\ud801\\udc39","\\ud801\\udc12":"\\ud801\\udc3a","\\ud801\\udc13":"\\ud801\\udc3b","\\ud801\\udc14":"\\ud801\\udc3c"'
            || ',' || E'"\\ud801\\udc15":"\\ud801\\udc3d","\\ud801\\udc16":"\\ud801\\udc3e","\\ud801\\udc17":"\\ud801\\udc3f","\\ud801\\udc18":"\\ud801\\udc40"'
            || ',' || E'"\\ud801\\udc19":"\\ud801\\udc41","\\ud801\\udc1a":"\\ud801\\udc42","\\ud801\\udc1b":"\\ud801\\udc43","\\ud801\\udc1c":"\\ud801\\udc44"'
            || ',' || E'"\\ud801\\udc1d":"\\ud801\\udc45","\\ud801\\udc1e":"\\ud801\\udc46","\\ud801\\udc1f":"\\ud801\\udc47","\\ud801\\udc20":"\\ud801\\udc48"'
            || ',' || E'"\\ud801\\udc21":"\\ud801\\udc49","\\ud801\\udc22":"\\ud801\\udc4a","\\ud801\\udc23":"\\ud801\\udc4b","\\ud801\\udc24":"\\ud801\\udc4c"'
            || ',' || E'"\\ud801\\udc25":"\\ud801\\udc4d","\\ud801\\udc26":"\\ud801\\udc4e","\\ud801\\udc27":"\\ud801\\udc4f","\\ud801\\udcb0":"\\ud801\\udcd8"'
            || ',' || E'"\\ud801\\udcb1":"\\ud801\\udcd9","\\ud801\\udcb2":"\\ud801\\udcda","\\ud801\\udcb3":"\\ud801\\udcdb","\\ud801\\udcb4":"\\ud801\\udcdc"'
            || ',' || E'"\\ud801\\udcb5":"\\ud801\\udcdd","\\ud801\\udcb6":"\\ud801\\udcde","\\ud801\\udcb7":"\\ud801\\udcdf","\\ud801\\udcb8":"\\ud801\\udce0"'
            || ',' || E'"\\ud801\\udcb9":"\\ud801\\udce1","\\ud801\\udcba":"\\ud801\\udce2","\\ud801\\udcbb":"\\ud801\\udce3","\\ud801\\udcbc":"\\ud801\\udce4"'
            || ',' || E'"\\ud801\\udcbd":"\\ud801\\udce5","\\ud801\\udcbe":"\\ud801\\udce6","\\ud801\\udcbf":"\\ud801\\udce7","\\ud801\\udcc0":"\\ud801\\udce8"'
            || ',' || E'"\\ud801\\udcc1":"\\ud801\\udce9","\\ud801\\udcc2":"\\ud801\\udcea","\\ud801\\udcc3":"\\ud801\\udceb","\\ud801\\udcc4":"\\ud801\\udcec"'
            || ',' || E'"\\ud801\\udcc5":"\\ud801\\udced","\\ud801\\udcc6":"\\ud801\\udcee","\\ud801\\udcc7":"\\ud801\\udcef","\\ud801\\udcc8":"\\ud801\\udcf0"'
            || ',' || E'"\\ud801\\udcc9":"\\ud801\\udcf1","\\ud801\\udcca":"\\ud801\\udcf2","\\ud801\\udccb":"\\ud801\\udcf3","\\ud801\\udccc":"\\ud801\\udcf4"'
            || ',' || E'"\\ud801\\udccd":"\\ud801\\udcf5","\\ud801\\udcce":"\\ud801\\udcf6","\\ud801\\udccf":"\\ud801\\udcf7","\\ud801\\udcd0":"\\ud801\\udcf8"'
            || ',' || E'"\\ud801\\udcd1":"\\ud801\\udcf9","\\ud801\\udcd2":"\\ud801\\udcfa","\\ud801\\udcd3":"\\ud801\\udcfb","\\ud801\\udd70":"\\ud801\\udd97"'
            || ',' || E'"\\ud801\\udd71":"\\ud801\\udd98","\\ud801\\udd72":"\\ud801\\udd99","\\ud801\\udd73":"\\ud801\\udd9a","\\ud801\\udd74":"\\ud801\\udd9b"'
            || ',' || E'"\\ud801\\udd75":"\\ud801\\udd9c","\\ud801\\udd76":"\\ud801\\udd9d","\\ud801\\udd77":"\\ud801\\udd9e","\\ud801\\udd78":"\\ud801\\udd9f"'
            || ',' || E'"\\ud801\\udd79":"\\ud801\\udda0","\\ud801\\udd7a":"\\ud801\\udda1","\\ud801\\udd7c":"\\ud801\\udda3","\\ud801\\udd7d":"\\ud801\\udda4"'
            || ',' || E'"\\ud801\\udd7e":"\\ud801\\udda5","\\ud801\\udd7f":"\\ud801\\udda6","\\ud801\\udd80":"\\ud801\\udda7","\\ud801\\udd81":"\\ud801\\udda8"'
            || ',' || E'"\\ud801\\udd82":"\\ud801\\udda9","\\ud801\\udd83":"\\ud801\\uddaa","\\ud801\\udd84":"\\ud801\\uddab","\\ud801\\udd85":"\\ud801\\uddac"'
            || ',' || E'"\\ud801\\udd86":"\\ud801\\uddad","\\ud801\\udd87":"\\ud801\\uddae","\\ud801\\udd88":"\\ud801\\uddaf","\\ud801\\udd89":"\\ud801\\uddb0"'
            || ',' || E'"\\ud801\\udd8a":"\\ud801\\uddb1","\\ud801\\udd8c":"\\ud801\\uddb3","\\ud801\\udd8d":"\\ud801\\uddb4","\\ud801\\udd8e":"\\ud801\\uddb5"'
            || ',' || E'"\\ud801\\udd8f":"\\ud801\\uddb6","\\ud801\\udd90":"\\ud801\\uddb7","\\ud801\\udd91":"\\ud801\\uddb8","\\ud801\\udd92":"\\ud801\\uddb9"'
            || ',' || E'"\\ud801\\udd94":"\\ud801\\uddbb","\\ud801\\udd95":"\\ud801\\uddbc","\\ud803\\udc80":"\\ud803\\udcc0","\\ud803\\udc81":"\\ud803\\udcc1"'
            || ',' || E'"\\ud803\\udc82":"\\ud803\\udcc2","\\ud803\\udc83":"\\ud803\\udcc3","\\ud803\\udc84":"\\ud803\\udcc4","\\ud803\\udc85":"\\ud803\\udcc5"'
            || ',' || E'"\\ud803\\udc86":"\\ud803\\udcc6","\\ud803\\udc87":"\\ud803\\udcc7","\\ud803\\udc88":"\\ud803\\udcc8","\\ud803\\udc89":"\\ud803\\udcc9"'
            || ',' || E'"\\ud803\\udc8a":"\\ud803\\udcca","\\ud803\\udc8b":"\\ud803\\udccb","\\ud803\\udc8c":"\\ud803\\udccc","\\ud803\\udc8d":"\\ud803\\udccd"'
            || ',' || E'"\\ud803\\udc8e":"\\ud803\\udcce","\\ud803\\udc8f":"\\ud803\\udccf","\\ud803\\udc90":"\\ud803\\udcd0","\\ud803\\udc91":"\\ud803\\udcd1"'
            || ',' || E'"\\ud803\\udc92":"\\ud803\\udcd2","\\ud803\\udc93":"\\ud803\\udcd3","\\ud803\\udc94":"\\ud803\\udcd4","\\ud803\\udc95":"\\ud803\\udcd5"'
            || ',' || E'"\\ud803\\udc96":"\\ud803\\udcd6","\\ud803\\udc97":"\\ud803\\udcd7","\\ud803\\udc98":"\\ud803\\udcd8","\\ud803\\udc99":"\\ud803\\udcd9"'
            || ',' || E'"\\ud803\\udc9a":"\\ud803\\udcda","\\ud803\\udc9b":"\\ud803\\udcdb","\\ud803\\udc9c":"\\ud803\\udcdc","\\ud803\\udc9d":"\\ud803\\udcdd"'
            || ',' || E'"\\ud803\\udc9e":"\\ud803\\udcde","\\ud803\\udc9f":"\\ud803\\udcdf","\\ud803\\udca0":"\\ud803\\udce0","\\ud803\\udca1":"\\ud803\\udce1"'
            || ',' || E'"\\ud803\\udca2":"\\ud803\\udce2","\\ud803\\udca3":"\\ud803\\udce3","\\ud803\\udca4":"\\ud803\\udce4","\\ud803\\udca5":"\\ud803\\udce5"'
            || ',' || E'"\\ud803\\udca6":"\\ud803\\udce6","\\ud803\\udca7":"\\ud803\\udce7","\\ud803\\udca8":"\\ud803\\udce8","\\ud803\\udca9":"\\ud803\\udce9"'
            || ',' || E'"\\ud803\\udcaa":"\\ud803\\udcea","\\ud803\\udcab":"\\ud803\\udceb","\\ud803\\udcac":"\\ud803\\udcec","\\ud803\\udcad":"\\ud803\\udced"'
            || ',' || E'"\\ud803\\udcae":"\\ud803\\udcee","\\ud803\\udcaf":"\\ud803\\udcef","\\ud803\\udcb0":"\\ud803\\udcf0","\\ud803\\udcb1":"\\ud803\\udcf1"'
            || ',' || E'"\\ud803\\udcb2":"\\ud803\\udcf2","\\ud803\\udd50":"\\ud803\\udd70","\\ud803\\udd51":"\\ud803\\udd71","\\ud803\\udd52":"\\ud803\\udd72"'
            || ',' || E'"\\ud803\\udd53":"\\ud803\\udd73","\\ud803\\udd54":"\\ud803\\udd74","\\ud803\\udd55":"\\ud803\\udd75","\\ud803\\udd56":"\\ud803\\udd76"'
            || ',' || E'"\\ud803\\udd57":"\\ud803\\udd77","\\ud803\\udd58":"\\ud803\\udd78","\\ud803\\udd59":"\\ud803\\udd79","\\ud803\\udd5a":"\\ud803\\udd7a"'
            || ',' || E'"\\ud803\\udd5b":"\\ud803\\udd7b","\\ud803\\udd5c":"\\ud803\\udd7c","\\ud803\\udd5d":"\\ud803\\udd7d","\\ud803\\udd5e":"\\ud803\\udd7e"'
            || ',' || E'"\\ud803\\udd5f":"\\ud803\\udd7f","\\ud803\\udd60":"\\ud803\\udd80","\\ud803\\udd61":"\\ud803\\udd81","\\ud803\\udd62":"\\ud803\\udd82"'
            || ',' || E'"\\ud803\\udd63":"\\ud803\\udd83","\\ud803\\udd64":"\\ud803\\udd84","\\ud803\\udd65":"\\ud803\\udd85","\\ud806\\udca0":"\\ud806\\udcc0"'
            || ',' || E'"\\ud806\\udca1":"\\ud806\\udcc1","\\ud806\\udca2":"\\ud806\\udcc2","\\ud806\\udca3":"\\ud806\\udcc3","\\ud806\\udca4":"\\ud806\\udcc4"'
            || ',' || E'"\\ud806\\udca5":"\\ud806\\udcc5","\\ud806\\udca6":"\\ud806\\udcc6","\\ud806\\udca7":"\\ud806\\udcc7","\\ud806\\udca8":"\\ud806\\udcc8"'
            || ',' || E'"\\ud806\\udca9":"\\ud806\\udcc9","\\ud806\\udcaa":"\\ud806\\udcca","\\ud806\\udcab":"\\ud806\\udccb","\\ud806\\udcac":"\\ud806\\udccc"'
            || ',' || E'"\\ud806\\udcad":"\\ud806\\udccd","\\ud806\\udcae":"\\ud806\\udcce","\\ud806\\udcaf":"\\ud806\\udccf","\\ud806\\udcb0":"\\ud806\\udcd0"'
            || ',' || E'"\\ud806\\udcb1":"\\ud806\\udcd1","\\ud806\\udcb2":"\\ud806\\udcd2","\\ud806\\udcb3":"\\ud806\\udcd3","\\ud806\\udcb4":"\\ud806\\udcd4"'
            || ',' || E'"\\ud806\\udcb5":"\\ud806\\udcd5","\\ud806\\udcb6":"\\ud806\\udcd6","\\ud806\\udcb7":"\\ud806\\udcd7","\\ud806\\udcb8":"\\ud806\\udcd8"'
            || ',' || E'"\\ud806\\udcb9":"\\ud806\\udcd9","\\ud806\\udcba":"\\ud806\\udcda","\\ud806\\udcbb":"\\ud806\\udcdb","\\ud806\\udcbc":"\\ud806\\udcdc"'
            || ',' || E'"\\ud806\\udcbd":"\\ud806\\udcdd","\\ud806\\udcbe":"\\ud806\\udcde","\\ud806\\udcbf":"\\ud806\\udcdf","\\ud81b\\ude40":"\\ud81b\\ude60"'
            || ',' || E'"\\ud81b\\ude41":"\\ud81b\\ude61","\\ud81b\\ude42":"\\ud81b\\ude62","\\ud81b\\ude43":"\\ud81b\\ude63","\\ud81b\\ude44":"\\ud81b\\ude64"'
            || ',' || E'"\\ud81b\\ude45":"\\ud81b\\ude65","\\ud81b\\ude46":"\\ud81b\\ude66","\\ud81b\\ude47":"\\ud81b\\ude67","\\ud81b\\ude48":"\\ud81b\\ude68"'
            || ',' || E'"\\ud81b\\ude49":"\\ud81b\\ude69","\\ud81b\\ude4a":"\\ud81b\\ude6a","\\ud81b\\ude4b":"\\ud81b\\ude6b","\\ud81b\\ude4c":"\\ud81b\\ude6c"'
            || ',' || E'"\\ud81b\\ude4d":"\\ud81b\\ude6d","\\ud81b\\ude4e":"\\ud81b\\ude6e","\\ud81b\\ude4f":"\\ud81b\\ude6f","\\ud81b\\ude50":"\\ud81b\\ude70"'
            || ',' || E'"\\ud81b\\ude51":"\\ud81b\\ude71","\\ud81b\\ude52":"\\ud81b\\ude72","\\ud81b\\ude53":"\\ud81b\\ude73","\\ud81b\\ude54":"\\ud81b\\ude74"'
            || ',' || E'"\\ud81b\\ude55":"\\ud81b\\ude75","\\ud81b\\ude56":"\\ud81b\\ude76","\\ud81b\\ude57":"\\ud81b\\ude77","\\ud81b\\ude58":"\\ud81b\\ude78"'
            || ',' || E'"\\ud81b\\ude59":"\\ud81b\\ude79","\\ud81b\\ude5a":"\\ud81b\\ude7a","\\ud81b\\ude5b":"\\ud81b\\ude7b","\\ud81b\\ude5c":"\\ud81b\\ude7c"'
            || ',' || E'"\\ud81b\\ude5d":"\\ud81b\\ude7d","\\ud81b\\ude5e":"\\ud81b\\ude7e","\\ud81b\\ude5f":"\\ud81b\\ude7f","\\ud81b\\udea0":"\\ud81b\\udebb"'
            || ',' || E'"\\ud81b\\udea1":"\\ud81b\\udebc","\\ud81b\\udea2":"\\ud81b\\udebd","\\ud81b\\udea3":"\\ud81b\\udebe","\\ud81b\\udea4":"\\ud81b\\udebf"'
            || ',' || E'"\\ud81b\\udea5":"\\ud81b\\udec0","\\ud81b\\udea6":"\\ud81b\\udec1","\\ud81b\\udea7":"\\ud81b\\udec2","\\ud81b\\udea8":"\\ud81b\\udec3"'
            || ',' || E'"\\ud81b\\udea9":"\\ud81b\\udec4","\\ud81b\\udeaa":"\\ud81b\\udec5","\\ud81b\\udeab":"\\ud81b\\udec6","\\ud81b\\udeac":"\\ud81b\\udec7"'
            || ',' || E'"\\ud81b\\udead":"\\ud81b\\udec8","\\ud81b\\udeae":"\\ud81b\\udec9","\\ud81b\\udeaf":"\\ud81b\\udeca","\\ud81b\\udeb0":"\\ud81b\\udecb"'
            || ',' || E'"\\ud81b\\udeb1":"\\ud81b\\udecc","\\ud81b\\udeb2":"\\ud81b\\udecd","\\ud81b\\udeb3":"\\ud81b\\udece","\\ud81b\\udeb4":"\\ud81b\\udecf"'
            || ',' || E'"\\ud81b\\udeb5":"\\ud81b\\uded0","\\ud81b\\udeb6":"\\ud81b\\uded1","\\ud81b\\udeb7":"\\ud81b\\uded2","\\ud81b\\udeb8":"\\ud81b\\uded3"'
            || ',' || E'"\\ud83a\\udd00":"\\ud83a\\udd22","\\ud83a\\udd01":"\\ud83a\\udd23","\\ud83a\\udd02":"\\ud83a\\udd24","\\ud83a\\udd03":"\\ud83a\\udd25"'
            || ',' || E'"\\ud83a\\udd04":"\\ud83a\\udd26","\\ud83a\\udd05":"\\ud83a\\udd27","\\ud83a\\udd06":"\\ud83a\\udd28","\\ud83a\\udd07":"\\ud83a\\udd29"'
            || ',' || E'"\\ud83a\\udd08":"\\ud83a\\udd2a","\\ud83a\\udd09":"\\ud83a\\udd2b","\\ud83a\\udd0a":"\\ud83a\\udd2c","\\ud83a\\udd0b":"\\ud83a\\udd2d"'
            || ',' || E'"\\ud83a\\udd0c":"\\ud83a\\udd2e","\\ud83a\\udd0d":"\\ud83a\\udd2f","\\ud83a\\udd0e":"\\ud83a\\udd30","\\ud83a\\udd0f":"\\ud83a\\udd31"'
            || ',' || E'"\\ud83a\\udd10":"\\ud83a\\udd32","\\ud83a\\udd11":"\\ud83a\\udd33","\\ud83a\\udd12":"\\ud83a\\udd34","\\ud83a\\udd13":"\\ud83a\\udd35"'
            || ',' || E'"\\ud83a\\udd14":"\\ud83a\\udd36","\\ud83a\\udd15":"\\ud83a\\udd37","\\ud83a\\udd16":"\\ud83a\\udd38","\\ud83a\\udd17":"\\ud83a\\udd39"'
            || ',' || E'"\\ud83a\\udd18":"\\ud83a\\udd3a","\\ud83a\\udd19":"\\ud83a\\udd3b","\\ud83a\\udd1a":"\\ud83a\\udd3c","\\ud83a\\udd1b":"\\ud83a\\udd3d"'
            || ',' || E'"\\ud83a\\udd1c":"\\ud83a\\udd3e","\\ud83a\\udd1d":"\\ud83a\\udd3f","\\ud83a\\udd1e":"\\ud83a\\udd40","\\ud83a\\udd1f":"\\ud83a\\udd41"'
            || ',' || E'"\\ud83a\\udd20":"\\ud83a\\udd42","\\ud83a\\udd21":"\\ud83a\\udd43"'
            || '}'
            )::pg_catalog.jsonb OPERATOR(pg_catalog.->>) v_char);
    END LOOP;
    RETURN v_text;
END
$$;


--
-- Name: _unicode_nfkc(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._unicode_nfkc(p_text text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
DECLARE
    v_text text COLLATE pg_catalog."C" := p_text;
    v_char text;
BEGIN
    IF pg_catalog.octet_length(v_text) = pg_catalog.char_length(v_text) THEN
        RETURN v_text;  -- ASCII is always NFKC
    END IF;
    FOR v_char IN
        SELECT DISTINCT m.match[1]
          FROM pg_catalog.regexp_matches(v_text, (
            E'[\\u00A0\\u00A8\\u00AA\\u00AF\\u00B2-\\u00B5\\u00B8-\\u00BA'
            || E'\\u00BC-\\u00BE\\u0132-\\u0133\\u013F-\\u0140\\u0149\\u017F'
            || E'\\u01C4-\\u01CC\\u01F1-\\u01F3\\u02B0-\\u02B8\\u02D8-\\u02DD'
            || E'\\u02E0-\\u02E4\\u0340-\\u0341\\u0343-\\u0344\\u0374\\u037A'
            || E'\\u037E\\u0384-\\u0385\\u0387\\u03D0-\\u03D6\\u03F0-\\u03F2'
            || E'\\u03F4-\\u03F5\\u03F9\\u0558\\u0587\\u058B-\\u058C\\u0675-\\u0678'
            || E'\\u0958-\\u095F\\u09DC-\\u09DD\\u09DF\\u0A33\\u0A36\\u0A59-\\u0A5B'
            || E'\\u0A5E\\u0B5C-\\u0B5D\\u0E33\\u0EB3\\u0EDC-\\u0EDD\\u0F0C'
            || E'\\u0F43\\u0F4D\\u0F52\\u0F57\\u0F5C\\u0F69\\u0F73\\u0F75-\\u0F79'
            || E'\\u0F81\\u0F93\\u0F9D\\u0FA2\\u0FA7\\u0FAC\\u0FB9\\u10FC'
            || E'\\u1D2C-\\u1D2E\\u1D30-\\u1D3A\\u1D3C-\\u1D4D\\u1D4F-\\u1D6A'
            || E'\\u1D78\\u1D9B-\\u1DBF\\u1E9A-\\u1E9B\\u1F71\\u1F73\\u1F75'
            || E'\\u1F77\\u1F79\\u1F7B\\u1F7D\\u1FBB\\u1FBD-\\u1FC1\\u1FC9'
            || E'\\u1FCB\\u1FCD-\\u1FCF\\u1FD3\\u1FDB\\u1FDD-\\u1FDF\\u1FE3'
            || E'\\u1FEB\\u1FED-\\u1FEF\\u1FF9\\u1FFB\\u1FFD-\\u1FFE\\u2000-\\u200A'
            || E'\\u2011\\u2017\\u2024-\\u2026\\u202F\\u2033-\\u2034\\u2036-\\u2037'
            || E'\\u203C\\u203E\\u2047-\\u2049\\u2057\\u205F\\u2070-\\u2071'
            || E'\\u2074-\\u208E\\u2090-\\u209F\\u20A8\\u2100-\\u2103\\u2105-\\u2107'
            || E'\\u2109-\\u2113\\u2115-\\u2116\\u2119-\\u211D\\u2120-\\u2122'
            || E'\\u2124\\u2126\\u2128\\u212A-\\u212D\\u212F-\\u2131\\u2133-\\u2139'
            || E'\\u213B-\\u2140\\u2145-\\u2149\\u2150-\\u217F\\u2189\\u222C-\\u222D'
            || E'\\u222F-\\u2230\\u2329-\\u232A\\u2460-\\u24EA\\u2A0C\\u2A74-\\u2A76'
            || E'\\u2ADC\\u2C7C-\\u2C7D\\u2D6F\\u2E9F\\u2EF3\\u2F00-\\u2FD5'
            || E'\\u3000\\u3036\\u3038-\\u303A\\u309B-\\u309C\\u309F\\u30FF'
            || E'\\u3131-\\u318E\\u3192-\\u319F\\u3200-\\u321E\\u3220-\\u3247'
            || E'\\u3250-\\u327E\\u3280-\\u33FF\\uA69C-\\uA69D\\uA770\\uA7F1-\\uA7F4'
            || E'\\uA7F8-\\uA7F9\\uAB5C-\\uAB5F\\uAB69\\uF900-\\uFA0D\\uFA10'
            || E'\\uFA12\\uFA15-\\uFA1E\\uFA20\\uFA22\\uFA25-\\uFA26\\uFA2A-\\uFA6D'
            || E'\\uFA70-\\uFAD9\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFB1D\\uFB1F-\\uFB36'
            || E'\\uFB38-\\uFB3C\\uFB3E\\uFB40-\\uFB41\\uFB43-\\uFB44\\uFB46-\\uFBB1'
            || E'\\uFBD3-\\uFD3D\\uFD50-\\uFD8F\\uFD92-\\uFDC7\\uFDF0-\\uFDFC'
            || E'\\uFE10-\\uFE19\\uFE30-\\uFE44\\uFE47-\\uFE52\\uFE54-\\uFE66'
            || E'\\uFE68-\\uFE6B\\uFE70-\\uFE72\\uFE74\\uFE76-\\uFEFC\\uFF01-\\uFFBE'
            || E'\\uFFC2-\\uFFC7\\uFFCA-\\uFFCF\\uFFD2-\\uFFD7\\uFFDA-\\uFFDC'
            || E'\\uFFE0-\\uFFE6\\uFFE8-\\uFFEE\\U00010781-\\U00010785\\U00010787-\\U000107B0'
            || E'\\U000107B2-\\U000107BF\\U0001B123-\\U0001B126\\U0001CCD6-\\U0001CCF9\\U0001D15E-\\U0001D164'
            || E'\\U0001D1BB-\\U0001D1C0\\U0001D400-\\U0001D454\\U0001D456-\\U0001D49C\\U0001D49E-\\U0001D49F'
            || E'\\U0001D4A2\\U0001D4A5-\\U0001D4A6\\U0001D4A9-\\U0001D4AC\\U0001D4AE-\\U0001D4B9\\U0001D4BB'
            || E'\\U0001D4BD-\\U0001D4C3\\U0001D4C5-\\U0001D505\\U0001D507-\\U0001D50A\\U0001D50D-\\U0001D514'
            || E'\\U0001D516-\\U0001D51C\\U0001D51E-\\U0001D539\\U0001D53B-\\U0001D53E\\U0001D540-\\U0001D544'
            || E'\\U0001D546\\U0001D54A-\\U0001D550\\U0001D552-\\U0001D6A6\\U0001D6A8-\\U0001D7CB\\U0001D7CE-\\U0001D7FF'
            || E'\\U0001DF95\\U0001DFCD-\\U0001DFFF\\U0001E030-\\U0001E06D\\U0001EE00-\\U0001EE03\\U0001EE05-\\U0001EE1F'
            || E'\\U0001EE21-\\U0001EE22\\U0001EE24\\U0001EE27\\U0001EE29-\\U0001EE32\\U0001EE34-\\U0001EE37'
            || E'\\U0001EE39\\U0001EE3B\\U0001EE42\\U0001EE47\\U0001EE49\\U0001EE4B\\U0001EE4D-\\U0001EE4F'
            || E'\\U0001EE51-\\U0001EE52\\U0001EE54\\U0001EE57\\U0001EE59\\U0001EE5B\\U0001EE5D\\U0001EE5F'
            || E'\\U0001EE61-\\U0001EE62\\U0001EE64\\U0001EE67-\\U0001EE6A\\U0001EE6C-\\U0001EE72\\U0001EE74-\\U0001EE77'
            || E'\\U0001EE79-\\U0001EE7C\\U0001EE7E\\U0001EE80-\\U0001EE89\\U0001EE8B-\\U0001EE9B\\U0001EEA1-\\U0001EEA3'
            || E'\\U0001EEA5-\\U0001EEA9\\U0001EEAB-\\U0001EEBB\\U0001F100-\\U0001F10A\\U0001F110-\\U0001F12E'
            || E'\\U0001F130-\\U0001F14F\\U0001F16A-\\U0001F16C\\U0001F190\\U0001F200-\\U0001F202\\U0001F210-\\U0001F23B'
            || E'\\U0001F240-\\U0001F248\\U0001F250-\\U0001F251\\U0001FBF0-\\U0001FBF9\\U0002F800-\\U0002FA1D]'
          ), 'g') AS m(match)
    LOOP
        v_text := pg_catalog.replace(v_text, v_char, (
            '{' ||
            E'"\\u00a0":"\\u0020","\\u00a8":"\\u0020\\u0308","\\u00aa":"\\u0061","\\u00af":"\\u0020\\u0304"'
            || ',' || E'"\\u00b2":"\\u0032","\\u00b3":"\\u0033","\\u00b4":"\\u0020\\u0301","\\u00b5":"\\u03bc"'
            || ',' || E'"\\u00b8":"\\u0020\\u0327","\\u00b9":"\\u0031","\\u00ba":"\\u006f","\\u00bc":"\\u0031\\u2044\\u0034"'
            || ',' || E'"\\u00bd":"\\u0031\\u2044\\u0032","\\u00be":"\\u0033\\u2044\\u0034","\\u0132":"\\u0049\\u004a","\\u0133":"\\u0069\\u006a"'
            || ',' || E'"\\u013f":"\\u004c\\u00b7","\\u0140":"\\u006c\\u00b7","\\u0149":"\\u02bc\\u006e","\\u017f":"\\u0073"'
            || ',' || E'"\\u01c4":"\\u0044\\u017d","\\u01c5":"\\u0044\\u017e","\\u01c6":"\\u0064\\u017e","\\u01c7":"\\u004c\\u004a"'
            || ',' || E'"\\u01c8":"\\u004c\\u006a","\\u01c9":"\\u006c\\u006a","\\u01ca":"\\u004e\\u004a","\\u01cb":"\\u004e\\u006a"'
            || ',' || E'"\\u01cc":"\\u006e\\u006a","\\u01f1":"\\u0044\\u005a","\\u01f2":"\\u0044\\u007a","\\u01f3":"\\u0064\\u007a"'
            || ',' || E'"\\u02b0":"\\u0068","\\u02b1":"\\u0266","\\u02b2":"\\u006a","\\u02b3":"\\u0072"'
            || ',' || E'"\\u02b4":"\\u0279","\\u02b5":"\\u027b","\\u02b6":"\\u0281","\\u02b7":"\\u0077"'
            || ',' || E'"\\u02b8":"\\u0079","\\u02d8":"\\u0020\\u0306","\\u02d9":"\\u0020\\u0307","\\u02da":"\\u0020\\u030a"'
            || ',' || E'"\\u02db":"\\u0020\\u0328","\\u02dc":"\\u0020\\u0303","\\u02dd":"\\u0020\\u030b","\\u02e0":"\\u0263"'
            || ',' || E'"\\u02e1":"\\u006c","\\u02e2":"\\u0073","\\u02e3":"\\u0078","\\u02e4":"\\u0295"'
            || ',' || E'"\\u0340":"\\u0300","\\u0341":"\\u0301","\\u0343":"\\u0313","\\u0344":"\\u0308\\u0301"'
            || ',' || E'"\\u0374":"\\u02b9","\\u037a":"\\u0020\\u0345","\\u037e":"\\u003b","\\u0384":"\\u0020\\u0301"'
            || ',' || E'"\\u0385":"\\u0020\\u0308\\u0301","\\u0387":"\\u00b7","\\u03d0":"\\u03b2","\\u03d1":"\\u03b8"'
            || ',' || E'"\\u03d2":"\\u03a5","\\u03d3":"\\u038e","\\u03d4":"\\u03ab","\\u03d5":"\\u03c6"'
            || ',' || E'"\\u03d6":"\\u03c0","\\u03f0":"\\u03ba","\\u03f1":"\\u03c1","\\u03f2":"\\u03c2"'
            || ',' || E'"\\u03f4":"\\u0398","\\u03f5":"\\u03b5","\\u03f9":"\\u03a3","\\u0558":"\\u0567"'
            || ',' || E'"\\u0587":"\\u0565\\u0582","\\u058b":"\\u056b","\\u058c":"\\u0575","\\u0675":"\\u0627\\u0674"'
            || ',' || E'"\\u0676":"\\u0648\\u0674","\\u0677":"\\u06c7\\u0674","\\u0678":"\\u064a\\u0674","\\u0958":"\\u0915\\u093c"'
            || ',' || E'"\\u0959":"\\u0916\\u093c","\\u095a":"\\u0917\\u093c","\\u095b":"\\u091c\\u093c","\\u095c":"\\u0921\\u093c"'
            || ',' || E'"\\u095d":"\\u0922\\u093c","\\u095e":"\\u092b\\u093c","\\u095f":"\\u092f\\u093c","\\u09dc":"\\u09a1\\u09bc"'
            || ',' || E'"\\u09dd":"\\u09a2\\u09bc","\\u09df":"\\u09af\\u09bc","\\u0a33":"\\u0a32\\u0a3c","\\u0a36":"\\u0a38\\u0a3c"'
            || ',' || E'"\\u0a59":"\\u0a16\\u0a3c","\\u0a5a":"\\u0a17\\u0a3c","\\u0a5b":"\\u0a1c\\u0a3c","\\u0a5e":"\\u0a2b\\u0a3c"'
            || ',' || E'"\\u0b5c":"\\u0b21\\u0b3c","\\u0b5d":"\\u0b22\\u0b3c","\\u0e33":"\\u0e4d\\u0e32","\\u0eb3":"\\u0ecd\\u0eb2"'
            || ',' || E'"\\u0edc":"\\u0eab\\u0e99","\\u0edd":"\\u0eab\\u0ea1","\\u0f0c":"\\u0f0b","\\u0f43":"\\u0f42\\u0fb7"'
            || ',' || E'"\\u0f4d":"\\u0f4c\\u0fb7","\\u0f52":"\\u0f51\\u0fb7","\\u0f57":"\\u0f56\\u0fb7","\\u0f5c":"\\u0f5b\\u0fb7"'
            || ',' || E'"\\u0f69":"\\u0f40\\u0fb5","\\u0f73":"\\u0f71\\u0f72","\\u0f75":"\\u0f71\\u0f74","\\u0f76":"\\u0fb2\\u0f80"'
            || ',' || E'"\\u0f77":"\\u0fb2\\u0f71\\u0f80","\\u0f78":"\\u0fb3\\u0f80","\\u0f79":"\\u0fb3\\u0f71\\u0f80","\\u0f81":"\\u0f71\\u0f80"'
            || ',' || E'"\\u0f93":"\\u0f92\\u0fb7","\\u0f9d":"\\u0f9c\\u0fb7","\\u0fa2":"\\u0fa1\\u0fb7","\\u0fa7":"\\u0fa6\\u0fb7"'
            || ',' || E'"\\u0fac":"\\u0fab\\u0fb7","\\u0fb9":"\\u0f90\\u0fb5","\\u10fc":"\\u10dc","\\u1d2c":"\\u0041"'
            || ',' || E'"\\u1d2d":"\\u00c6","\\u1d2e":"\\u0042","\\u1d30":"\\u0044","\\u1d31":"\\u0045"'
            || ',' || E'"\\u1d32":"\\u018e","\\u1d33":"\\u0047","\\u1d34":"\\u0048","\\u1d35":"\\u0049"'
            || ',' || E'"\\u1d36":"\\u004a","\\u1d37":"\\u004b","\\u1d38":"\\u004c","\\u1d39":"\\u004d"'
            || ',' || E'"\\u1d3a":"\\u004e","\\u1d3c":"\\u004f","\\u1d3d":"\\u0222","\\u1d3e":"\\u0050"'
            || ',' || E'"\\u1d3f":"\\u0052","\\u1d40":"\\u0054","\\u1d41":"\\u0055","\\u1d42":"\\u0057"'
            || ',' || E'"\\u1d43":"\\u0061","\\u1d44":"\\u0250","\\u1d45":"\\u0251","\\u1d46":"\\u1d02"'
            || ',' || E'"\\u1d47":"\\u0062","\\u1d48":"\\u0064","\\u1d49":"\\u0065","\\u1d4a":"\\u0259"'
            || ',' || E'"\\u1d4b":"\\u025b","\\u1d4c":"\\u025c","\\u1d4d":"\\u0067","\\u1d4f":"\\u006b"'
            || ',' || E'"\\u1d50":"\\u006d","\\u1d51":"\\u014b","\\u1d52":"\\u006f","\\u1d53":"\\u0254"'
            || ',' || E'"\\u1d54":"\\u1d16","\\u1d55":"\\u1d17","\\u1d56":"\\u0070","\\u1d57":"\\u0074"'
            || ',' || E'"\\u1d58":"\\u0075","\\u1d59":"\\u1d1d","\\u1d5a":"\\u026f","\\u1d5b":"\\u0076"'
            || ',' || E'"\\u1d5c":"\\u1d25","\\u1d5d":"\\u03b2","\\u1d5e":"\\u03b3","\\u1d5f":"\\u03b4"'
            || ',' || E'"\\u1d60":"\\u03c6","\\u1d61":"\\u03c7","\\u1d62":"\\u0069","\\u1d63":"\\u0072"'
            || ',' || E'"\\u1d64":"\\u0075","\\u1d65":"\\u0076","\\u1d66":"\\u03b2","\\u1d67":"\\u03b3"'
            || ',' || E'"\\u1d68":"\\u03c1","\\u1d69":"\\u03c6","\\u1d6a":"\\u03c7","\\u1d78":"\\u043d"'
            || ',' || E'"\\u1d9b":"\\u0252","\\u1d9c":"\\u0063","\\u1d9d":"\\u0255","\\u1d9e":"\\u00f0"'
            || ',' || E'"\\u1d9f":"\\u025c","\\u1da0":"\\u0066","\\u1da1":"\\u025f","\\u1da2":"\\u0261"'
            || ',' || E'"\\u1da3":"\\u0265","\\u1da4":"\\u0268","\\u1da5":"\\u0269","\\u1da6":"\\u026a"'
            || ',' || E'"\\u1da7":"\\u1d7b","\\u1da8":"\\u029d","\\u1da9":"\\u026d","\\u1daa":"\\u1d85"'
            || ',' || E'"\\u1dab":"\\u029f","\\u1dac":"\\u0271","\\u1dad":"\\u0270","\\u1dae":"\\u0272"'
            || ',' || E'"\\u1daf":"\\u0273","\\u1db0":"\\u0274","\\u1db1":"\\u0275","\\u1db2":"\\u0278"'
            || ',' || E'"\\u1db3":"\\u0282","\\u1db4":"\\u0283","\\u1db5":"\\u01ab","\\u1db6":"\\u0289"'
            || ',' || E'"\\u1db7":"\\u028a","\\u1db8":"\\u1d1c","\\u1db9":"\\u028b","\\u1dba":"\\u028c"'
            || ',' || E'"\\u1dbb":"\\u007a","\\u1dbc":"\\u0290","\\u1dbd":"\\u0291","\\u1dbe":"\\u0292"'
            || ',' || E'"\\u1dbf":"\\u03b8","\\u1e9a":"\\u0061\\u02be","\\u1e9b":"\\u1e61","\\u1f71":"\\u03ac"'
            || ',' || E'"\\u1f73":"\\u03ad","\\u1f75":"\\u03ae","\\u1f77":"\\u03af","\\u1f79":"\\u03cc"'
            || ',' || E'"\\u1f7b":"\\u03cd","\\u1f7d":"\\u03ce","\\u1fbb":"\\u0386","\\u1fbd":"\\u0020\\u0313"'
            || ',' || E'"\\u1fbe":"\\u03b9","\\u1fbf":"\\u0020\\u0313","\\u1fc0":"\\u0020\\u0342","\\u1fc1":"\\u0020\\u0308\\u0342"'
            || ',' || E'"\\u1fc9":"\\u0388","\\u1fcb":"\\u0389","\\u1fcd":"\\u0020\\u0313\\u0300","\\u1fce":"\\u0020\\u0313\\u0301"'
            || ',' || E'"\\u1fcf":"\\u0020\\u0313\\u0342","\\u1fd3":"\\u0390","\\u1fdb":"\\u038a","\\u1fdd":"\\u0020\\u0314\\u0300"'
            || ',' || E'"\\u1fde":"\\u0020\\u0314\\u0301","\\u1fdf":"\\u0020\\u0314\\u0342","\\u1fe3":"\\u03b0","\\u1feb":"\\u038e"'
            || ',' || E'"\\u1fed":"\\u0020\\u0308\\u0300","\\u1fee":"\\u0020\\u0308\\u0301","\\u1fef":"\\u0060","\\u1ff9":"\\u038c"'
            || ',' || E'"\\u1ffb":"\\u038f","\\u1ffd":"\\u0020\\u0301","\\u1ffe":"\\u0020\\u0314","\\u2000":"\\u0020"'
            || ',' || E'"\\u2001":"\\u0020","\\u2002":"\\u0020","\\u2003":"\\u0020","\\u2004":"\\u0020"'
            || ',' || E'"\\u2005":"\\u0020","\\u2006":"\\u0020","\\u2007":"\\u0020","\\u2008":"\\u0020"'
            || ',' || E'"\\u2009":"\\u0020","\\u200a":"\\u0020","\\u2011":"\\u2010","\\u2017":"\\u0020\\u0333"'
            || ',' || E'"\\u2024":"\\u002e","\\u2025":"\\u002e\\u002e","\\u2026":"\\u002e\\u002e\\u002e","\\u202f":"\\u0020"'
            || ',' || E'"\\u2033":"\\u2032\\u2032","\\u2034":"\\u2032\\u2032\\u2032","\\u2036":"\\u2035\\u2035","\\u2037":"\\u2035\\u2035\\u2035"'
            || ',' || E'"\\u203c":"\\u0021\\u0021","\\u203e":"\\u0020\\u0305","\\u2047":"\\u003f\\u003f","\\u2048":"\\u003f\\u0021"'
            || ',' || E'"\\u2049":"\\u0021\\u003f","\\u2057":"\\u2032\\u2032\\u2032\\u2032","\\u205f":"\\u0020","\\u2070":"\\u0030"'
            || ',' || E'"\\u2071":"\\u0069","\\u2074":"\\u0034","\\u2075":"\\u0035","\\u2076":"\\u0036"'
            || ',' || E'"\\u2077":"\\u0037","\\u2078":"\\u0038","\\u2079":"\\u0039","\\u207a":"\\u002b"'
            || ',' || E'"\\u207b":"\\u2212","\\u207c":"\\u003d","\\u207d":"\\u0028","\\u207e":"\\u0029"'
            || ',' || E'"\\u207f":"\\u006e","\\u2080":"\\u0030","\\u2081":"\\u0031","\\u2082":"\\u0032"'
            || ',' || E'"\\u2083":"\\u0033","\\u2084":"\\u0034","\\u2085":"\\u0035","\\u2086":"\\u0036"'
            || ',' || E'"\\u2087":"\\u0037","\\u2088":"\\u0038","\\u2089":"\\u0039","\\u208a":"\\u002b"'
            || ',' || E'"\\u208b":"\\u2212","\\u208c":"\\u003d","\\u208d":"\\u0028","\\u208e":"\\u0029"'
            || ',' || E'"\\u2090":"\\u0061","\\u2091":"\\u0065","\\u2092":"\\u006f","\\u2093":"\\u0078"'
            || ',' || E'"\\u2094":"\\u0259","\\u2095":"\\u0068","\\u2096":"\\u006b","\\u2097":"\\u006c"'
            || ',' || E'"\\u2098":"\\u006d","\\u2099":"\\u006e","\\u209a":"\\u0070","\\u209b":"\\u0073"'
            || ',' || E'"\\u209c":"\\u0074","\\u209d":"\\u0077","\\u209e":"\\u0079","\\u209f":"\\u007a"'
            || ',' || E'"\\u20a8":"\\u0052\\u0073","\\u2100":"\\u0061\\u002f\\u0063","\\u2101":"\\u0061\\u002f\\u0073","\\u2102":"\\u0043"'
            || ',' || E'"\\u2103":"\\u00b0\\u0043","\\u2105":"\\u0063\\u002f\\u006f","\\u2106":"\\u0063\\u002f\\u0075","\\u2107":"\\u0190"'
            || ',' || E'"\\u2109":"\\u00b0\\u0046","\\u210a":"\\u0067","\\u210b":"\\u0048","\\u210c":"\\u0048"'
            || ',' || E'"\\u210d":"\\u0048","\\u210e":"\\u0068","\\u210f":"\\u0127","\\u2110":"\\u0049"'
            || ',' || E'"\\u2111":"\\u0049","\\u2112":"\\u004c","\\u2113":"\\u006c","\\u2115":"\\u004e"'
            || ',' || E'"\\u2116":"\\u004e\\u006f","\\u2119":"\\u0050","\\u211a":"\\u0051","\\u211b":"\\u0052"'
            || ',' || E'"\\u211c":"\\u0052","\\u211d":"\\u0052","\\u2120":"\\u0053\\u004d","\\u2121":"\\u0054\\u0045\\u004c"'
            || ',' || E'"\\u2122":"\\u0054\\u004d","\\u2124":"\\u005a","\\u2126":"\\u03a9","\\u2128":"\\u005a"'
            || ',' || E'"\\u212a":"\\u004b","\\u212b":"\\u00c5","\\u212c":"\\u0042","\\u212d":"\\u0043"'
            || ',' || E'"\\u212f":"\\u0065","\\u2130":"\\u0045","\\u2131":"\\u0046","\\u2133":"\\u004d"'
            || ',' || E'"\\u2134":"\\u006f","\\u2135":"\\u05d0","\\u2136":"\\u05d1","\\u2137":"\\u05d2"'
            || ',' || E'"\\u2138":"\\u05d3","\\u2139":"\\u0069","\\u213b":"\\u0046\\u0041\\u0058","\\u213c":"\\u03c0"'
            || ',' || E'"\\u213d":"\\u03b3","\\u213e":"\\u0393","\\u213f":"\\u03a0","\\u2140":"\\u2211"'
            || ',' || E'"\\u2145":"\\u0044","\\u2146":"\\u0064","\\u2147":"\\u0065","\\u2148":"\\u0069"'
            || ',' || E'"\\u2149":"\\u006a","\\u2150":"\\u0031\\u2044\\u0037","\\u2151":"\\u0031\\u2044\\u0039","\\u2152":"\\u0031\\u2044\\u0031\\u0030"'
            || ',' || E'"\\u2153":"\\u0031\\u2044\\u0033","\\u2154":"\\u0032\\u2044\\u0033","\\u2155":"\\u0031\\u2044\\u0035","\\u2156":"\\u0032\\u2044\\u0035"'
            || ',' || E'"\\u2157":"\\u0033\\u2044\\u0035","\\u2158":"\\u0034\\u2044\\u0035","\\u2159":"\\u0031\\u2044\\u0036","\\u215a":"\\u0035\\u2044\\u0036"'
            || ',' || E'"\\u215b":"\\u0031\\u2044\\u0038","\\u215c":"\\u0033\\u2044\\u0038","\\u215d":"\\u0035\\u2044\\u0038","\\u215e":"\\u0037\\u2044\\u0038"'
            || ',' || E'"\\u215f":"\\u0031\\u2044","\\u2160":"\\u0049","\\u2161":"\\u0049\\u0049","\\u2162":"\\u0049\\u0049\\u0049"'
            || ',' || E'"\\u2163":"\\u0049\\u0056","\\u2164":"\\u0056","\\u2165":"\\u0056\\u0049","\\u2166":"\\u0056\\u0049\\u0049"'
            || ',' || E'"\\u2167":"\\u0056\\u0049\\u0049\\u0049","\\u2168":"\\u0049\\u0058","\\u2169":"\\u0058","\\u216a":"\\u0058\\u0049"'
            || ',' || E'"\\u216b":"\\u0058\\u0049\\u0049","\\u216c":"\\u004c","\\u216d":"\\u0043","\\u216e":"\\u0044"'
            || ',' || E'"\\u216f":"\\u004d","\\u2170":"\\u0069","\\u2171":"\\u0069\\u0069","\\u2172":"\\u0069\\u0069\\u0069"'
            || ',' || E'"\\u2173":"\\u0069\\u0076","\\u2174":"\\u0076","\\u2175":"\\u0076\\u0069","\\u2176":"\\u0076\\u0069\\u0069"'
            || ',' || E'"\\u2177":"\\u0076\\u0069\\u0069\\u0069","\\u2178":"\\u0069\\u0078","\\u2179":"\\u0078","\\u217a":"\\u0078\\u0069"'
            || ',' || E'"\\u217b":"\\u0078\\u0069\\u0069","\\u217c":"\\u006c","\\u217d":"\\u0063","\\u217e":"\\u0064"'
            || ',' || E'"\\u217f":"\\u006d","\\u2189":"\\u0030\\u2044\\u0033","\\u222c":"\\u222b\\u222b","\\u222d":"\\u222b\\u222b\\u222b"'
            || ',' || E'"\\u222f":"\\u222e\\u222e","\\u2230":"\\u222e\\u222e\\u222e","\\u2329":"\\u3008","\\u232a":"\\u3009"'
            || ',' || E'"\\u2460":"\\u0031","\\u2461":"\\u0032","\\u2462":"\\u0033","\\u2463":"\\u0034"'
            || ',' || E'"\\u2464":"\\u0035","\\u2465":"\\u0036","\\u2466":"\\u0037","\\u2467":"\\u0038"'
            || ',' || E'"\\u2468":"\\u0039","\\u2469":"\\u0031\\u0030","\\u246a":"\\u0031\\u0031","\\u246b":"\\u0031\\u0032"'
            || ',' || E'"\\u246c":"\\u0031\\u0033","\\u246d":"\\u0031\\u0034","\\u246e":"\\u0031\\u0035","\\u246f":"\\u0031\\u0036"'
            || ',' || E'"\\u2470":"\\u0031\\u0037","\\u2471":"\\u0031\\u0038","\\u2472":"\\u0031\\u0039","\\u2473":"\\u0032\\u0030"'
            || ',' || E'"\\u2474":"\\u0028\\u0031\\u0029","\\u2475":"\\u0028\\u0032\\u0029","\\u2476":"\\u0028\\u0033\\u0029","\\u2477":"\\u0028\\u0034\\u0029"'
            || ',' || E'"\\u2478":"\\u0028\\u0035\\u0029","\\u2479":"\\u0028\\u0036\\u0029","\\u247a":"\\u0028\\u0037\\u0029","\\u247b":"\\u0028\\u0038\\u0029"'
            || ',' || E'"\\u247c":"\\u0028\\u0039\\u0029","\\u247d":"\\u0028\\u0031\\u0030\\u0029","\\u247e":"\\u0028\\u0031\\u0031\\u0029","\\u247f":"\\u0028\\u0031\\u0032\\u0029"'
            || ',' || E'"\\u2480":"\\u0028\\u0031\\u0033\\u0029","\\u2481":"\\u0028\\u0031\\u0034\\u0029","\\u2482":"\\u0028\\u0031\\u0035\\u0029","\\u2483":"\\u0028\\u0031\\u0036\\u0029"'
            || ',' || E'"\\u2484":"\\u0028\\u0031\\u0037\\u0029","\\u2485":"\\u0028\\u0031\\u0038\\u0029","\\u2486":"\\u0028\\u0031\\u0039\\u0029","\\u2487":"\\u0028\\u0032\\u0030\\u0029"'
            || ',' || E'"\\u2488":"\\u0031\\u002e","\\u2489":"\\u0032\\u002e","\\u248a":"\\u0033\\u002e","\\u248b":"\\u0034\\u002e"'
            || ',' || E'"\\u248c":"\\u0035\\u002e","\\u248d":"\\u0036\\u002e","\\u248e":"\\u0037\\u002e","\\u248f":"\\u0038\\u002e"'
            || ',' || E'"\\u2490":"\\u0039\\u002e","\\u2491":"\\u0031\\u0030\\u002e","\\u2492":"\\u0031\\u0031\\u002e","\\u2493":"\\u0031\\u0032\\u002e"'
            || ',' || E'"\\u2494":"\\u0031\\u0033\\u002e","\\u2495":"\\u0031\\u0034\\u002e","\\u2496":"\\u0031\\u0035\\u002e","\\u2497":"\\u0031\\u0036\\u002e"'
            || ',' || E'"\\u2498":"\\u0031\\u0037\\u002e","\\u2499":"\\u0031\\u0038\\u002e","\\u249a":"\\u0031\\u0039\\u002e","\\u249b":"\\u0032\\u0030\\u002e"'
            || ',' || E'"\\u249c":"\\u0028\\u0061\\u0029","\\u249d":"\\u0028\\u0062\\u0029","\\u249e":"\\u0028\\u0063\\u0029","\\u249f":"\\u0028\\u0064\\u0029"'
            || ',' || E'"\\u24a0":"\\u0028\\u0065\\u0029","\\u24a1":"\\u0028\\u0066\\u0029","\\u24a2":"\\u0028\\u0067\\u0029","\\u24a3":"\\u0028\\u0068\\u0029"'
            || ',' || E'"\\u24a4":"\\u0028\\u0069\\u0029","\\u24a5":"\\u0028\\u006a\\u0029","\\u24a6":"\\u0028\\u006b\\u0029","\\u24a7":"\\u0028\\u006c\\u0029"'
            || ',' || E'"\\u24a8":"\\u0028\\u006d\\u0029","\\u24a9":"\\u0028\\u006e\\u0029","\\u24aa":"\\u0028\\u006f\\u0029","\\u24ab":"\\u0028\\u0070\\u0029"'
            || ',' || E'"\\u24ac":"\\u0028\\u0071\\u0029","\\u24ad":"\\u0028\\u0072\\u0029","\\u24ae":"\\u0028\\u0073\\u0029","\\u24af":"\\u0028\\u0074\\u0029"'
            || ',' || E'"\\u24b0":"\\u0028\\u0075\\u0029","\\u24b1":"\\u0028\\u0076\\u0029","\\u24b2":"\\u0028\\u0077\\u0029","\\u24b3":"\\u0028\\u0078\\u0029"'
            || ',' || E'"\\u24b4":"\\u0028\\u0079\\u0029","\\u24b5":"\\u0028\\u007a\\u0029","\\u24b6":"\\u0041","\\u24b7":"\\u0042"'
            || ',' || E'"\\u24b8":"\\u0043","\\u24b9":"\\u0044","\\u24ba":"\\u0045","\\u24bb":"\\u0046"'
            || ',' || E'"\\u24bc":"\\u0047","\\u24bd":"\\u0048","\\u24be":"\\u0049","\\u24bf":"\\u004a"'
            || ',' || E'"\\u24c0":"\\u004b","\\u24c1":"\\u004c","\\u24c2":"\\u004d","\\u24c3":"\\u004e"'
            || ',' || E'"\\u24c4":"\\u004f","\\u24c5":"\\u0050","\\u24c6":"\\u0051","\\u24c7":"\\u0052"'
            || ',' || E'"\\u24c8":"\\u0053","\\u24c9":"\\u0054","\\u24ca":"\\u0055","\\u24cb":"\\u0056"'
            || ',' || E'"\\u24cc":"\\u0057","\\u24cd":"\\u0058","\\u24ce":"\\u0059","\\u24cf":"\\u005a"'
            || ',' || E'"\\u24d0":"\\u0061","\\u24d1":"\\u0062","\\u24d2":"\\u0063","\\u24d3":"\\u0064"'
            || ',' || E'"\\u24d4":"\\u0065","\\u24d5":"\\u0066","\\u24d6":"\\u0067","\\u24d7":"\\u0068"'
            || ',' || E'"\\u24d8":"\\u0069","\\u24d9":"\\u006a","\\u24da":"\\u006b","\\u24db":"\\u006c"'
            || ',' || E'"\\u24dc":"\\u006d","\\u24dd":"\\u006e","\\u24de":"\\u006f","\\u24df":"\\u0070"'
            || ',' || E'"\\u24e0":"\\u0071","\\u24e1":"\\u0072","\\u24e2":"\\u0073","\\u24e3":"\\u0074"'
            || ',' || E'"\\u24e4":"\\u0075","\\u24e5":"\\u0076","\\u24e6":"\\u0077","\\u24e7":"\\u0078"'
            || ',' || E'"\\u24e8":"\\u0079","\\u24e9":"\\u007a","\\u24ea":"\\u0030","\\u2a0c":"\\u222b\\u222b\\u222b\\u222b"'
            || ',' || E'"\\u2a74":"\\u003a\\u003a\\u003d","\\u2a75":"\\u003d\\u003d","\\u2a76":"\\u003d\\u003d\\u003d","\\u2adc":"\\u2add\\u0338"'
            || ',' || E'"\\u2c7c":"\\u006a","\\u2c7d":"\\u0056","\\u2d6f":"\\u2d61","\\u2e9f":"\\u6bcd"'
            || ',' || E'"\\u2ef3":"\\u9f9f","\\u2f00":"\\u4e00","\\u2f01":"\\u4e28","\\u2f02":"\\u4e36"'
            || ',' || E'"\\u2f03":"\\u4e3f","\\u2f04":"\\u4e59","\\u2f05":"\\u4e85","\\u2f06":"\\u4e8c"'
            || ',' || E'"\\u2f07":"\\u4ea0","\\u2f08":"\\u4eba","\\u2f09":"\\u513f","\\u2f0a":"\\u5165"'
            || ',' || E'"\\u2f0b":"\\u516b","\\u2f0c":"\\u5182","\\u2f0d":"\\u5196","\\u2f0e":"\\u51ab"'
            || ',' || E'"\\u2f0f":"\\u51e0","\\u2f10":"\\u51f5","\\u2f11":"\\u5200","\\u2f12":"\\u529b"'
            || ',' || E'"\\u2f13":"\\u52f9","\\u2f14":"\\u5315","\\u2f15":"\\u531a","\\u2f16":"\\u5338"'
            || ',' || E'"\\u2f17":"\\u5341","\\u2f18":"\\u535c","\\u2f19":"\\u5369","\\u2f1a":"\\u5382"'
            || ',' || E'"\\u2f1b":"\\u53b6","\\u2f1c":"\\u53c8","\\u2f1d":"\\u53e3","\\u2f1e":"\\u56d7"'
            || ',' || E'"\\u2f1f":"\\u571f","\\u2f20":"\\u58eb","\\u2f21":"\\u5902","\\u2f22":"\\u590a"'
            || ',' || E'"\\u2f23":"\\u5915","\\u2f24":"\\u5927","\\u2f25":"\\u5973","\\u2f26":"\\u5b50"'
            || ',' || E'"\\u2f27":"\\u5b80","\\u2f28":"\\u5bf8","\\u2f29":"\\u5c0f","\\u2f2a":"\\u5c22"'
            || ',' || E'"\\u2f2b":"\\u5c38","\\u2f2c":"\\u5c6e","\\u2f2d":"\\u5c71","\\u2f2e":"\\u5ddb"'
            || ',' || E'"\\u2f2f":"\\u5de5","\\u2f30":"\\u5df1","\\u2f31":"\\u5dfe","\\u2f32":"\\u5e72"'
            || ',' || E'"\\u2f33":"\\u5e7a","\\u2f34":"\\u5e7f","\\u2f35":"\\u5ef4","\\u2f36":"\\u5efe"'
            || ',' || E'"\\u2f37":"\\u5f0b","\\u2f38":"\\u5f13","\\u2f39":"\\u5f50","\\u2f3a":"\\u5f61"'
            || ',' || E'"\\u2f3b":"\\u5f73","\\u2f3c":"\\u5fc3","\\u2f3d":"\\u6208","\\u2f3e":"\\u6236"'
            || ',' || E'"\\u2f3f":"\\u624b","\\u2f40":"\\u652f","\\u2f41":"\\u6534","\\u2f42":"\\u6587"'
            || ',' || E'"\\u2f43":"\\u6597","\\u2f44":"\\u65a4","\\u2f45":"\\u65b9","\\u2f46":"\\u65e0"'
            || ',' || E'"\\u2f47":"\\u65e5","\\u2f48":"\\u66f0","\\u2f49":"\\u6708","\\u2f4a":"\\u6728"'
            || ',' || E'"\\u2f4b":"\\u6b20","\\u2f4c":"\\u6b62","\\u2f4d":"\\u6b79","\\u2f4e":"\\u6bb3"'
            || ',' || E'"\\u2f4f":"\\u6bcb","\\u2f50":"\\u6bd4","\\u2f51":"\\u6bdb","\\u2f52":"\\u6c0f"'
            || ',' || E'"\\u2f53":"\\u6c14","\\u2f54":"\\u6c34","\\u2f55":"\\u706b","\\u2f56":"\\u722a"'
            || ',' || E'"\\u2f57":"\\u7236","\\u2f58":"\\u723b","\\u2f59":"\\u723f","\\u2f5a":"\\u7247"'
            || ',' || E'"\\u2f5b":"\\u7259","\\u2f5c":"\\u725b","\\u2f5d":"\\u72ac","\\u2f5e":"\\u7384"'
            || ',' || E'"\\u2f5f":"\\u7389","\\u2f60":"\\u74dc","\\u2f61":"\\u74e6","\\u2f62":"\\u7518"'
            || ',' || E'"\\u2f63":"\\u751f","\\u2f64":"\\u7528","\\u2f65":"\\u7530","\\u2f66":"\\u758b"'
            || ',' || E'"\\u2f67":"\\u7592","\\u2f68":"\\u7676","\\u2f69":"\\u767d","\\u2f6a":"\\u76ae"'
            || ',' || E'"\\u2f6b":"\\u76bf","\\u2f6c":"\\u76ee","\\u2f6d":"\\u77db","\\u2f6e":"\\u77e2"'
            || ',' || E'"\\u2f6f":"\\u77f3","\\u2f70":"\\u793a","\\u2f71":"\\u79b8","\\u2f72":"\\u79be"'
            || ',' || E'"\\u2f73":"\\u7a74","\\u2f74":"\\u7acb","\\u2f75":"\\u7af9","\\u2f76":"\\u7c73"'
            || ',' || E'"\\u2f77":"\\u7cf8","\\u2f78":"\\u7f36","\\u2f79":"\\u7f51","\\u2f7a":"\\u7f8a"'
            || ',' || E'"\\u2f7b":"\\u7fbd","\\u2f7c":"\\u8001","\\u2f7d":"\\u800c","\\u2f7e":"\\u8012"'
            || ',' || E'"\\u2f7f":"\\u8033","\\u2f80":"\\u807f","\\u2f81":"\\u8089","\\u2f82":"\\u81e3"'
            || ',' || E'"\\u2f83":"\\u81ea","\\u2f84":"\\u81f3","\\u2f85":"\\u81fc","\\u2f86":"\\u820c"'
            || ',' || E'"\\u2f87":"\\u821b","\\u2f88":"\\u821f","\\u2f89":"\\u826e","\\u2f8a":"\\u8272"'
            || ',' || E'"\\u2f8b":"\\u8278","\\u2f8c":"\\u864d","\\u2f8d":"\\u866b","\\u2f8e":"\\u8840"'
            || ',' || E'"\\u2f8f":"\\u884c","\\u2f90":"\\u8863","\\u2f91":"\\u897e","\\u2f92":"\\u898b"'
            || ',' || E'"\\u2f93":"\\u89d2","\\u2f94":"\\u8a00","\\u2f95":"\\u8c37","\\u2f96":"\\u8c46"'
            || ',' || E'"\\u2f97":"\\u8c55","\\u2f98":"\\u8c78","\\u2f99":"\\u8c9d","\\u2f9a":"\\u8d64"'
            || ',' || E'"\\u2f9b":"\\u8d70","\\u2f9c":"\\u8db3","\\u2f9d":"\\u8eab","\\u2f9e":"\\u8eca"'
            || ',' || E'"\\u2f9f":"\\u8f9b","\\u2fa0":"\\u8fb0","\\u2fa1":"\\u8fb5","\\u2fa2":"\\u9091"'
            || ',' || E'"\\u2fa3":"\\u9149","\\u2fa4":"\\u91c6","\\u2fa5":"\\u91cc","\\u2fa6":"\\u91d1"'
            || ',' || E'"\\u2fa7":"\\u9577","\\u2fa8":"\\u9580","\\u2fa9":"\\u961c","\\u2faa":"\\u96b6"'
            || ',' || E'"\\u2fab":"\\u96b9","\\u2fac":"\\u96e8","\\u2fad":"\\u9751","\\u2fae":"\\u975e"'
            || ',' || E'"\\u2faf":"\\u9762","\\u2fb0":"\\u9769","\\u2fb1":"\\u97cb","\\u2fb2":"\\u97ed"'
            || ',' || E'"\\u2fb3":"\\u97f3","\\u2fb4":"\\u9801","\\u2fb5":"\\u98a8","\\u2fb6":"\\u98db"'
            || ',' || E'"\\u2fb7":"\\u98df","\\u2fb8":"\\u9996","\\u2fb9":"\\u9999","\\u2fba":"\\u99ac"'
            || ',' || E'"\\u2fbb":"\\u9aa8","\\u2fbc":"\\u9ad8","\\u2fbd":"\\u9adf","\\u2fbe":"\\u9b25"'
            || ',' || E'"\\u2fbf":"\\u9b2f","\\u2fc0":"\\u9b32","\\u2fc1":"\\u9b3c","\\u2fc2":"\\u9b5a"'
            || ',' || E'"\\u2fc3":"\\u9ce5","\\u2fc4":"\\u9e75","\\u2fc5":"\\u9e7f","\\u2fc6":"\\u9ea5"'
            || ',' || E'"\\u2fc7":"\\u9ebb","\\u2fc8":"\\u9ec3","\\u2fc9":"\\u9ecd","\\u2fca":"\\u9ed1"'
            || ',' || E'"\\u2fcb":"\\u9ef9","\\u2fcc":"\\u9efd","\\u2fcd":"\\u9f0e","\\u2fce":"\\u9f13"'
            || ',' || E'"\\u2fcf":"\\u9f20","\\u2fd0":"\\u9f3b","\\u2fd1":"\\u9f4a","\\u2fd2":"\\u9f52"'
            || ',' || E'"\\u2fd3":"\\u9f8d","\\u2fd4":"\\u9f9c","\\u2fd5":"\\u9fa0","\\u3000":"\\u0020"'
            || ',' || E'"\\u3036":"\\u3012","\\u3038":"\\u5341","\\u3039":"\\u5344","\\u303a":"\\u5345"'
            || ',' || E'"\\u309b":"\\u0020\\u3099","\\u309c":"\\u0020\\u309a","\\u309f":"\\u3088\\u308a","\\u30ff":"\\u30b3\\u30c8"'
            || ',' || E'"\\u3131":"\\u1100","\\u3132":"\\u1101","\\u3133":"\\u11aa","\\u3134":"\\u1102"'
            || ',' || E'"\\u3135":"\\u11ac","\\u3136":"\\u11ad","\\u3137":"\\u1103","\\u3138":"\\u1104"'
            || ',' || E'"\\u3139":"\\u1105","\\u313a":"\\u11b0","\\u313b":"\\u11b1","\\u313c":"\\u11b2"'
            || ',' || E'"\\u313d":"\\u11b3","\\u313e":"\\u11b4","\\u313f":"\\u11b5","\\u3140":"\\u111a"'
            || ',' || E'"\\u3141":"\\u1106","\\u3142":"\\u1107","\\u3143":"\\u1108","\\u3144":"\\u1121"'
            || ',' || E'"\\u3145":"\\u1109","\\u3146":"\\u110a","\\u3147":"\\u110b","\\u3148":"\\u110c"'
            || ',' || E'"\\u3149":"\\u110d","\\u314a":"\\u110e","\\u314b":"\\u110f","\\u314c":"\\u1110"'
            || ',' || E'"\\u314d":"\\u1111","\\u314e":"\\u1112","\\u314f":"\\u1161","\\u3150":"\\u1162"'
            || ',' || E'"\\u3151":"\\u1163","\\u3152":"\\u1164","\\u3153":"\\u1165","\\u3154":"\\u1166"'
            || ',' || E'"\\u3155":"\\u1167","\\u3156":"\\u1168","\\u3157":"\\u1169","\\u3158":"\\u116a"'
            || ',' || E'"\\u3159":"\\u116b","\\u315a":"\\u116c","\\u315b":"\\u116d","\\u315c":"\\u116e"'
            || ',' || E'"\\u315d":"\\u116f","\\u315e":"\\u1170","\\u315f":"\\u1171","\\u3160":"\\u1172"'
            || ',' || E'"\\u3161":"\\u1173","\\u3162":"\\u1174","\\u3163":"\\u1175","\\u3164":"\\u1160"'
            || ',' || E'"\\u3165":"\\u1114","\\u3166":"\\u1115","\\u3167":"\\u11c7","\\u3168":"\\u11c8"'
            || ',' || E'"\\u3169":"\\u11cc","\\u316a":"\\u11ce","\\u316b":"\\u11d3","\\u316c":"\\u11d7"'
            || ',' || E'"\\u316d":"\\u11d9","\\u316e":"\\u111c","\\u316f":"\\u11dd","\\u3170":"\\u11df"'
            || ',' || E'"\\u3171":"\\u111d","\\u3172":"\\u111e","\\u3173":"\\u1120","\\u3174":"\\u1122"'
            || ',' || E'"\\u3175":"\\u1123","\\u3176":"\\u1127","\\u3177":"\\u1129","\\u3178":"\\u112b"'
            || ',' || E'"\\u3179":"\\u112c","\\u317a":"\\u112d","\\u317b":"\\u112e","\\u317c":"\\u112f"'
            || ',' || E'"\\u317d":"\\u1132","\\u317e":"\\u1136","\\u317f":"\\u1140","\\u3180":"\\u1147"'
            || ',' || E'"\\u3181":"\\u114c","\\u3182":"\\u11f1","\\u3183":"\\u11f2","\\u3184":"\\u1157"'
            || ',' || E'"\\u3185":"\\u1158","\\u3186":"\\u1159","\\u3187":"\\u1184","\\u3188":"\\u1185"'
            || ',' || E'"\\u3189":"\\u1188","\\u318a":"\\u1191","\\u318b":"\\u1192","\\u318c":"\\u1194"'
            || ',' || E'"\\u318d":"\\u119e","\\u318e":"\\u11a1","\\u3192":"\\u4e00","\\u3193":"\\u4e8c"'
            || ',' || E'"\\u3194":"\\u4e09","\\u3195":"\\u56db","\\u3196":"\\u4e0a","\\u3197":"\\u4e2d"'
            || ',' || E'"\\u3198":"\\u4e0b","\\u3199":"\\u7532","\\u319a":"\\u4e59","\\u319b":"\\u4e19"'
            || ',' || E'"\\u319c":"\\u4e01","\\u319d":"\\u5929","\\u319e":"\\u5730","\\u319f":"\\u4eba"'
            || ',' || E'"\\u3200":"\\u0028\\u1100\\u0029","\\u3201":"\\u0028\\u1102\\u0029","\\u3202":"\\u0028\\u1103\\u0029","\\u3203":"\\u0028\\u1105\\u0029"'
            || ',' || E'"\\u3204":"\\u0028\\u1106\\u0029","\\u3205":"\\u0028\\u1107\\u0029","\\u3206":"\\u0028\\u1109\\u0029","\\u3207":"\\u0028\\u110b\\u0029"'
            || ',' || E'"\\u3208":"\\u0028\\u110c\\u0029","\\u3209":"\\u0028\\u110e\\u0029","\\u320a":"\\u0028\\u110f\\u0029","\\u320b":"\\u0028\\u1110\\u0029"'
            || ',' || E'"\\u320c":"\\u0028\\u1111\\u0029","\\u320d":"\\u0028\\u1112\\u0029","\\u320e":"\\u0028\\uac00\\u0029","\\u320f":"\\u0028\\ub098\\u0029"'
            || ',' || E'"\\u3210":"\\u0028\\ub2e4\\u0029","\\u3211":"\\u0028\\ub77c\\u0029","\\u3212":"\\u0028\\ub9c8\\u0029","\\u3213":"\\u0028\\ubc14\\u0029"'
            || ',' || E'"\\u3214":"\\u0028\\uc0ac\\u0029","\\u3215":"\\u0028\\uc544\\u0029","\\u3216":"\\u0028\\uc790\\u0029","\\u3217":"\\u0028\\ucc28\\u0029"'
            || ',' || E'"\\u3218":"\\u0028\\uce74\\u0029","\\u3219":"\\u0028\\ud0c0\\u0029","\\u321a":"\\u0028\\ud30c\\u0029","\\u321b":"\\u0028\\ud558\\u0029"'
            || ',' || E'"\\u321c":"\\u0028\\uc8fc\\u0029","\\u321d":"\\u0028\\uc624\\uc804\\u0029","\\u321e":"\\u0028\\uc624\\ud6c4\\u0029","\\u3220":"\\u0028\\u4e00\\u0029"'
            || ',' || E'"\\u3221":"\\u0028\\u4e8c\\u0029","\\u3222":"\\u0028\\u4e09\\u0029","\\u3223":"\\u0028\\u56db\\u0029","\\u3224":"\\u0028\\u4e94\\u0029"'
            || ',' || E'"\\u3225":"\\u0028\\u516d\\u0029","\\u3226":"\\u0028\\u4e03\\u0029","\\u3227":"\\u0028\\u516b\\u0029","\\u3228":"\\u0028\\u4e5d\\u0029"'
            || ',' || E'"\\u3229":"\\u0028\\u5341\\u0029","\\u322a":"\\u0028\\u6708\\u0029","\\u322b":"\\u0028\\u706b\\u0029","\\u322c":"\\u0028\\u6c34\\u0029"'
            || ',' || E'"\\u322d":"\\u0028\\u6728\\u0029","\\u322e":"\\u0028\\u91d1\\u0029","\\u322f":"\\u0028\\u571f\\u0029","\\u3230":"\\u0028\\u65e5\\u0029"'
            || ',' || E'"\\u3231":"\\u0028\\u682a\\u0029","\\u3232":"\\u0028\\u6709\\u0029","\\u3233":"\\u0028\\u793e\\u0029","\\u3234":"\\u0028\\u540d\\u0029"'
            || ',' || E'"\\u3235":"\\u0028\\u7279\\u0029","\\u3236":"\\u0028\\u8ca1\\u0029","\\u3237":"\\u0028\\u795d\\u0029","\\u3238":"\\u0028\\u52b4\\u0029"'
            || ',' || E'"\\u3239":"\\u0028\\u4ee3\\u0029","\\u323a":"\\u0028\\u547c\\u0029","\\u323b":"\\u0028\\u5b66\\u0029","\\u323c":"\\u0028\\u76e3\\u0029"'
            || ',' || E'"\\u323d":"\\u0028\\u4f01\\u0029","\\u323e":"\\u0028\\u8cc7\\u0029","\\u323f":"\\u0028\\u5354\\u0029","\\u3240":"\\u0028\\u796d\\u0029"'
            || ',' || E'"\\u3241":"\\u0028\\u4f11\\u0029","\\u3242":"\\u0028\\u81ea\\u0029","\\u3243":"\\u0028\\u81f3\\u0029","\\u3244":"\\u554f"'
            || ',' || E'"\\u3245":"\\u5e7c","\\u3246":"\\u6587","\\u3247":"\\u7b8f","\\u3250":"\\u0050\\u0054\\u0045"'
            || ',' || E'"\\u3251":"\\u0032\\u0031","\\u3252":"\\u0032\\u0032","\\u3253":"\\u0032\\u0033","\\u3254":"\\u0032\\u0034"'
            || ',' || E'"\\u3255":"\\u0032\\u0035","\\u3256":"\\u0032\\u0036","\\u3257":"\\u0032\\u0037","\\u3258":"\\u0032\\u0038"'
            || ',' || E'"\\u3259":"\\u0032\\u0039","\\u325a":"\\u0033\\u0030","\\u325b":"\\u0033\\u0031","\\u325c":"\\u0033\\u0032"'
            || ',' || E'"\\u325d":"\\u0033\\u0033","\\u325e":"\\u0033\\u0034","\\u325f":"\\u0033\\u0035","\\u3260":"\\u1100"'
            || ',' || E'"\\u3261":"\\u1102","\\u3262":"\\u1103","\\u3263":"\\u1105","\\u3264":"\\u1106"'
            || ',' || E'"\\u3265":"\\u1107","\\u3266":"\\u1109","\\u3267":"\\u110b","\\u3268":"\\u110c"'
            || ',' || E'"\\u3269":"\\u110e","\\u326a":"\\u110f","\\u326b":"\\u1110","\\u326c":"\\u1111"'
            || ',' || E'"\\u326d":"\\u1112","\\u326e":"\\uac00","\\u326f":"\\ub098","\\u3270":"\\ub2e4"'
            || ',' || E'"\\u3271":"\\ub77c","\\u3272":"\\ub9c8","\\u3273":"\\ubc14","\\u3274":"\\uc0ac"'
            || ',' || E'"\\u3275":"\\uc544","\\u3276":"\\uc790","\\u3277":"\\ucc28","\\u3278":"\\uce74"'
            || ',' || E'"\\u3279":"\\ud0c0","\\u327a":"\\ud30c","\\u327b":"\\ud558","\\u327c":"\\ucc38\\uace0"'
            || ',' || E'"\\u327d":"\\uc8fc\\uc758","\\u327e":"\\uc6b0","\\u3280":"\\u4e00","\\u3281":"\\u4e8c"'
            || ',' || E'"\\u3282":"\\u4e09","\\u3283":"\\u56db","\\u3284":"\\u4e94","\\u3285":"\\u516d"'
            || ',' || E'"\\u3286":"\\u4e03","\\u3287":"\\u516b","\\u3288":"\\u4e5d","\\u3289":"\\u5341"'
            || ',' || E'"\\u328a":"\\u6708","\\u328b":"\\u706b","\\u328c":"\\u6c34","\\u328d":"\\u6728"'
            || ',' || E'"\\u328e":"\\u91d1","\\u328f":"\\u571f","\\u3290":"\\u65e5","\\u3291":"\\u682a"'
            || ',' || E'"\\u3292":"\\u6709","\\u3293":"\\u793e","\\u3294":"\\u540d","\\u3295":"\\u7279"'
            || ',' || E'"\\u3296":"\\u8ca1","\\u3297":"\\u795d","\\u3298":"\\u52b4","\\u3299":"\\u79d8"'
            || ',' || E'"\\u329a":"\\u7537","\\u329b":"\\u5973","\\u329c":"\\u9069","\\u329d":"\\u512a"'
            || ',' || E'"\\u329e":"\\u5370","\\u329f":"\\u6ce8","\\u32a0":"\\u9805","\\u32a1":"\\u4f11"'
            || ',' || E'"\\u32a2":"\\u5199","\\u32a3":"\\u6b63","\\u32a4":"\\u4e0a","\\u32a5":"\\u4e2d"'
            || ',' || E'"\\u32a6":"\\u4e0b","\\u32a7":"\\u5de6","\\u32a8":"\\u53f3","\\u32a9":"\\u533b"'
            || ',' || E'"\\u32aa":"\\u5b97","\\u32ab":"\\u5b66","\\u32ac":"\\u76e3","\\u32ad":"\\u4f01"'
            || ',' || E'"\\u32ae":"\\u8cc7","\\u32af":"\\u5354","\\u32b0":"\\u591c","\\u32b1":"\\u0033\\u0036"'
            || ',' || E'"\\u32b2":"\\u0033\\u0037","\\u32b3":"\\u0033\\u0038","\\u32b4":"\\u0033\\u0039","\\u32b5":"\\u0034\\u0030"'
            || ',' || E'"\\u32b6":"\\u0034\\u0031","\\u32b7":"\\u0034\\u0032","\\u32b8":"\\u0034\\u0033","\\u32b9":"\\u0034\\u0034"'
            || ',' || E'"\\u32ba":"\\u0034\\u0035","\\u32bb":"\\u0034\\u0036","\\u32bc":"\\u0034\\u0037","\\u32bd":"\\u0034\\u0038"'
            || ',' || E'"\\u32be":"\\u0034\\u0039","\\u32bf":"\\u0035\\u0030","\\u32c0":"\\u0031\\u6708","\\u32c1":"\\u0032\\u6708"'
            || ',' || E'"\\u32c2":"\\u0033\\u6708","\\u32c3":"\\u0034\\u6708","\\u32c4":"\\u0035\\u6708","\\u32c5":"\\u0036\\u6708"'
            || ',' || E'"\\u32c6":"\\u0037\\u6708","\\u32c7":"\\u0038\\u6708","\\u32c8":"\\u0039\\u6708","\\u32c9":"\\u0031\\u0030\\u6708"'
            || ',' || E'"\\u32ca":"\\u0031\\u0031\\u6708","\\u32cb":"\\u0031\\u0032\\u6708","\\u32cc":"\\u0048\\u0067","\\u32cd":"\\u0065\\u0072\\u0067"'
            || ',' || E'"\\u32ce":"\\u0065\\u0056","\\u32cf":"\\u004c\\u0054\\u0044","\\u32d0":"\\u30a2","\\u32d1":"\\u30a4"'
            || ',' || E'"\\u32d2":"\\u30a6","\\u32d3":"\\u30a8","\\u32d4":"\\u30aa","\\u32d5":"\\u30ab"'
            || ',' || E'"\\u32d6":"\\u30ad","\\u32d7":"\\u30af","\\u32d8":"\\u30b1","\\u32d9":"\\u30b3"'
            || ',' || E'"\\u32da":"\\u30b5","\\u32db":"\\u30b7","\\u32dc":"\\u30b9","\\u32dd":"\\u30bb"'
            || ',' || E'"\\u32de":"\\u30bd","\\u32df":"\\u30bf","\\u32e0":"\\u30c1","\\u32e1":"\\u30c4"'
            || ',' || E'"\\u32e2":"\\u30c6","\\u32e3":"\\u30c8","\\u32e4":"\\u30ca","\\u32e5":"\\u30cb"'
            || ',' || E'"\\u32e6":"\\u30cc","\\u32e7":"\\u30cd","\\u32e8":"\\u30ce","\\u32e9":"\\u30cf"'
            || ',' || E'"\\u32ea":"\\u30d2","\\u32eb":"\\u30d5","\\u32ec":"\\u30d8","\\u32ed":"\\u30db"'
            || ',' || E'"\\u32ee":"\\u30de","\\u32ef":"\\u30df","\\u32f0":"\\u30e0","\\u32f1":"\\u30e1"'
            || ',' || E'"\\u32f2":"\\u30e2","\\u32f3":"\\u30e4","\\u32f4":"\\u30e6","\\u32f5":"\\u30e8"'
            || ',' || E'"\\u32f6":"\\u30e9","\\u32f7":"\\u30ea","\\u32f8":"\\u30eb","\\u32f9":"\\u30ec"'
            || ',' || E'"\\u32fa":"\\u30ed","\\u32fb":"\\u30ef","\\u32fc":"\\u30f0","\\u32fd":"\\u30f1"'
            || ',' || E'"\\u32fe":"\\u30f2","\\u32ff":"\\u4ee4\\u548c","\\u3300":"\\u30a2\\u30d1\\u30fc\\u30c8","\\u3301":"\\u30a2\\u30eb\\u30d5\\u30a1"'
            || ',' || E'"\\u3302":"\\u30a2\\u30f3\\u30da\\u30a2","\\u3303":"\\u30a2\\u30fc\\u30eb","\\u3304":"\\u30a4\\u30cb\\u30f3\\u30b0","\\u3305":"\\u30a4\\u30f3\\u30c1"'
            || ',' || E'"\\u3306":"\\u30a6\\u30a9\\u30f3","\\u3307":"\\u30a8\\u30b9\\u30af\\u30fc\\u30c9","\\u3308":"\\u30a8\\u30fc\\u30ab\\u30fc","\\u3309":"\\u30aa\\u30f3\\u30b9"'
            || ',' || E'"\\u330a":"\\u30aa\\u30fc\\u30e0","\\u330b":"\\u30ab\\u30a4\\u30ea","\\u330c":"\\u30ab\\u30e9\\u30c3\\u30c8","\\u330d":"\\u30ab\\u30ed\\u30ea\\u30fc"'
            || ',' || E'"\\u330e":"\\u30ac\\u30ed\\u30f3","\\u330f":"\\u30ac\\u30f3\\u30de","\\u3310":"\\u30ae\\u30ac","\\u3311":"\\u30ae\\u30cb\\u30fc"'
            || ',' || E'"\\u3312":"\\u30ad\\u30e5\\u30ea\\u30fc","\\u3313":"\\u30ae\\u30eb\\u30c0\\u30fc","\\u3314":"\\u30ad\\u30ed","\\u3315":"\\u30ad\\u30ed\\u30b0\\u30e9\\u30e0"'
            || ',' || E'"\\u3316":"\\u30ad\\u30ed\\u30e1\\u30fc\\u30c8\\u30eb","\\u3317":"\\u30ad\\u30ed\\u30ef\\u30c3\\u30c8","\\u3318":"\\u30b0\\u30e9\\u30e0","\\u3319":"\\u30b0\\u30e9\\u30e0\\u30c8\\u30f3"'
            || ',' || E'"\\u331a":"\\u30af\\u30eb\\u30bc\\u30a4\\u30ed","\\u331b":"\\u30af\\u30ed\\u30fc\\u30cd","\\u331c":"\\u30b1\\u30fc\\u30b9","\\u331d":"\\u30b3\\u30eb\\u30ca"'
            || ',' || E'"\\u331e":"\\u30b3\\u30fc\\u30dd","\\u331f":"\\u30b5\\u30a4\\u30af\\u30eb","\\u3320":"\\u30b5\\u30f3\\u30c1\\u30fc\\u30e0","\\u3321":"\\u30b7\\u30ea\\u30f3\\u30b0"'
            || ',' || E'"\\u3322":"\\u30bb\\u30f3\\u30c1","\\u3323":"\\u30bb\\u30f3\\u30c8","\\u3324":"\\u30c0\\u30fc\\u30b9","\\u3325":"\\u30c7\\u30b7"'
            || ',' || E'"\\u3326":"\\u30c9\\u30eb","\\u3327":"\\u30c8\\u30f3","\\u3328":"\\u30ca\\u30ce","\\u3329":"\\u30ce\\u30c3\\u30c8"'
            || ',' || E'"\\u332a":"\\u30cf\\u30a4\\u30c4","\\u332b":"\\u30d1\\u30fc\\u30bb\\u30f3\\u30c8","\\u332c":"\\u30d1\\u30fc\\u30c4","\\u332d":"\\u30d0\\u30fc\\u30ec\\u30eb"'
            || ',' || E'"\\u332e":"\\u30d4\\u30a2\\u30b9\\u30c8\\u30eb","\\u332f":"\\u30d4\\u30af\\u30eb","\\u3330":"\\u30d4\\u30b3","\\u3331":"\\u30d3\\u30eb"'
            || ',' || E'"\\u3332":"\\u30d5\\u30a1\\u30e9\\u30c3\\u30c9","\\u3333":"\\u30d5\\u30a3\\u30fc\\u30c8","\\u3334":"\\u30d6\\u30c3\\u30b7\\u30a7\\u30eb","\\u3335":"\\u30d5\\u30e9\\u30f3"'
            || ',' || E'"\\u3336":"\\u30d8\\u30af\\u30bf\\u30fc\\u30eb","\\u3337":"\\u30da\\u30bd","\\u3338":"\\u30da\\u30cb\\u30d2","\\u3339":"\\u30d8\\u30eb\\u30c4"'
            || ',' || E'"\\u333a":"\\u30da\\u30f3\\u30b9","\\u333b":"\\u30da\\u30fc\\u30b8","\\u333c":"\\u30d9\\u30fc\\u30bf","\\u333d":"\\u30dd\\u30a4\\u30f3\\u30c8"'
            || ',' || E'"\\u333e":"\\u30dc\\u30eb\\u30c8","\\u333f":"\\u30db\\u30f3","\\u3340":"\\u30dd\\u30f3\\u30c9","\\u3341":"\\u30db\\u30fc\\u30eb"'
            || ',' || E'"\\u3342":"\\u30db\\u30fc\\u30f3","\\u3343":"\\u30de\\u30a4\\u30af\\u30ed","\\u3344":"\\u30de\\u30a4\\u30eb","\\u3345":"\\u30de\\u30c3\\u30cf"'
            || ',' || E'"\\u3346":"\\u30de\\u30eb\\u30af","\\u3347":"\\u30de\\u30f3\\u30b7\\u30e7\\u30f3","\\u3348":"\\u30df\\u30af\\u30ed\\u30f3","\\u3349":"\\u30df\\u30ea"'
            || ',' || E'"\\u334a":"\\u30df\\u30ea\\u30d0\\u30fc\\u30eb","\\u334b":"\\u30e1\\u30ac","\\u334c":"\\u30e1\\u30ac\\u30c8\\u30f3","\\u334d":"\\u30e1\\u30fc\\u30c8\\u30eb"'
            || ',' || E'"\\u334e":"\\u30e4\\u30fc\\u30c9","\\u334f":"\\u30e4\\u30fc\\u30eb","\\u3350":"\\u30e6\\u30a2\\u30f3","\\u3351":"\\u30ea\\u30c3\\u30c8\\u30eb"'
            || ',' || E'"\\u3352":"\\u30ea\\u30e9","\\u3353":"\\u30eb\\u30d4\\u30fc","\\u3354":"\\u30eb\\u30fc\\u30d6\\u30eb","\\u3355":"\\u30ec\\u30e0"'
            || ',' || E'"\\u3356":"\\u30ec\\u30f3\\u30c8\\u30b2\\u30f3","\\u3357":"\\u30ef\\u30c3\\u30c8","\\u3358":"\\u0030\\u70b9","\\u3359":"\\u0031\\u70b9"'
            || ',' || E'"\\u335a":"\\u0032\\u70b9","\\u335b":"\\u0033\\u70b9","\\u335c":"\\u0034\\u70b9","\\u335d":"\\u0035\\u70b9"'
            || ',' || E'"\\u335e":"\\u0036\\u70b9","\\u335f":"\\u0037\\u70b9","\\u3360":"\\u0038\\u70b9","\\u3361":"\\u0039\\u70b9"'
            || ',' || E'"\\u3362":"\\u0031\\u0030\\u70b9","\\u3363":"\\u0031\\u0031\\u70b9","\\u3364":"\\u0031\\u0032\\u70b9","\\u3365":"\\u0031\\u0033\\u70b9"'
            || ',' || E'"\\u3366":"\\u0031\\u0034\\u70b9","\\u3367":"\\u0031\\u0035\\u70b9","\\u3368":"\\u0031\\u0036\\u70b9","\\u3369":"\\u0031\\u0037\\u70b9"'
            || ',' || E'"\\u336a":"\\u0031\\u0038\\u70b9","\\u336b":"\\u0031\\u0039\\u70b9","\\u336c":"\\u0032\\u0030\\u70b9","\\u336d":"\\u0032\\u0031\\u70b9"'
            || ',' || E'"\\u336e":"\\u0032\\u0032\\u70b9","\\u336f":"\\u0032\\u0033\\u70b9","\\u3370":"\\u0032\\u0034\\u70b9","\\u3371":"\\u0068\\u0050\\u0061"'
            || ',' || E'"\\u3372":"\\u0064\\u0061","\\u3373":"\\u0041\\u0055","\\u3374":"\\u0062\\u0061\\u0072","\\u3375":"\\u006f\\u0056"'
            || ',' || E'"\\u3376":"\\u0070\\u0063","\\u3377":"\\u0064\\u006d","\\u3378":"\\u0064\\u006d\\u0032","\\u3379":"\\u0064\\u006d\\u0033"'
            || ',' || E'"\\u337a":"\\u0049\\u0055","\\u337b":"\\u5e73\\u6210","\\u337c":"\\u662d\\u548c","\\u337d":"\\u5927\\u6b63"'
            || ',' || E'"\\u337e":"\\u660e\\u6cbb","\\u337f":"\\u682a\\u5f0f\\u4f1a\\u793e","\\u3380":"\\u0070\\u0041","\\u3381":"\\u006e\\u0041"'
            || ',' || E'"\\u3382":"\\u03bc\\u0041","\\u3383":"\\u006d\\u0041","\\u3384":"\\u006b\\u0041","\\u3385":"\\u004b\\u0042"'
            || ',' || E'"\\u3386":"\\u004d\\u0042","\\u3387":"\\u0047\\u0042","\\u3388":"\\u0063\\u0061\\u006c","\\u3389":"\\u006b\\u0063\\u0061\\u006c"'
            || ',' || E'"\\u338a":"\\u0070\\u0046","\\u338b":"\\u006e\\u0046","\\u338c":"\\u03bc\\u0046","\\u338d":"\\u03bc\\u0067"'
            || ',' || E'"\\u338e":"\\u006d\\u0067","\\u338f":"\\u006b\\u0067","\\u3390":"\\u0048\\u007a","\\u3391":"\\u006b\\u0048\\u007a"'
            || ',' || E'"\\u3392":"\\u004d\\u0048\\u007a","\\u3393":"\\u0047\\u0048\\u007a","\\u3394":"\\u0054\\u0048\\u007a","\\u3395":"\\u03bc\\u006c"'
            || ',' || E'"\\u3396":"\\u006d\\u006c","\\u3397":"\\u0064\\u006c","\\u3398":"\\u006b\\u006c","\\u3399":"\\u0066\\u006d"'
            || ',' || E'"\\u339a":"\\u006e\\u006d","\\u339b":"\\u03bc\\u006d","\\u339c":"\\u006d\\u006d","\\u339d":"\\u0063\\u006d"'
            || ',' || E'"\\u339e":"\\u006b\\u006d","\\u339f":"\\u006d\\u006d\\u0032","\\u33a0":"\\u0063\\u006d\\u0032","\\u33a1":"\\u006d\\u0032"'
            || ',' || E'"\\u33a2":"\\u006b\\u006d\\u0032","\\u33a3":"\\u006d\\u006d\\u0033","\\u33a4":"\\u0063\\u006d\\u0033","\\u33a5":"\\u006d\\u0033"'
            || ',' || E'"\\u33a6":"\\u006b\\u006d\\u0033","\\u33a7":"\\u006d\\u2215\\u0073","\\u33a8":"\\u006d\\u2215\\u0073\\u0032","\\u33a9":"\\u0050\\u0061"'
            || ',' || E'"\\u33aa":"\\u006b\\u0050\\u0061","\\u33ab":"\\u004d\\u0050\\u0061","\\u33ac":"\\u0047\\u0050\\u0061","\\u33ad":"\\u0072\\u0061\\u0064"'
            || ',' || E'"\\u33ae":"\\u0072\\u0061\\u0064\\u2215\\u0073","\\u33af":"\\u0072\\u0061\\u0064\\u2215\\u0073\\u0032","\\u33b0":"\\u0070\\u0073","\\u33b1":"\\u006e\\u0073"'
            || ',' || E'"\\u33b2":"\\u03bc\\u0073","\\u33b3":"\\u006d\\u0073","\\u33b4":"\\u0070\\u0056","\\u33b5":"\\u006e\\u0056"'
            || ',' || E'"\\u33b6":"\\u03bc\\u0056","\\u33b7":"\\u006d\\u0056","\\u33b8":"\\u006b\\u0056","\\u33b9":"\\u004d\\u0056"'
            || ',' || E'"\\u33ba":"\\u0070\\u0057","\\u33bb":"\\u006e\\u0057","\\u33bc":"\\u03bc\\u0057","\\u33bd":"\\u006d\\u0057"'
            || ',' || E'"\\u33be":"\\u006b\\u0057","\\u33bf":"\\u004d\\u0057","\\u33c0":"\\u006b\\u03a9","\\u33c1":"\\u004d\\u03a9"'
            || ',' || E'"\\u33c2":"\\u0061\\u002e\\u006d\\u002e","\\u33c3":"\\u0042\\u0071","\\u33c4":"\\u0063\\u0063","\\u33c5":"\\u0063\\u0064"'
            || ',' || E'"\\u33c6":"\\u0043\\u2215\\u006b\\u0067","\\u33c7":"\\u0043\\u006f\\u002e","\\u33c8":"\\u0064\\u0042","\\u33c9":"\\u0047\\u0079"'
            || ',' || E'"\\u33ca":"\\u0068\\u0061","\\u33cb":"\\u0048\\u0050","\\u33cc":"\\u0069\\u006e","\\u33cd":"\\u004b\\u004b"'
            || ',' || E'"\\u33ce":"\\u004b\\u004d","\\u33cf":"\\u006b\\u0074","\\u33d0":"\\u006c\\u006d","\\u33d1":"\\u006c\\u006e"'
            || ',' || E'"\\u33d2":"\\u006c\\u006f\\u0067","\\u33d3":"\\u006c\\u0078","\\u33d4":"\\u006d\\u0062","\\u33d5":"\\u006d\\u0069\\u006c"'
            || ',' || E'"\\u33d6":"\\u006d\\u006f\\u006c","\\u33d7":"\\u0050\\u0048","\\u33d8":"\\u0070\\u002e\\u006d\\u002e","\\u33d9":"\\u0050\\u0050\\u004d"'
            || ',' || E'"\\u33da":"\\u0050\\u0052","\\u33db":"\\u0073\\u0072","\\u33dc":"\\u0053\\u0076","\\u33dd":"\\u0057\\u0062"'
            || ',' || E'"\\u33de":"\\u0056\\u2215\\u006d","\\u33df":"\\u0041\\u2215\\u006d","\\u33e0":"\\u0031\\u65e5","\\u33e1":"\\u0032\\u65e5"'
            || ',' || E'"\\u33e2":"\\u0033\\u65e5","\\u33e3":"\\u0034\\u65e5","\\u33e4":"\\u0035\\u65e5","\\u33e5":"\\u0036\\u65e5"'
            || ',' || E'"\\u33e6":"\\u0037\\u65e5","\\u33e7":"\\u0038\\u65e5","\\u33e8":"\\u0039\\u65e5","\\u33e9":"\\u0031\\u0030\\u65e5"'
            || ',' || E'"\\u33ea":"\\u0031\\u0031\\u65e5","\\u33eb":"\\u0031\\u0032\\u65e5","\\u33ec":"\\u0031\\u0033\\u65e5","\\u33ed":"\\u0031\\u0034\\u65e5"'
            || ',' || E'"\\u33ee":"\\u0031\\u0035\\u65e5","\\u33ef":"\\u0031\\u0036\\u65e5","\\u33f0":"\\u0031\\u0037\\u65e5","\\u33f1":"\\u0031\\u0038\\u65e5"'
            || ',' || E'"\\u33f2":"\\u0031\\u0039\\u65e5","\\u33f3":"\\u0032\\u0030\\u65e5","\\u33f4":"\\u0032\\u0031\\u65e5","\\u33f5":"\\u0032\\u0032\\u65e5"'
            || ',' || E'"\\u33f6":"\\u0032\\u0033\\u65e5","\\u33f7":"\\u0032\\u0034\\u65e5","\\u33f8":"\\u0032\\u0035\\u65e5","\\u33f9":"\\u0032\\u0036\\u65e5"'
            || ',' || E'"\\u33fa":"\\u0032\\u0037\\u65e5","\\u33fb":"\\u0032\\u0038\\u65e5","\\u33fc":"\\u0032\\u0039\\u65e5","\\u33fd":"\\u0033\\u0030\\u65e5"'
            || ',' || E'"\\u33fe":"\\u0033\\u0031\\u65e5","\\u33ff":"\\u0067\\u0061\\u006c","\\ua69c":"\\u044a","\\ua69d":"\\u044c"'
            || ',' || E'"\\ua770":"\\ua76f","\\ua7f1":"\\u0053","\\ua7f2":"\\u0043","\\ua7f3":"\\u0046"'
            || ',' || E'"\\ua7f4":"\\u0051","\\ua7f8":"\\u0126","\\ua7f9":"\\u0153","\\uab5c":"\\ua727"'
            || ',' || E'"\\uab5d":"\\uab37","\\uab5e":"\\u026b","\\uab5f":"\\uab52","\\uab69":"\\u028d"'
            || ',' || E'"\\uf900":"\\u8c48","\\uf901":"\\u66f4","\\uf902":"\\u8eca","\\uf903":"\\u8cc8"'
            || ',' || E'"\\uf904":"\\u6ed1","\\uf905":"\\u4e32","\\uf906":"\\u53e5","\\uf907":"\\u9f9c"'
            || ',' || E'"\\uf908":"\\u9f9c","\\uf909":"\\u5951","\\uf90a":"\\u91d1","\\uf90b":"\\u5587"'
            || ',' || E'"\\uf90c":"\\u5948","\\uf90d":"\\u61f6","\\uf90e":"\\u7669","\\uf90f":"\\u7f85"'
            || ',' || E'"\\uf910":"\\u863f","\\uf911":"\\u87ba","\\uf912":"\\u88f8","\\uf913":"\\u908f"'
            || ',' || E'"\\uf914":"\\u6a02","\\uf915":"\\u6d1b","\\uf916":"\\u70d9","\\uf917":"\\u73de"'
            || ',' || E'"\\uf918":"\\u843d","\\uf919":"\\u916a","\\uf91a":"\\u99f1","\\uf91b":"\\u4e82"'
            || ',' || E'"\\uf91c":"\\u5375","\\uf91d":"\\u6b04","\\uf91e":"\\u721b","\\uf91f":"\\u862d"'
            || ',' || E'"\\uf920":"\\u9e1e","\\uf921":"\\u5d50","\\uf922":"\\u6feb","\\uf923":"\\u85cd"'
            || ',' || E'"\\uf924":"\\u8964","\\uf925":"\\u62c9","\\uf926":"\\u81d8","\\uf927":"\\u881f"'
            || ',' || E'"\\uf928":"\\u5eca","\\uf929":"\\u6717","\\uf92a":"\\u6d6a","\\uf92b":"\\u72fc"'
            || ',' || E'"\\uf92c":"\\u90ce","\\uf92d":"\\u4f86","\\uf92e":"\\u51b7","\\uf92f":"\\u52de"'
            || ',' || E'"\\uf930":"\\u64c4","\\uf931":"\\u6ad3","\\uf932":"\\u7210","\\uf933":"\\u76e7"'
            || ',' || E'"\\uf934":"\\u8001","\\uf935":"\\u8606","\\uf936":"\\u865c","\\uf937":"\\u8def"'
            || ',' || E'"\\uf938":"\\u9732","\\uf939":"\\u9b6f","\\uf93a":"\\u9dfa","\\uf93b":"\\u788c"'
            || ',' || E'"\\uf93c":"\\u797f","\\uf93d":"\\u7da0","\\uf93e":"\\u83c9","\\uf93f":"\\u9304"'
            || ',' || E'"\\uf940":"\\u9e7f","\\uf941":"\\u8ad6","\\uf942":"\\u58df","\\uf943":"\\u5f04"'
            || ',' || E'"\\uf944":"\\u7c60","\\uf945":"\\u807e","\\uf946":"\\u7262","\\uf947":"\\u78ca"'
            || ',' || E'"\\uf948":"\\u8cc2","\\uf949":"\\u96f7","\\uf94a":"\\u58d8","\\uf94b":"\\u5c62"'
            || ',' || E'"\\uf94c":"\\u6a13","\\uf94d":"\\u6dda","\\uf94e":"\\u6f0f","\\uf94f":"\\u7d2f"'
            || ',' || E'"\\uf950":"\\u7e37","\\uf951":"\\u964b","\\uf952":"\\u52d2","\\uf953":"\\u808b"'
            || ',' || E'"\\uf954":"\\u51dc","\\uf955":"\\u51cc","\\uf956":"\\u7a1c","\\uf957":"\\u7dbe"'
            || ',' || E'"\\uf958":"\\u83f1","\\uf959":"\\u9675","\\uf95a":"\\u8b80","\\uf95b":"\\u62cf"'
            || ',' || E'"\\uf95c":"\\u6a02","\\uf95d":"\\u8afe","\\uf95e":"\\u4e39","\\uf95f":"\\u5be7"'
            || ',' || E'"\\uf960":"\\u6012","\\uf961":"\\u7387","\\uf962":"\\u7570","\\uf963":"\\u5317"'
            || ',' || E'"\\uf964":"\\u78fb","\\uf965":"\\u4fbf","\\uf966":"\\u5fa9","\\uf967":"\\u4e0d"'
            || ',' || E'"\\uf968":"\\u6ccc","\\uf969":"\\u6578","\\uf96a":"\\u7d22","\\uf96b":"\\u53c3"'
            || ',' || E'"\\uf96c":"\\u585e","\\uf96d":"\\u7701","\\uf96e":"\\u8449","\\uf96f":"\\u8aaa"'
            || ',' || E'"\\uf970":"\\u6bba","\\uf971":"\\u8fb0","\\uf972":"\\u6c88","\\uf973":"\\u62fe"'
            || ',' || E'"\\uf974":"\\u82e5","\\uf975":"\\u63a0","\\uf976":"\\u7565","\\uf977":"\\u4eae"'
            || ',' || E'"\\uf978":"\\u5169","\\uf979":"\\u51c9","\\uf97a":"\\u6881","\\uf97b":"\\u7ce7"'
            || ',' || E'"\\uf97c":"\\u826f","\\uf97d":"\\u8ad2","\\uf97e":"\\u91cf","\\uf97f":"\\u52f5"'
            || ',' || E'"\\uf980":"\\u5442","\\uf981":"\\u5973","\\uf982":"\\u5eec","\\uf983":"\\u65c5"'
            || ',' || E'"\\uf984":"\\u6ffe","\\uf985":"\\u792a","\\uf986":"\\u95ad","\\uf987":"\\u9a6a"'
            || ',' || E'"\\uf988":"\\u9e97","\\uf989":"\\u9ece","\\uf98a":"\\u529b","\\uf98b":"\\u66c6"'
            || ',' || E'"\\uf98c":"\\u6b77","\\uf98d":"\\u8f62","\\uf98e":"\\u5e74","\\uf98f":"\\u6190"'
            || ',' || E'"\\uf990":"\\u6200","\\uf991":"\\u649a","\\uf992":"\\u6f23","\\uf993":"\\u7149"'
            || ',' || E'"\\uf994":"\\u7489","\\uf995":"\\u79ca","\\uf996":"\\u7df4","\\uf997":"\\u806f"'
            || ',' || E'"\\uf998":"\\u8f26","\\uf999":"\\u84ee","\\uf99a":"\\u9023","\\uf99b":"\\u934a"'
            || ',' || E'"\\uf99c":"\\u5217","\\uf99d":"\\u52a3","\\uf99e":"\\u54bd","\\uf99f":"\\u70c8"'
            || ',' || E'"\\uf9a0":"\\u88c2","\\uf9a1":"\\u8aaa","\\uf9a2":"\\u5ec9","\\uf9a3":"\\u5ff5"'
            || ',' || E'"\\uf9a4":"\\u637b","\\uf9a5":"\\u6bae","\\uf9a6":"\\u7c3e","\\uf9a7":"\\u7375"'
            || ',' || E'"\\uf9a8":"\\u4ee4","\\uf9a9":"\\u56f9","\\uf9aa":"\\u5be7","\\uf9ab":"\\u5dba"'
            || ',' || E'"\\uf9ac":"\\u601c","\\uf9ad":"\\u73b2","\\uf9ae":"\\u7469","\\uf9af":"\\u7f9a"'
            || ',' || E'"\\uf9b0":"\\u8046","\\uf9b1":"\\u9234","\\uf9b2":"\\u96f6","\\uf9b3":"\\u9748"'
            || ',' || E'"\\uf9b4":"\\u9818","\\uf9b5":"\\u4f8b","\\uf9b6":"\\u79ae","\\uf9b7":"\\u91b4"'
            || ',' || E'"\\uf9b8":"\\u96b8","\\uf9b9":"\\u60e1","\\uf9ba":"\\u4e86","\\uf9bb":"\\u50da"'
            || ',' || E'"\\uf9bc":"\\u5bee","\\uf9bd":"\\u5c3f","\\uf9be":"\\u6599","\\uf9bf":"\\u6a02"'
            || ',' || E'"\\uf9c0":"\\u71ce","\\uf9c1":"\\u7642","\\uf9c2":"\\u84fc","\\uf9c3":"\\u907c"'
            || ',' || E'"\\uf9c4":"\\u9f8d","\\uf9c5":"\\u6688","\\uf9c6":"\\u962e","\\uf9c7":"\\u5289"'
            || ',' || E'"\\uf9c8":"\\u677b","\\uf9c9":"\\u67f3","\\uf9ca":"\\u6d41","\\uf9cb":"\\u6e9c"'
            || ',' || E'"\\uf9cc":"\\u7409","\\uf9cd":"\\u7559","\\uf9ce":"\\u786b","\\uf9cf":"\\u7d10"'
            || ',' || E'"\\uf9d0":"\\u985e","\\uf9d1":"\\u516d","\\uf9d2":"\\u622e","\\uf9d3":"\\u9678"'
            || ',' || E'"\\uf9d4":"\\u502b","\\uf9d5":"\\u5d19","\\uf9d6":"\\u6dea","\\uf9d7":"\\u8f2a"'
            || ',' || E'"\\uf9d8":"\\u5f8b","\\uf9d9":"\\u6144","\\uf9da":"\\u6817","\\uf9db":"\\u7387"'
            || ',' || E'"\\uf9dc":"\\u9686","\\uf9dd":"\\u5229","\\uf9de":"\\u540f","\\uf9df":"\\u5c65"'
            || ',' || E'"\\uf9e0":"\\u6613","\\uf9e1":"\\u674e","\\uf9e2":"\\u68a8","\\uf9e3":"\\u6ce5"'
            || ',' || E'"\\uf9e4":"\\u7406","\\uf9e5":"\\u75e2","\\uf9e6":"\\u7f79","\\uf9e7":"\\u88cf"'
            || ',' || E'"\\uf9e8":"\\u88e1","\\uf9e9":"\\u91cc","\\uf9ea":"\\u96e2","\\uf9eb":"\\u533f"'
            || ',' || E'"\\uf9ec":"\\u6eba","\\uf9ed":"\\u541d","\\uf9ee":"\\u71d0","\\uf9ef":"\\u7498"'
            || ',' || E'"\\uf9f0":"\\u85fa","\\uf9f1":"\\u96a3","\\uf9f2":"\\u9c57","\\uf9f3":"\\u9e9f"'
            || ',' || E'"\\uf9f4":"\\u6797","\\uf9f5":"\\u6dcb","\\uf9f6":"\\u81e8","\\uf9f7":"\\u7acb"'
            || ',' || E'"\\uf9f8":"\\u7b20","\\uf9f9":"\\u7c92","\\uf9fa":"\\u72c0","\\uf9fb":"\\u7099"'
            || ',' || E'"\\uf9fc":"\\u8b58","\\uf9fd":"\\u4ec0","\\uf9fe":"\\u8336","\\uf9ff":"\\u523a"'
            || ',' || E'"\\ufa00":"\\u5207","\\ufa01":"\\u5ea6","\\ufa02":"\\u62d3","\\ufa03":"\\u7cd6"'
            || ',' || E'"\\ufa04":"\\u5b85","\\ufa05":"\\u6d1e","\\ufa06":"\\u66b4","\\ufa07":"\\u8f3b"'
            || ',' || E'"\\ufa08":"\\u884c","\\ufa09":"\\u964d","\\ufa0a":"\\u898b","\\ufa0b":"\\u5ed3"'
            || ',' || E'"\\ufa0c":"\\u5140","\\ufa0d":"\\u55c0","\\ufa10":"\\u585a","\\ufa12":"\\u6674"'
            || ',' || E'"\\ufa15":"\\u51de","\\ufa16":"\\u732a","\\ufa17":"\\u76ca","\\ufa18":"\\u793c"'
            || ',' || E'"\\ufa19":"\\u795e","\\ufa1a":"\\u7965","\\ufa1b":"\\u798f","\\ufa1c":"\\u9756"'
            || ',' || E'"\\ufa1d":"\\u7cbe","\\ufa1e":"\\u7fbd","\\ufa20":"\\u8612","\\ufa22":"\\u8af8"'
            || ',' || E'"\\ufa25":"\\u9038","\\ufa26":"\\u90fd","\\ufa2a":"\\u98ef","\\ufa2b":"\\u98fc"'
            || ',' || E'"\\ufa2c":"\\u9928","\\ufa2d":"\\u9db4","\\ufa2e":"\\u90de","\\ufa2f":"\\u96b7"'
            || ',' || E'"\\ufa30":"\\u4fae","\\ufa31":"\\u50e7","\\ufa32":"\\u514d","\\ufa33":"\\u52c9"'
            || ',' || E'"\\ufa34":"\\u52e4","\\ufa35":"\\u5351","\\ufa36":"\\u559d","\\ufa37":"\\u5606"'
            || ',' || E'"\\ufa38":"\\u5668","\\ufa39":"\\u5840","\\ufa3a":"\\u58a8","\\ufa3b":"\\u5c64"'
            || ',' || E'"\\ufa3c":"\\u5c6e","\\ufa3d":"\\u6094","\\ufa3e":"\\u6168","\\ufa3f":"\\u618e"'
            || ',' || E'"\\ufa40":"\\u61f2","\\ufa41":"\\u654f","\\ufa42":"\\u65e2","\\ufa43":"\\u6691"'
            || ',' || E'"\\ufa44":"\\u6885","\\ufa45":"\\u6d77","\\ufa46":"\\u6e1a","\\ufa47":"\\u6f22"'
            || ',' || E'"\\ufa48":"\\u716e","\\ufa49":"\\u722b","\\ufa4a":"\\u7422","\\ufa4b":"\\u7891"'
            || ',' || E'"\\ufa4c":"\\u793e","\\ufa4d":"\\u7949","\\ufa4e":"\\u7948","\\ufa4f":"\\u7950"'
            || ',' || E'"\\ufa50":"\\u7956","\\ufa51":"\\u795d","\\ufa52":"\\u798d","\\ufa53":"\\u798e"'
            || ',' || E'"\\ufa54":"\\u7a40","\\ufa55":"\\u7a81","\\ufa56":"\\u7bc0","\\ufa57":"\\u7df4"'
            || ',' || E'"\\ufa58":"\\u7e09","\\ufa59":"\\u7e41","\\ufa5a":"\\u7f72","\\ufa5b":"\\u8005"'
            || ',' || E'"\\ufa5c":"\\u81ed","\\ufa5d":"\\u8279","\\ufa5e":"\\u8279","\\ufa5f":"\\u8457"'
            || ',' || E'"\\ufa60":"\\u8910","\\ufa61":"\\u8996","\\ufa62":"\\u8b01","\\ufa63":"\\u8b39"'
            || ',' || E'"\\ufa64":"\\u8cd3","\\ufa65":"\\u8d08","\\ufa66":"\\u8fb6","\\ufa67":"\\u9038"'
            || ',' || E'"\\ufa68":"\\u96e3","\\ufa69":"\\u97ff","\\ufa6a":"\\u983b","\\ufa6b":"\\u6075"'
            || ',' || E'"\\ufa6c":"\\ud850\\udeee","\\ufa6d":"\\u8218","\\ufa70":"\\u4e26","\\ufa71":"\\u51b5"'
            || ',' || E'"\\ufa72":"\\u5168","\\ufa73":"\\u4f80","\\ufa74":"\\u5145","\\ufa75":"\\u5180"'
            || ',' || E'"\\ufa76":"\\u52c7","\\ufa77":"\\u52fa","\\ufa78":"\\u559d","\\ufa79":"\\u5555"'
            || ',' || E'"\\ufa7a":"\\u5599","\\ufa7b":"\\u55e2","\\ufa7c":"\\u585a","\\ufa7d":"\\u58b3"'
            || ',' || E'"\\ufa7e":"\\u5944","\\ufa7f":"\\u5954","\\ufa80":"\\u5a62","\\ufa81":"\\u5b28"'
            || ',' || E'"\\ufa82":"\\u5ed2","\\ufa83":"\\u5ed9","\\ufa84":"\\u5f69","\\ufa85":"\\u5fad"'
            || ',' || E'"\\ufa86":"\\u60d8","\\ufa87":"\\u614e","\\ufa88":"\\u6108","\\ufa89":"\\u618e"'
            || ',' || E'"\\ufa8a":"\\u6160","\\ufa8b":"\\u61f2","\\ufa8c":"\\u6234","\\ufa8d":"\\u63c4"'
            || ',' || E'"\\ufa8e":"\\u641c","\\ufa8f":"\\u6452","\\ufa90":"\\u6556","\\ufa91":"\\u6674"'
            || ',' || E'"\\ufa92":"\\u6717","\\ufa93":"\\u671b","\\ufa94":"\\u6756","\\ufa95":"\\u6b79"'
            || ',' || E'"\\ufa96":"\\u6bba","\\ufa97":"\\u6d41","\\ufa98":"\\u6edb","\\ufa99":"\\u6ecb"'
            || ',' || E'"\\ufa9a":"\\u6f22","\\ufa9b":"\\u701e","\\ufa9c":"\\u716e","\\ufa9d":"\\u77a7"'
            || ',' || E'"\\ufa9e":"\\u7235","\\ufa9f":"\\u72af","\\ufaa0":"\\u732a","\\ufaa1":"\\u7471"'
            || ',' || E'"\\ufaa2":"\\u7506","\\ufaa3":"\\u753b","\\ufaa4":"\\u761d","\\ufaa5":"\\u761f"'
            || ',' || E'"\\ufaa6":"\\u76ca","\\ufaa7":"\\u76db","\\ufaa8":"\\u76f4","\\ufaa9":"\\u774a"'
            || ',' || E'"\\ufaaa":"\\u7740","\\ufaab":"\\u78cc","\\ufaac":"\\u7ab1","\\ufaad":"\\u7bc0"'
            || ',' || E'"\\ufaae":"\\u7c7b","\\ufaaf":"\\u7d5b","\\ufab0":"\\u7df4","\\ufab1":"\\u7f3e"'
            || ',' || E'"\\ufab2":"\\u8005","\\ufab3":"\\u8352","\\ufab4":"\\u83ef","\\ufab5":"\\u8779"'
            || ',' || E'"\\ufab6":"\\u8941","\\ufab7":"\\u8986","\\ufab8":"\\u8996","\\ufab9":"\\u8abf"'
            || ',' || E'"\\ufaba":"\\u8af8","\\ufabb":"\\u8acb","\\ufabc":"\\u8b01","\\ufabd":"\\u8afe"'
            || ',' || E'"\\ufabe":"\\u8aed","\\ufabf":"\\u8b39","\\ufac0":"\\u8b8a","\\ufac1":"\\u8d08"'
            || ',' || E'"\\ufac2":"\\u8f38","\\ufac3":"\\u9072","\\ufac4":"\\u9199","\\ufac5":"\\u9276"'
            || ',' || E'"\\ufac6":"\\u967c","\\ufac7":"\\u96e3","\\ufac8":"\\u9756","\\ufac9":"\\u97db"'
            || ',' || E'"\\ufaca":"\\u97ff","\\ufacb":"\\u980b","\\ufacc":"\\u983b","\\ufacd":"\\u9b12"'
            || ',' || E'"\\uface":"\\u9f9c","\\ufacf":"\\ud84a\\udc4a","\\ufad0":"\\ud84a\\udc44","\\ufad1":"\\ud84c\\udfd5"'
            || ',' || E'"\\ufad2":"\\u3b9d","\\ufad3":"\\u4018","\\ufad4":"\\u4039","\\ufad5":"\\ud854\\ude49"'
            || ',' || E'"\\ufad6":"\\ud857\\udcd0","\\ufad7":"\\ud85f\\uded3","\\ufad8":"\\u9f43","\\ufad9":"\\u9f8e"'
            || ',' || E'"\\ufb00":"\\u0066\\u0066","\\ufb01":"\\u0066\\u0069","\\ufb02":"\\u0066\\u006c","\\ufb03":"\\u0066\\u0066\\u0069"'
            || ',' || E'"\\ufb04":"\\u0066\\u0066\\u006c","\\ufb05":"\\u0073\\u0074","\\ufb06":"\\u0073\\u0074","\\ufb13":"\\u0574\\u0576"'
            || ',' || E'"\\ufb14":"\\u0574\\u0565","\\ufb15":"\\u0574\\u056b","\\ufb16":"\\u057e\\u0576","\\ufb17":"\\u0574\\u056d"'
            || ',' || E'"\\ufb1d":"\\u05d9\\u05b4","\\ufb1f":"\\u05f2\\u05b7","\\ufb20":"\\u05e2","\\ufb21":"\\u05d0"'
            || ',' || E'"\\ufb22":"\\u05d3","\\ufb23":"\\u05d4","\\ufb24":"\\u05db","\\ufb25":"\\u05dc"'
            || ',' || E'"\\ufb26":"\\u05dd","\\ufb27":"\\u05e8","\\ufb28":"\\u05ea","\\ufb29":"\\u002b"'
            || ',' || E'"\\ufb2a":"\\u05e9\\u05c1","\\ufb2b":"\\u05e9\\u05c2","\\ufb2c":"\\u05e9\\u05bc\\u05c1","\\ufb2d":"\\u05e9\\u05bc\\u05c2"'
            || ',' || E'"\\ufb2e":"\\u05d0\\u05b7","\\ufb2f":"\\u05d0\\u05b8","\\ufb30":"\\u05d0\\u05bc","\\ufb31":"\\u05d1\\u05bc"'
            || ',' || E'"\\ufb32":"\\u05d2\\u05bc","\\ufb33":"\\u05d3\\u05bc","\\ufb34":"\\u05d4\\u05bc","\\ufb35":"\\u05d5\\u05bc"'
            || ',' || E'"\\ufb36":"\\u05d6\\u05bc","\\ufb38":"\\u05d8\\u05bc","\\ufb39":"\\u05d9\\u05bc","\\ufb3a":"\\u05da\\u05bc"'
            || ',' || E'"\\ufb3b":"\\u05db\\u05bc","\\ufb3c":"\\u05dc\\u05bc","\\ufb3e":"\\u05de\\u05bc","\\ufb40":"\\u05e0\\u05bc"'
            || ',' || E'"\\ufb41":"\\u05e1\\u05bc","\\ufb43":"\\u05e3\\u05bc","\\ufb44":"\\u05e4\\u05bc","\\ufb46":"\\u05e6\\u05bc"'
            || ',' || E'"\\ufb47":"\\u05e7\\u05bc","\\ufb48":"\\u05e8\\u05bc","\\ufb49":"\\u05e9\\u05bc","\\ufb4a":"\\u05ea\\u05bc"'
            || ',' || E'"\\ufb4b":"\\u05d5\\u05b9","\\ufb4c":"\\u05d1\\u05bf","\\ufb4d":"\\u05db\\u05bf","\\ufb4e":"\\u05e4\\u05bf"'
            || ',' || E'"\\ufb4f":"\\u05d0\\u05dc","\\ufb50":"\\u0671","\\ufb51":"\\u0671","\\ufb52":"\\u067b"'
            || ',' || E'"\\ufb53":"\\u067b","\\ufb54":"\\u067b","\\ufb55":"\\u067b","\\ufb56":"\\u067e"'
            || ',' || E'"\\ufb57":"\\u067e","\\ufb58":"\\u067e","\\ufb59":"\\u067e","\\ufb5a":"\\u0680"'
            || ',' || E'"\\ufb5b":"\\u0680","\\ufb5c":"\\u0680","\\ufb5d":"\\u0680","\\ufb5e":"\\u067a"'
            || ',' || E'"\\ufb5f":"\\u067a","\\ufb60":"\\u067a","\\ufb61":"\\u067a","\\ufb62":"\\u067f"'
            || ',' || E'"\\ufb63":"\\u067f","\\ufb64":"\\u067f","\\ufb65":"\\u067f","\\ufb66":"\\u0679"'
            || ',' || E'"\\ufb67":"\\u0679","\\ufb68":"\\u0679","\\ufb69":"\\u0679","\\ufb6a":"\\u06a4"'
            || ',' || E'"\\ufb6b":"\\u06a4","\\ufb6c":"\\u06a4","\\ufb6d":"\\u06a4","\\ufb6e":"\\u06a6"'
            || ',' || E'"\\ufb6f":"\\u06a6","\\ufb70":"\\u06a6","\\ufb71":"\\u06a6","\\ufb72":"\\u0684"'
            || ',' || E'"\\ufb73":"\\u0684","\\ufb74":"\\u0684","\\ufb75":"\\u0684","\\ufb76":"\\u0683"'
            || ',' || E'"\\ufb77":"\\u0683","\\ufb78":"\\u0683","\\ufb79":"\\u0683","\\ufb7a":"\\u0686"'
            || ',' || E'"\\ufb7b":"\\u0686","\\ufb7c":"\\u0686","\\ufb7d":"\\u0686","\\ufb7e":"\\u0687"'
            || ',' || E'"\\ufb7f":"\\u0687","\\ufb80":"\\u0687","\\ufb81":"\\u0687","\\ufb82":"\\u068d"'
            || ',' || E'"\\ufb83":"\\u068d","\\ufb84":"\\u068c","\\ufb85":"\\u068c","\\ufb86":"\\u068e"'
            || ',' || E'"\\ufb87":"\\u068e","\\ufb88":"\\u0688","\\ufb89":"\\u0688","\\ufb8a":"\\u0698"'
            || ',' || E'"\\ufb8b":"\\u0698","\\ufb8c":"\\u0691","\\ufb8d":"\\u0691","\\ufb8e":"\\u06a9"'
            || ',' || E'"\\ufb8f":"\\u06a9","\\ufb90":"\\u06a9","\\ufb91":"\\u06a9","\\ufb92":"\\u06af"'
            || ',' || E'"\\ufb93":"\\u06af","\\ufb94":"\\u06af","\\ufb95":"\\u06af","\\ufb96":"\\u06b3"'
            || ',' || E'"\\ufb97":"\\u06b3","\\ufb98":"\\u06b3","\\ufb99":"\\u06b3","\\ufb9a":"\\u06b1"'
            || ',' || E'"\\ufb9b":"\\u06b1","\\ufb9c":"\\u06b1","\\ufb9d":"\\u06b1","\\ufb9e":"\\u06ba"'
            || ',' || E'"\\ufb9f":"\\u06ba","\\ufba0":"\\u06bb","\\ufba1":"\\u06bb","\\ufba2":"\\u06bb"'
            || ',' || E'"\\ufba3":"\\u06bb","\\ufba4":"\\u06c0","\\ufba5":"\\u06c0","\\ufba6":"\\u06c1"'
            || ',' || E'"\\ufba7":"\\u06c1","\\ufba8":"\\u06c1","\\ufba9":"\\u06c1","\\ufbaa":"\\u06be"'
            || ',' || E'"\\ufbab":"\\u06be","\\ufbac":"\\u06be","\\ufbad":"\\u06be","\\ufbae":"\\u06d2"'
            || ',' || E'"\\ufbaf":"\\u06d2","\\ufbb0":"\\u06d3","\\ufbb1":"\\u06d3","\\ufbd3":"\\u06ad"'
            || ',' || E'"\\ufbd4":"\\u06ad","\\ufbd5":"\\u06ad","\\ufbd6":"\\u06ad","\\ufbd7":"\\u06c7"'
            || ',' || E'"\\ufbd8":"\\u06c7","\\ufbd9":"\\u06c6","\\ufbda":"\\u06c6","\\ufbdb":"\\u06c8"'
            || ',' || E'"\\ufbdc":"\\u06c8","\\ufbdd":"\\u06c7\\u0674","\\ufbde":"\\u06cb","\\ufbdf":"\\u06cb"'
            || ',' || E'"\\ufbe0":"\\u06c5","\\ufbe1":"\\u06c5","\\ufbe2":"\\u06c9","\\ufbe3":"\\u06c9"'
            || ',' || E'"\\ufbe4":"\\u06d0","\\ufbe5":"\\u06d0","\\ufbe6":"\\u06d0","\\ufbe7":"\\u06d0"'
            || ',' || E'"\\ufbe8":"\\u0649","\\ufbe9":"\\u0649","\\ufbea":"\\u0626\\u0627","\\ufbeb":"\\u0626\\u0627"'
            || ',' || E'"\\ufbec":"\\u0626\\u06d5","\\ufbed":"\\u0626\\u06d5","\\ufbee":"\\u0626\\u0648","\\ufbef":"\\u0626\\u0648"'
            || ',' || E'"\\ufbf0":"\\u0626\\u06c7","\\ufbf1":"\\u0626\\u06c7","\\ufbf2":"\\u0626\\u06c6","\\ufbf3":"\\u0626\\u06c6"'
            || ',' || E'"\\ufbf4":"\\u0626\\u06c8","\\ufbf5":"\\u0626\\u06c8","\\ufbf6":"\\u0626\\u06d0","\\ufbf7":"\\u0626\\u06d0"'
            || ',' || E'"\\ufbf8":"\\u0626\\u06d0","\\ufbf9":"\\u0626\\u0649","\\ufbfa":"\\u0626\\u0649","\\ufbfb":"\\u0626\\u0649"'
            || ',' || E'"\\ufbfc":"\\u06cc","\\ufbfd":"\\u06cc","\\ufbfe":"\\u06cc","\\ufbff":"\\u06cc"'
            || ',' || E'"\\ufc00":"\\u0626\\u062c","\\ufc01":"\\u0626\\u062d","\\ufc02":"\\u0626\\u0645","\\ufc03":"\\u0626\\u0649"'
            || ',' || E'"\\ufc04":"\\u0626\\u064a","\\ufc05":"\\u0628\\u062c","\\ufc06":"\\u0628\\u062d","\\ufc07":"\\u0628\\u062e"'
            || ',' || E'"\\ufc08":"\\u0628\\u0645","\\ufc09":"\\u0628\\u0649","\\ufc0a":"\\u0628\\u064a","\\ufc0b":"\\u062a\\u062c"'
            || ',' || E'"\\ufc0c":"\\u062a\\u062d","\\ufc0d":"\\u062a\\u062e","\\ufc0e":"\\u062a\\u0645","\\ufc0f":"\\u062a\\u0649"'
            || ',' || E'"\\ufc10":"\\u062a\\u064a","\\ufc11":"\\u062b\\u062c","\\ufc12":"\\u062b\\u0645","\\ufc13":"\\u062b\\u0649"'
            || ',' || E'"\\ufc14":"\\u062b\\u064a","\\ufc15":"\\u062c\\u062d","\\ufc16":"\\u062c\\u0645","\\ufc17":"\\u062d\\u062c"'
            || ',' || E'"\\ufc18":"\\u062d\\u0645","\\ufc19":"\\u062e\\u062c","\\ufc1a":"\\u062e\\u062d","\\ufc1b":"\\u062e\\u0645"'
            || ',' || E'"\\ufc1c":"\\u0633\\u062c","\\ufc1d":"\\u0633\\u062d","\\ufc1e":"\\u0633\\u062e","\\ufc1f":"\\u0633\\u0645"'
            || ',' || E'"\\ufc20":"\\u0635\\u062d","\\ufc21":"\\u0635\\u0645","\\ufc22":"\\u0636\\u062c","\\ufc23":"\\u0636\\u062d"'
            || ',' || E'"\\ufc24":"\\u0636\\u062e","\\ufc25":"\\u0636\\u0645","\\ufc26":"\\u0637\\u062d","\\ufc27":"\\u0637\\u0645"'
            || ',' || E'"\\ufc28":"\\u0638\\u0645","\\ufc29":"\\u0639\\u062c","\\ufc2a":"\\u0639\\u0645","\\ufc2b":"\\u063a\\u062c"'
            || ',' || E'"\\ufc2c":"\\u063a\\u0645","\\ufc2d":"\\u0641\\u062c","\\ufc2e":"\\u0641\\u062d","\\ufc2f":"\\u0641\\u062e"'
            || ',' || E'"\\ufc30":"\\u0641\\u0645","\\ufc31":"\\u0641\\u0649","\\ufc32":"\\u0641\\u064a","\\ufc33":"\\u0642\\u062d"'
            || ',' || E'"\\ufc34":"\\u0642\\u0645","\\ufc35":"\\u0642\\u0649","\\ufc36":"\\u0642\\u064a","\\ufc37":"\\u0643\\u0627"'
            || ',' || E'"\\ufc38":"\\u0643\\u062c","\\ufc39":"\\u0643\\u062d","\\ufc3a":"\\u0643\\u062e","\\ufc3b":"\\u0643\\u0644"'
            || ',' || E'"\\ufc3c":"\\u0643\\u0645","\\ufc3d":"\\u0643\\u0649","\\ufc3e":"\\u0643\\u064a","\\ufc3f":"\\u0644\\u062c"'
            || ',' || E'"\\ufc40":"\\u0644\\u062d","\\ufc41":"\\u0644\\u062e","\\ufc42":"\\u0644\\u0645","\\ufc43":"\\u0644\\u0649"'
            || ',' || E'"\\ufc44":"\\u0644\\u064a","\\ufc45":"\\u0645\\u062c","\\ufc46":"\\u0645\\u062d","\\ufc47":"\\u0645\\u062e"'
            || ',' || E'"\\ufc48":"\\u0645\\u0645","\\ufc49":"\\u0645\\u0649","\\ufc4a":"\\u0645\\u064a","\\ufc4b":"\\u0646\\u062c"'
            || ',' || E'"\\ufc4c":"\\u0646\\u062d","\\ufc4d":"\\u0646\\u062e","\\ufc4e":"\\u0646\\u0645","\\ufc4f":"\\u0646\\u0649"'
            || ',' || E'"\\ufc50":"\\u0646\\u064a","\\ufc51":"\\u0647\\u062c","\\ufc52":"\\u0647\\u0645","\\ufc53":"\\u0647\\u0649"'
            || ',' || E'"\\ufc54":"\\u0647\\u064a","\\ufc55":"\\u064a\\u062c","\\ufc56":"\\u064a\\u062d","\\ufc57":"\\u064a\\u062e"'
            || ',' || E'"\\ufc58":"\\u064a\\u0645","\\ufc59":"\\u064a\\u0649","\\ufc5a":"\\u064a\\u064a","\\ufc5b":"\\u0630\\u0670"'
            || ',' || E'"\\ufc5c":"\\u0631\\u0670","\\ufc5d":"\\u0649\\u0670","\\ufc5e":"\\u0020\\u064c\\u0651","\\ufc5f":"\\u0020\\u064d\\u0651"'
            || ',' || E'"\\ufc60":"\\u0020\\u064e\\u0651","\\ufc61":"\\u0020\\u064f\\u0651","\\ufc62":"\\u0020\\u0650\\u0651","\\ufc63":"\\u0020\\u0651\\u0670"'
            || ',' || E'"\\ufc64":"\\u0626\\u0631","\\ufc65":"\\u0626\\u0632","\\ufc66":"\\u0626\\u0645","\\ufc67":"\\u0626\\u0646"'
            || ',' || E'"\\ufc68":"\\u0626\\u0649","\\ufc69":"\\u0626\\u064a","\\ufc6a":"\\u0628\\u0631","\\ufc6b":"\\u0628\\u0632"'
            || ',' || E'"\\ufc6c":"\\u0628\\u0645","\\ufc6d":"\\u0628\\u0646","\\ufc6e":"\\u0628\\u0649","\\ufc6f":"\\u0628\\u064a"'
            || ',' || E'"\\ufc70":"\\u062a\\u0631","\\ufc71":"\\u062a\\u0632","\\ufc72":"\\u062a\\u0645","\\ufc73":"\\u062a\\u0646"'
            || ',' || E'"\\ufc74":"\\u062a\\u0649","\\ufc75":"\\u062a\\u064a","\\ufc76":"\\u062b\\u0631","\\ufc77":"\\u062b\\u0632"'
            || ',' || E'"\\ufc78":"\\u062b\\u0645","\\ufc79":"\\u062b\\u0646","\\ufc7a":"\\u062b\\u0649","\\ufc7b":"\\u062b\\u064a"'
            || ',' || E'"\\ufc7c":"\\u0641\\u0649","\\ufc7d":"\\u0641\\u064a","\\ufc7e":"\\u0642\\u0649","\\ufc7f":"\\u0642\\u064a"'
            || ',' || E'"\\ufc80":"\\u0643\\u0627","\\ufc81":"\\u0643\\u0644","\\ufc82":"\\u0643\\u0645","\\ufc83":"\\u0643\\u0649"'
            || ',' || E'"\\ufc84":"\\u0643\\u064a","\\ufc85":"\\u0644\\u0645","\\ufc86":"\\u0644\\u0649","\\ufc87":"\\u0644\\u064a"'
            || ',' || E'"\\ufc88":"\\u0645\\u0627","\\ufc89":"\\u0645\\u0645","\\ufc8a":"\\u0646\\u0631","\\ufc8b":"\\u0646\\u0632"'
            || ',' || E'"\\ufc8c":"\\u0646\\u0645","\\ufc8d":"\\u0646\\u0646","\\ufc8e":"\\u0646\\u0649","\\ufc8f":"\\u0646\\u064a"'
            || ',' || E'"\\ufc90":"\\u0649\\u0670","\\ufc91":"\\u064a\\u0631","\\ufc92":"\\u064a\\u0632","\\ufc93":"\\u064a\\u0645"'
            || ',' || E'"\\ufc94":"\\u064a\\u0646","\\ufc95":"\\u064a\\u0649","\\ufc96":"\\u064a\\u064a","\\ufc97":"\\u0626\\u062c"'
            || ',' || E'"\\ufc98":"\\u0626\\u062d","\\ufc99":"\\u0626\\u062e","\\ufc9a":"\\u0626\\u0645","\\ufc9b":"\\u0626\\u0647"'
            || ',' || E'"\\ufc9c":"\\u0628\\u062c","\\ufc9d":"\\u0628\\u062d","\\ufc9e":"\\u0628\\u062e","\\ufc9f":"\\u0628\\u0645"'
            || ',' || E'"\\ufca0":"\\u0628\\u0647","\\ufca1":"\\u062a\\u062c","\\ufca2":"\\u062a\\u062d","\\ufca3":"\\u062a\\u062e"'
            || ',' || E'"\\ufca4":"\\u062a\\u0645","\\ufca5":"\\u062a\\u0647","\\ufca6":"\\u062b\\u0645","\\ufca7":"\\u062c\\u062d"'
            || ',' || E'"\\ufca8":"\\u062c\\u0645","\\ufca9":"\\u062d\\u062c","\\ufcaa":"\\u062d\\u0645","\\ufcab":"\\u062e\\u062c"'
            || ',' || E'"\\ufcac":"\\u062e\\u0645","\\ufcad":"\\u0633\\u062c","\\ufcae":"\\u0633\\u062d","\\ufcaf":"\\u0633\\u062e"'
            || ',' || E'"\\ufcb0":"\\u0633\\u0645","\\ufcb1":"\\u0635\\u062d","\\ufcb2":"\\u0635\\u062e","\\ufcb3":"\\u0635\\u0645"'
            || ',' || E'"\\ufcb4":"\\u0636\\u062c","\\ufcb5":"\\u0636\\u062d","\\ufcb6":"\\u0636\\u062e","\\ufcb7":"\\u0636\\u0645"'
            || ',' || E'"\\ufcb8":"\\u0637\\u062d","\\ufcb9":"\\u0638\\u0645","\\ufcba":"\\u0639\\u062c","\\ufcbb":"\\u0639\\u0645"'
            || ',' || E'"\\ufcbc":"\\u063a\\u062c","\\ufcbd":"\\u063a\\u0645","\\ufcbe":"\\u0641\\u062c","\\ufcbf":"\\u0641\\u062d"'
            || ',' || E'"\\ufcc0":"\\u0641\\u062e","\\ufcc1":"\\u0641\\u0645","\\ufcc2":"\\u0642\\u062d","\\ufcc3":"\\u0642\\u0645"'
            || ',' || E'"\\ufcc4":"\\u0643\\u062c","\\ufcc5":"\\u0643\\u062d","\\ufcc6":"\\u0643\\u062e","\\ufcc7":"\\u0643\\u0644"'
            || ',' || E'"\\ufcc8":"\\u0643\\u0645","\\ufcc9":"\\u0644\\u062c","\\ufcca":"\\u0644\\u062d","\\ufccb":"\\u0644\\u062e"'
            || ',' || E'"\\ufccc":"\\u0644\\u0645","\\ufccd":"\\u0644\\u0647","\\ufcce":"\\u0645\\u062c","\\ufccf":"\\u0645\\u062d"'
            || ',' || E'"\\ufcd0":"\\u0645\\u062e","\\ufcd1":"\\u0645\\u0645","\\ufcd2":"\\u0646\\u062c","\\ufcd3":"\\u0646\\u062d"'
            || ',' || E'"\\ufcd4":"\\u0646\\u062e","\\ufcd5":"\\u0646\\u0645","\\ufcd6":"\\u0646\\u0647","\\ufcd7":"\\u0647\\u062c"'
            || ',' || E'"\\ufcd8":"\\u0647\\u0645","\\ufcd9":"\\u0647\\u0670","\\ufcda":"\\u064a\\u062c","\\ufcdb":"\\u064a\\u062d"'
            || ',' || E'"\\ufcdc":"\\u064a\\u062e","\\ufcdd":"\\u064a\\u0645","\\ufcde":"\\u064a\\u0647","\\ufcdf":"\\u0626\\u0645"'
            || ',' || E'"\\ufce0":"\\u0626\\u0647","\\ufce1":"\\u0628\\u0645","\\ufce2":"\\u0628\\u0647","\\ufce3":"\\u062a\\u0645"'
            || ',' || E'"\\ufce4":"\\u062a\\u0647","\\ufce5":"\\u062b\\u0645","\\ufce6":"\\u062b\\u0647","\\ufce7":"\\u0633\\u0645"'
            || ',' || E'"\\ufce8":"\\u0633\\u0647","\\ufce9":"\\u0634\\u0645","\\ufcea":"\\u0634\\u0647","\\ufceb":"\\u0643\\u0644"'
            || ',' || E'"\\ufcec":"\\u0643\\u0645","\\ufced":"\\u0644\\u0645","\\ufcee":"\\u0646\\u0645","\\ufcef":"\\u0646\\u0647"'
            || ',' || E'"\\ufcf0":"\\u064a\\u0645","\\ufcf1":"\\u064a\\u0647","\\ufcf2":"\\u0640\\u064e\\u0651","\\ufcf3":"\\u0640\\u064f\\u0651"'
            || ',' || E'"\\ufcf4":"\\u0640\\u0650\\u0651","\\ufcf5":"\\u0637\\u0649","\\ufcf6":"\\u0637\\u064a","\\ufcf7":"\\u0639\\u0649"'
            || ',' || E'"\\ufcf8":"\\u0639\\u064a","\\ufcf9":"\\u063a\\u0649","\\ufcfa":"\\u063a\\u064a","\\ufcfb":"\\u0633\\u0649"'
            || ',' || E'"\\ufcfc":"\\u0633\\u064a","\\ufcfd":"\\u0634\\u0649","\\ufcfe":"\\u0634\\u064a","\\ufcff":"\\u062d\\u0649"'
            || ',' || E'"\\ufd00":"\\u062d\\u064a","\\ufd01":"\\u062c\\u0649","\\ufd02":"\\u062c\\u064a","\\ufd03":"\\u062e\\u0649"'
            || ',' || E'"\\ufd04":"\\u062e\\u064a","\\ufd05":"\\u0635\\u0649","\\ufd06":"\\u0635\\u064a","\\ufd07":"\\u0636\\u0649"'
            || ',' || E'"\\ufd08":"\\u0636\\u064a","\\ufd09":"\\u0634\\u062c","\\ufd0a":"\\u0634\\u062d","\\ufd0b":"\\u0634\\u062e"'
            || ',' || E'"\\ufd0c":"\\u0634\\u0645","\\ufd0d":"\\u0634\\u0631","\\ufd0e":"\\u0633\\u0631","\\ufd0f":"\\u0635\\u0631"'
            || ',' || E'"\\ufd10":"\\u0636\\u0631","\\ufd11":"\\u0637\\u0649","\\ufd12":"\\u0637\\u064a","\\ufd13":"\\u0639\\u0649"'
            || ',' || E'"\\ufd14":"\\u0639\\u064a","\\ufd15":"\\u063a\\u0649","\\ufd16":"\\u063a\\u064a","\\ufd17":"\\u0633\\u0649"'
            || ',' || E'"\\ufd18":"\\u0633\\u064a","\\ufd19":"\\u0634\\u0649","\\ufd1a":"\\u0634\\u064a","\\ufd1b":"\\u062d\\u0649"'
            || ',' || E'"\\ufd1c":"\\u062d\\u064a","\\ufd1d":"\\u062c\\u0649","\\ufd1e":"\\u062c\\u064a","\\ufd1f":"\\u062e\\u0649"'
            || ',' || E'"\\ufd20":"\\u062e\\u064a","\\ufd21":"\\u0635\\u0649","\\ufd22":"\\u0635\\u064a","\\ufd23":"\\u0636\\u0649"'
            || ',' || E'"\\ufd24":"\\u0636\\u064a","\\ufd25":"\\u0634\\u062c","\\ufd26":"\\u0634\\u062d","\\ufd27":"\\u0634\\u062e"'
            || ',' || E'"\\ufd28":"\\u0634\\u0645","\\ufd29":"\\u0634\\u0631","\\ufd2a":"\\u0633\\u0631","\\ufd2b":"\\u0635\\u0631"'
            || ',' || E'"\\ufd2c":"\\u0636\\u0631","\\ufd2d":"\\u0634\\u062c","\\ufd2e":"\\u0634\\u062d","\\ufd2f":"\\u0634\\u062e"'
            || ',' || E'"\\ufd30":"\\u0634\\u0645","\\ufd31":"\\u0633\\u0647","\\ufd32":"\\u0634\\u0647","\\ufd33":"\\u0637\\u0645"'
            || ',' || E'"\\ufd34":"\\u0633\\u062c","\\ufd35":"\\u0633\\u062d","\\ufd36":"\\u0633\\u062e","\\ufd37":"\\u0634\\u062c"'
            || ',' || E'"\\ufd38":"\\u0634\\u062d","\\ufd39":"\\u0634\\u062e","\\ufd3a":"\\u0637\\u0645","\\ufd3b":"\\u0638\\u0645"'
            || ',' || E'"\\ufd3c":"\\u0627\\u064b","\\ufd3d":"\\u0627\\u064b","\\ufd50":"\\u062a\\u062c\\u0645","\\ufd51":"\\u062a\\u062d\\u062c"'
            || ',' || E'"\\ufd52":"\\u062a\\u062d\\u062c","\\ufd53":"\\u062a\\u062d\\u0645","\\ufd54":"\\u062a\\u062e\\u0645","\\ufd55":"\\u062a\\u0645\\u062c"'
            || ',' || E'"\\ufd56":"\\u062a\\u0645\\u062d","\\ufd57":"\\u062a\\u0645\\u062e","\\ufd58":"\\u062c\\u0645\\u062d","\\ufd59":"\\u062c\\u0645\\u062d"'
            || ',' || E'"\\ufd5a":"\\u062d\\u0645\\u064a","\\ufd5b":"\\u062d\\u0645\\u0649","\\ufd5c":"\\u0633\\u062d\\u062c","\\ufd5d":"\\u0633\\u062c\\u062d"'
            || ',' || E'"\\ufd5e":"\\u0633\\u062c\\u0649","\\ufd5f":"\\u0633\\u0645\\u062d","\\ufd60":"\\u0633\\u0645\\u062d","\\ufd61":"\\u0633\\u0645\\u062c"'
            || ',' || E'"\\ufd62":"\\u0633\\u0645\\u0645","\\ufd63":"\\u0633\\u0645\\u0645","\\ufd64":"\\u0635\\u062d\\u062d","\\ufd65":"\\u0635\\u062d\\u062d"'
            || ',' || E'"\\ufd66":"\\u0635\\u0645\\u0645","\\ufd67":"\\u0634\\u062d\\u0645","\\ufd68":"\\u0634\\u062d\\u0645","\\ufd69":"\\u0634\\u062c\\u064a"'
            || ',' || E'"\\ufd6a":"\\u0634\\u0645\\u062e","\\ufd6b":"\\u0634\\u0645\\u062e","\\ufd6c":"\\u0634\\u0645\\u0645","\\ufd6d":"\\u0634\\u0645\\u0645"'
            || ',' || E'"\\ufd6e":"\\u0636\\u062d\\u0649","\\ufd6f":"\\u0636\\u062e\\u0645","\\ufd70":"\\u0636\\u062e\\u0645","\\ufd71":"\\u0637\\u0645\\u062d"'
            || ',' || E'"\\ufd72":"\\u0637\\u0645\\u062d","\\ufd73":"\\u0637\\u0645\\u0645","\\ufd74":"\\u0637\\u0645\\u064a","\\ufd75":"\\u0639\\u062c\\u0645"'
            || ',' || E'"\\ufd76":"\\u0639\\u0645\\u0645","\\ufd77":"\\u0639\\u0645\\u0645","\\ufd78":"\\u0639\\u0645\\u0649","\\ufd79":"\\u063a\\u0645\\u0645"'
            || ',' || E'"\\ufd7a":"\\u063a\\u0645\\u064a","\\ufd7b":"\\u063a\\u0645\\u0649","\\ufd7c":"\\u0641\\u062e\\u0645","\\ufd7d":"\\u0641\\u062e\\u0645"'
            || ',' || E'"\\ufd7e":"\\u0642\\u0645\\u062d","\\ufd7f":"\\u0642\\u0645\\u0645","\\ufd80":"\\u0644\\u062d\\u0645","\\ufd81":"\\u0644\\u062d\\u064a"'
            || ',' || E'"\\ufd82":"\\u0644\\u062d\\u0649","\\ufd83":"\\u0644\\u062c\\u062c","\\ufd84":"\\u0644\\u062c\\u062c","\\ufd85":"\\u0644\\u062e\\u0645"'
            || ',' || E'"\\ufd86":"\\u0644\\u062e\\u0645","\\ufd87":"\\u0644\\u0645\\u062d","\\ufd88":"\\u0644\\u0645\\u062d","\\ufd89":"\\u0645\\u062d\\u062c"'
            || ',' || E'"\\ufd8a":"\\u0645\\u062d\\u0645","\\ufd8b":"\\u0645\\u062d\\u064a","\\ufd8c":"\\u0645\\u062c\\u062d","\\ufd8d":"\\u0645\\u062c\\u0645"'
            || ',' || E'"\\ufd8e":"\\u0645\\u062e\\u062c","\\ufd8f":"\\u0645\\u062e\\u0645","\\ufd92":"\\u0645\\u062c\\u062e","\\ufd93":"\\u0647\\u0645\\u062c"'
            || ',' || E'"\\ufd94":"\\u0647\\u0645\\u0645","\\ufd95":"\\u0646\\u062d\\u0645","\\ufd96":"\\u0646\\u062d\\u0649","\\ufd97":"\\u0646\\u062c\\u0645"'
            || ',' || E'"\\ufd98":"\\u0646\\u062c\\u0645","\\ufd99":"\\u0646\\u062c\\u0649","\\ufd9a":"\\u0646\\u0645\\u064a","\\ufd9b":"\\u0646\\u0645\\u0649"'
            || ',' || E'"\\ufd9c":"\\u064a\\u0645\\u0645","\\ufd9d":"\\u064a\\u0645\\u0645","\\ufd9e":"\\u0628\\u062e\\u064a","\\ufd9f":"\\u062a\\u062c\\u064a"'
            || ',' || E'"\\ufda0":"\\u062a\\u062c\\u0649","\\ufda1":"\\u062a\\u062e\\u064a","\\ufda2":"\\u062a\\u062e\\u0649","\\ufda3":"\\u062a\\u0645\\u064a"'
            || ',' || E'"\\ufda4":"\\u062a\\u0645\\u0649","\\ufda5":"\\u062c\\u0645\\u064a","\\ufda6":"\\u062c\\u062d\\u0649","\\ufda7":"\\u062c\\u0645\\u0649"'
            || ',' || E'"\\ufda8":"\\u0633\\u062e\\u0649","\\ufda9":"\\u0635\\u062d\\u064a","\\ufdaa":"\\u0634\\u062d\\u064a","\\ufdab":"\\u0636\\u062d\\u064a"'
            || ',' || E'"\\ufdac":"\\u0644\\u062c\\u064a","\\ufdad":"\\u0644\\u0645\\u064a","\\ufdae":"\\u064a\\u062d\\u064a","\\ufdaf":"\\u064a\\u062c\\u064a"'
            || ',' || E'"\\ufdb0":"\\u064a\\u0645\\u064a","\\ufdb1":"\\u0645\\u0645\\u064a","\\ufdb2":"\\u0642\\u0645\\u064a","\\ufdb3":"\\u0646\\u062d\\u064a"'
            || ',' || E'"\\ufdb4":"\\u0642\\u0645\\u062d","\\ufdb5":"\\u0644\\u062d\\u0645","\\ufdb6":"\\u0639\\u0645\\u064a","\\ufdb7":"\\u0643\\u0645\\u064a"'
            || ',' || E'"\\ufdb8":"\\u0646\\u062c\\u062d","\\ufdb9":"\\u0645\\u062e\\u064a","\\ufdba":"\\u0644\\u062c\\u0645","\\ufdbb":"\\u0643\\u0645\\u0645"'
            || ',' || E'"\\ufdbc":"\\u0644\\u062c\\u0645","\\ufdbd":"\\u0646\\u062c\\u062d","\\ufdbe":"\\u062c\\u062d\\u064a","\\ufdbf":"\\u062d\\u062c\\u064a"'
            || ',' || E'"\\ufdc0":"\\u0645\\u062c\\u064a","\\ufdc1":"\\u0641\\u0645\\u064a","\\ufdc2":"\\u0628\\u062d\\u064a","\\ufdc3":"\\u0643\\u0645\\u0645"'
            || ',' || E'"\\ufdc4":"\\u0639\\u062c\\u0645","\\ufdc5":"\\u0635\\u0645\\u0645","\\ufdc6":"\\u0633\\u062e\\u064a","\\ufdc7":"\\u0646\\u062c\\u064a"'
            || ',' || E'"\\ufdf0":"\\u0635\\u0644\\u06d2","\\ufdf1":"\\u0642\\u0644\\u06d2","\\ufdf2":"\\u0627\\u0644\\u0644\\u0647","\\ufdf3":"\\u0627\\u0643\\u0628\\u0631"'
            || ',' || E'"\\ufdf4":"\\u0645\\u062d\\u0645\\u062f","\\ufdf5":"\\u0635\\u0644\\u0639\\u0645","\\ufdf6":"\\u0631\\u0633\\u0648\\u0644","\\ufdf7":"\\u0639\\u0644\\u064a\\u0647"'
            || ',' || E'"\\ufdf8":"\\u0648\\u0633\\u0644\\u0645","\\ufdf9":"\\u0635\\u0644\\u0649","\\ufdfa":"\\u0635\\u0644\\u0649\\u0020\\u0627\\u0644\\u0644\\u0647\\u0020\\u0639\\u0644\\u064a\\u0647\\u0020\\u0648\\u0633\\u0644\\u0645","\\ufdfb":"\\u062c\\u0644\\u0020\\u062c\\u0644\\u0627\\u0644\\u0647"'
            || ',' || E'"\\ufdfc":"\\u0631\\u06cc\\u0627\\u0644","\\ufe10":"\\u002c","\\ufe11":"\\u3001","\\ufe12":"\\u3002"'
            || ',' || E'"\\ufe13":"\\u003a","\\ufe14":"\\u003b","\\ufe15":"\\u0021","\\ufe16":"\\u003f"'
            || ',' || E'"\\ufe17":"\\u3016","\\ufe18":"\\u3017","\\ufe19":"\\u002e\\u002e\\u002e","\\ufe30":"\\u002e\\u002e"'
            || ',' || E'"\\ufe31":"\\u2014","\\ufe32":"\\u2013","\\ufe33":"\\u005f","\\ufe34":"\\u005f"'
            || ',' || E'"\\ufe35":"\\u0028","\\ufe36":"\\u0029","\\ufe37":"\\u007b","\\ufe38":"\\u007d"'
            || ',' || E'"\\ufe39":"\\u3014","\\ufe3a":"\\u3015","\\ufe3b":"\\u3010","\\ufe3c":"\\u3011"'
            || ',' || E'"\\ufe3d":"\\u300a","\\ufe3e":"\\u300b","\\ufe3f":"\\u3008","\\ufe40":"\\u3009"'
            || ',' || E'"\\ufe41":"\\u300c","\\ufe42":"\\u300d","\\ufe43":"\\u300e","\\ufe44":"\\u300f"'
            || ',' || E'"\\ufe47":"\\u005b","\\ufe48":"\\u005d","\\ufe49":"\\u0020\\u0305","\\ufe4a":"\\u0020\\u0305"'
            || ',' || E'"\\ufe4b":"\\u0020\\u0305","\\ufe4c":"\\u0020\\u0305","\\ufe4d":"\\u005f","\\ufe4e":"\\u005f"'
            || ',' || E'"\\ufe4f":"\\u005f","\\ufe50":"\\u002c","\\ufe51":"\\u3001","\\ufe52":"\\u002e"'
            || ',' || E'"\\ufe54":"\\u003b","\\ufe55":"\\u003a","\\ufe56":"\\u003f","\\ufe57":"\\u0021"'
            || ',' || E'"\\ufe58":"\\u2014","\\ufe59":"\\u0028","\\ufe5a":"\\u0029","\\ufe5b":"\\u007b"'
            || ',' || E'"\\ufe5c":"\\u007d","\\ufe5d":"\\u3014","\\ufe5e":"\\u3015","\\ufe5f":"\\u0023"'
            || ',' || E'"\\ufe60":"\\u0026","\\ufe61":"\\u002a","\\ufe62":"\\u002b","\\ufe63":"\\u002d"'
            || ',' || E'"\\ufe64":"\\u003c","\\ufe65":"\\u003e","\\ufe66":"\\u003d","\\ufe68":"\\u005c"'
            || ',' || E'"\\ufe69":"\\u0024","\\ufe6a":"\\u0025","\\ufe6b":"\\u0040","\\ufe70":"\\u0020\\u064b"'
            || ',' || E'"\\ufe71":"\\u0640\\u064b","\\ufe72":"\\u0020\\u064c","\\ufe74":"\\u0020\\u064d","\\ufe76":"\\u0020\\u064e"'
            || ',' || E'"\\ufe77":"\\u0640\\u064e","\\ufe78":"\\u0020\\u064f","\\ufe79":"\\u0640\\u064f","\\ufe7a":"\\u0020\\u0650"'
            || ',' || E'"\\ufe7b":"\\u0640\\u0650","\\ufe7c":"\\u0020\\u0651","\\ufe7d":"\\u0640\\u0651","\\ufe7e":"\\u0020\\u0652"'
            || ',' || E'"\\ufe7f":"\\u0640\\u0652","\\ufe80":"\\u0621","\\ufe81":"\\u0622","\\ufe82":"\\u0622"'
            || ',' || E'"\\ufe83":"\\u0623","\\ufe84":"\\u0623","\\ufe85":"\\u0624","\\ufe86":"\\u0624"'
            || ',' || E'"\\ufe87":"\\u0625","\\ufe88":"\\u0625","\\ufe89":"\\u0626","\\ufe8a":"\\u0626"'
            || ',' || E'"\\ufe8b":"\\u0626","\\ufe8c":"\\u0626","\\ufe8d":"\\u0627","\\ufe8e":"\\u0627"'
            || ',' || E'"\\ufe8f":"\\u0628","\\ufe90":"\\u0628","\\ufe91":"\\u0628","\\ufe92":"\\u0628"'
            || ',' || E'"\\ufe93":"\\u0629","\\ufe94":"\\u0629","\\ufe95":"\\u062a","\\ufe96":"\\u062a"'
            || ',' || E'"\\ufe97":"\\u062a","\\ufe98":"\\u062a","\\ufe99":"\\u062b","\\ufe9a":"\\u062b"'
            || ',' || E'"\\ufe9b":"\\u062b","\\ufe9c":"\\u062b","\\ufe9d":"\\u062c","\\ufe9e":"\\u062c"'
            || ',' || E'"\\ufe9f":"\\u062c","\\ufea0":"\\u062c","\\ufea1":"\\u062d","\\ufea2":"\\u062d"'
            || ',' || E'"\\ufea3":"\\u062d","\\ufea4":"\\u062d","\\ufea5":"\\u062e","\\ufea6":"\\u062e"'
            || ',' || E'"\\ufea7":"\\u062e","\\ufea8":"\\u062e","\\ufea9":"\\u062f","\\ufeaa":"\\u062f"'
            || ',' || E'"\\ufeab":"\\u0630","\\ufeac":"\\u0630","\\ufead":"\\u0631","\\ufeae":"\\u0631"'
            || ',' || E'"\\ufeaf":"\\u0632","\\ufeb0":"\\u0632","\\ufeb1":"\\u0633","\\ufeb2":"\\u0633"'
            || ',' || E'"\\ufeb3":"\\u0633","\\ufeb4":"\\u0633","\\ufeb5":"\\u0634","\\ufeb6":"\\u0634"'
            || ',' || E'"\\ufeb7":"\\u0634","\\ufeb8":"\\u0634","\\ufeb9":"\\u0635","\\ufeba":"\\u0635"'
            || ',' || E'"\\ufebb":"\\u0635","\\ufebc":"\\u0635","\\ufebd":"\\u0636","\\ufebe":"\\u0636"'
            || ',' || E'"\\ufebf":"\\u0636","\\ufec0":"\\u0636","\\ufec1":"\\u0637","\\ufec2":"\\u0637"'
            || ',' || E'"\\ufec3":"\\u0637","\\ufec4":"\\u0637","\\ufec5":"\\u0638","\\ufec6":"\\u0638"'
            || ',' || E'"\\ufec7":"\\u0638","\\ufec8":"\\u0638","\\ufec9":"\\u0639","\\ufeca":"\\u0639"'
            || ',' || E'"\\ufecb":"\\u0639","\\ufecc":"\\u0639","\\ufecd":"\\u063a","\\ufece":"\\u063a"'
            || ',' || E'"\\ufecf":"\\u063a","\\ufed0":"\\u063a","\\ufed1":"\\u0641","\\ufed2":"\\u0641"'
            || ',' || E'"\\ufed3":"\\u0641","\\ufed4":"\\u0641","\\ufed5":"\\u0642","\\ufed6":"\\u0642"'
            || ',' || E'"\\ufed7":"\\u0642","\\ufed8":"\\u0642","\\ufed9":"\\u0643","\\ufeda":"\\u0643"'
            || ',' || E'"\\ufedb":"\\u0643","\\ufedc":"\\u0643","\\ufedd":"\\u0644","\\ufede":"\\u0644"'
            || ',' || E'"\\ufedf":"\\u0644","\\ufee0":"\\u0644","\\ufee1":"\\u0645","\\ufee2":"\\u0645"'
            || ',' || E'"\\ufee3":"\\u0645","\\ufee4":"\\u0645","\\ufee5":"\\u0646","\\ufee6":"\\u0646"'
            || ',' || E'"\\ufee7":"\\u0646","\\ufee8":"\\u0646","\\ufee9":"\\u0647","\\ufeea":"\\u0647"'
            || ',' || E'"\\ufeeb":"\\u0647","\\ufeec":"\\u0647","\\ufeed":"\\u0648","\\ufeee":"\\u0648"'
            || ',' || E'"\\ufeef":"\\u0649","\\ufef0":"\\u0649","\\ufef1":"\\u064a","\\ufef2":"\\u064a"'
            || ',' || E'"\\ufef3":"\\u064a","\\ufef4":"\\u064a","\\ufef5":"\\u0644\\u0622","\\ufef6":"\\u0644\\u0622"'
            || ',' || E'"\\ufef7":"\\u0644\\u0623","\\ufef8":"\\u0644\\u0623","\\ufef9":"\\u0644\\u0625","\\ufefa":"\\u0644\\u0625"'
            || ',' || E'"\\ufefb":"\\u0644\\u0627","\\ufefc":"\\u0644\\u0627","\\uff01":"\\u0021","\\uff02":"\\u0022"'
            || ',' || E'"\\uff03":"\\u0023","\\uff04":"\\u0024","\\uff05":"\\u0025","\\uff06":"\\u0026"'
            || ',' || E'"\\uff07":"\\u0027","\\uff08":"\\u0028","\\uff09":"\\u0029","\\uff0a":"\\u002a"'
            || ',' || E'"\\uff0b":"\\u002b","\\uff0c":"\\u002c","\\uff0d":"\\u002d","\\uff0e":"\\u002e"'
            || ',' || E'"\\uff0f":"\\u002f","\\uff10":"\\u0030","\\uff11":"\\u0031","\\uff12":"\\u0032"'
            || ',' || E'"\\uff13":"\\u0033","\\uff14":"\\u0034","\\uff15":"\\u0035","\\uff16":"\\u0036"'
            || ',' || E'"\\uff17":"\\u0037","\\uff18":"\\u0038","\\uff19":"\\u0039","\\uff1a":"\\u003a"'
            || ',' || E'"\\uff1b":"\\u003b","\\uff1c":"\\u003c","\\uff1d":"\\u003d","\\uff1e":"\\u003e"'
            || ',' || E'"\\uff1f":"\\u003f","\\uff20":"\\u0040","\\uff21":"\\u0041","\\uff22":"\\u0042"'
            || ',' || E'"\\uff23":"\\u0043","\\uff24":"\\u0044","\\uff25":"\\u0045","\\uff26":"\\u0046"'
            || ',' || E'"\\uff27":"\\u0047","\\uff28":"\\u0048","\\uff29":"\\u0049","\\uff2a":"\\u004a"'
            || ',' || E'"\\uff2b":"\\u004b","\\uff2c":"\\u004c","\\uff2d":"\\u004d","\\uff2e":"\\u004e"'
            || ',' || E'"\\uff2f":"\\u004f","\\uff30":"\\u0050","\\uff31":"\\u0051","\\uff32":"\\u0052"'
            || ',' || E'"\\uff33":"\\u0053","\\uff34":"\\u0054","\\uff35":"\\u0055","\\uff36":"\\u0056"'
            || ',' || E'"\\uff37":"\\u0057","\\uff38":"\\u0058","\\uff39":"\\u0059","\\uff3a":"\\u005a"'
            || ',' || E'"\\uff3b":"\\u005b","\\uff3c":"\\u005c","\\uff3d":"\\u005d","\\uff3e":"\\u005e"'
            || ',' || E'"\\uff3f":"\\u005f","\\uff40":"\\u0060","\\uff41":"\\u0061","\\uff42":"\\u0062"'
            || ',' || E'"\\uff43":"\\u0063","\\uff44":"\\u0064","\\uff45":"\\u0065","\\uff46":"\\u0066"'
            || ',' || E'"\\uff47":"\\u0067","\\uff48":"\\u0068","\\uff49":"\\u0069","\\uff4a":"\\u006a"'
            || ',' || E'"\\uff4b":"\\u006b","\\uff4c":"\\u006c","\\uff4d":"\\u006d","\\uff4e":"\\u006e"'
            || ',' || E'"\\uff4f":"\\u006f","\\uff50":"\\u0070","\\uff51":"\\u0071","\\uff52":"\\u0072"'
            || ',' || E'"\\uff53":"\\u0073","\\uff54":"\\u0074","\\uff55":"\\u0075","\\uff56":"\\u0076"'
            || ',' || E'"\\uff57":"\\u0077","\\uff58":"\\u0078","\\uff59":"\\u0079","\\uff5a":"\\u007a"'
            || ',' || E'"\\uff5b":"\\u007b","\\uff5c":"\\u007c","\\uff5d":"\\u007d","\\uff5e":"\\u007e"'
            || ',' || E'"\\uff5f":"\\u2985","\\uff60":"\\u2986","\\uff61":"\\u3002","\\uff62":"\\u300c"'
            || ',' || E'"\\uff63":"\\u300d","\\uff64":"\\u3001","\\uff65":"\\u30fb","\\uff66":"\\u30f2"'
            || ',' || E'"\\uff67":"\\u30a1","\\uff68":"\\u30a3","\\uff69":"\\u30a5","\\uff6a":"\\u30a7"'
            || ',' || E'"\\uff6b":"\\u30a9","\\uff6c":"\\u30e3","\\uff6d":"\\u30e5","\\uff6e":"\\u30e7"'
            || ',' || E'"\\uff6f":"\\u30c3","\\uff70":"\\u30fc","\\uff71":"\\u30a2","\\uff72":"\\u30a4"'
            || ',' || E'"\\uff73":"\\u30a6","\\uff74":"\\u30a8","\\uff75":"\\u30aa","\\uff76":"\\u30ab"'
            || ',' || E'"\\uff77":"\\u30ad","\\uff78":"\\u30af","\\uff79":"\\u30b1","\\uff7a":"\\u30b3"'
            || ',' || E'"\\uff7b":"\\u30b5","\\uff7c":"\\u30b7","\\uff7d":"\\u30b9","\\uff7e":"\\u30bb"'
            || ',' || E'"\\uff7f":"\\u30bd","\\uff80":"\\u30bf","\\uff81":"\\u30c1","\\uff82":"\\u30c4"'
            || ',' || E'"\\uff83":"\\u30c6","\\uff84":"\\u30c8","\\uff85":"\\u30ca","\\uff86":"\\u30cb"'
            || ',' || E'"\\uff87":"\\u30cc","\\uff88":"\\u30cd","\\uff89":"\\u30ce","\\uff8a":"\\u30cf"'
            || ',' || E'"\\uff8b":"\\u30d2","\\uff8c":"\\u30d5","\\uff8d":"\\u30d8","\\uff8e":"\\u30db"'
            || ',' || E'"\\uff8f":"\\u30de","\\uff90":"\\u30df","\\uff91":"\\u30e0","\\uff92":"\\u30e1"'
            || ',' || E'"\\uff93":"\\u30e2","\\uff94":"\\u30e4","\\uff95":"\\u30e6","\\uff96":"\\u30e8"'
            || ',' || E'"\\uff97":"\\u30e9","\\uff98":"\\u30ea","\\uff99":"\\u30eb","\\uff9a":"\\u30ec"'
            || ',' || E'"\\uff9b":"\\u30ed","\\uff9c":"\\u30ef","\\uff9d":"\\u30f3","\\uff9e":"\\u3099"'
            || ',' || E'"\\uff9f":"\\u309a","\\uffa0":"\\u1160","\\uffa1":"\\u1100","\\uffa2":"\\u1101"'
            || ',' || E'"\\uffa3":"\\u11aa","\\uffa4":"\\u1102","\\uffa5":"\\u11ac","\\uffa6":"\\u11ad"'
            || ',' || E'"\\uffa7":"\\u1103","\\uffa8":"\\u1104","\\uffa9":"\\u1105","\\uffaa":"\\u11b0"'
            || ',' || E'"\\uffab":"\\u11b1","\\uffac":"\\u11b2","\\uffad":"\\u11b3","\\uffae":"\\u11b4"'
            || ',' || E'"\\uffaf":"\\u11b5","\\uffb0":"\\u111a","\\uffb1":"\\u1106","\\uffb2":"\\u1107"'
            || ',' || E'"\\uffb3":"\\u1108","\\uffb4":"\\u1121","\\uffb5":"\\u1109","\\uffb6":"\\u110a"'
            || ',' || E'"\\uffb7":"\\u110b","\\uffb8":"\\u110c","\\uffb9":"\\u110d","\\uffba":"\\u110e"'
            || ',' || E'"\\uffbb":"\\u110f","\\uffbc":"\\u1110","\\uffbd":"\\u1111","\\uffbe":"\\u1112"'
            || ',' || E'"\\uffc2":"\\u1161","\\uffc3":"\\u1162","\\uffc4":"\\u1163","\\uffc5":"\\u1164"'
            || ',' || E'"\\uffc6":"\\u1165","\\uffc7":"\\u1166","\\uffca":"\\u1167","\\uffcb":"\\u1168"'
            || ',' || E'"\\uffcc":"\\u1169","\\uffcd":"\\u116a","\\uffce":"\\u116b","\\uffcf":"\\u116c"'
            || ',' || E'"\\uffd2":"\\u116d","\\uffd3":"\\u116e","\\uffd4":"\\u116f","\\uffd5":"\\u1170"'
            || ',' || E'"\\uffd6":"\\u1171","\\uffd7":"\\u1172","\\uffda":"\\u1173","\\uffdb":"\\u1174"'
            || ',' || E'"\\uffdc":"\\u1175","\\uffe0":"\\u00a2","\\uffe1":"\\u00a3","\\uffe2":"\\u00ac"'
            || ',' || E'"\\uffe3":"\\u0020\\u0304","\\uffe4":"\\u00a6","\\uffe5":"\\u00a5","\\uffe6":"\\u20a9"'
            || ',' || E'"\\uffe8":"\\u2502","\\uffe9":"\\u2190","\\uffea":"\\u2191","\\uffeb":"\\u2192"'
            || ',' || E'"\\uffec":"\\u2193","\\uffed":"\\u25a0","\\uffee":"\\u25cb","\\ud801\\udf81":"\\u02d0"'
            || ',' || E'"\\ud801\\udf82":"\\u02d1","\\ud801\\udf83":"\\u00e6","\\ud801\\udf84":"\\u0299","\\ud801\\udf85":"\\u0253"'
            || ',' || E'"\\ud801\\udf87":"\\u02a3","\\ud801\\udf88":"\\uab66","\\ud801\\udf89":"\\u02a5","\\ud801\\udf8a":"\\u02a4"'
            || ',' || E'"\\ud801\\udf8b":"\\u0256","\\ud801\\udf8c":"\\u0257","\\ud801\\udf8d":"\\u1d91","\\ud801\\udf8e":"\\u0258"'
            || ',' || E'"\\ud801\\udf8f":"\\u025e","\\ud801\\udf90":"\\u02a9","\\ud801\\udf91":"\\u0264","\\ud801\\udf92":"\\u0262"'
            || ',' || E'"\\ud801\\udf93":"\\u0260","\\ud801\\udf94":"\\u029b","\\ud801\\udf95":"\\u0127","\\ud801\\udf96":"\\u029c"'
            || ',' || E'"\\ud801\\udf97":"\\u0267","\\ud801\\udf98":"\\u0284","\\ud801\\udf99":"\\u02aa","\\ud801\\udf9a":"\\u02ab"'
            || ',' || E'"\\ud801\\udf9b":"\\u026c","\\ud801\\udf9c":"\\ud837\\udf04","\\ud801\\udf9d":"\\ua78e","\\ud801\\udf9e":"\\u026e"'
            || ',' || E'"\\ud801\\udf9f":"\\ud837\\udf05","\\ud801\\udfa0":"\\u028e","\\ud801\\udfa1":"\\ud837\\udf06","\\ud801\\udfa2":"\\u00f8"'
            || ',' || E'"\\ud801\\udfa3":"\\u0276","\\ud801\\udfa4":"\\u0277","\\ud801\\udfa5":"\\u0071","\\ud801\\udfa6":"\\u027a"'
            || ',' || E'"\\ud801\\udfa7":"\\ud837\\udf08","\\ud801\\udfa8":"\\u027d","\\ud801\\udfa9":"\\u027e","\\ud801\\udfaa":"\\u0280"'
            || ',' || E'"\\ud801\\udfab":"\\u02a8","\\ud801\\udfac":"\\u02a6","\\ud801\\udfad":"\\uab67","\\ud801\\udfae":"\\u02a7"'
            || ',' || E'"\\ud801\\udfaf":"\\u0288","\\ud801\\udfb0":"\\u2c71","\\ud801\\udfb2":"\\u028f","\\ud801\\udfb3":"\\u02a1"'
            || ',' || E'"\\ud801\\udfb4":"\\u02a2","\\ud801\\udfb5":"\\u0298","\\ud801\\udfb6":"\\u01c0","\\ud801\\udfb7":"\\u01c1"'
            || ',' || E'"\\ud801\\udfb8":"\\u01c2","\\ud801\\udfb9":"\\ud837\\udf0a","\\ud801\\udfba":"\\ud837\\udf1e","\\ud801\\udfbb":"\\u0287"'
            || ',' || E'"\\ud801\\udfbc":"\\u0296","\\ud801\\udfbd":"\\u0297","\\ud801\\udfbe":"\\u029e","\\ud801\\udfbf":"\\ud837\\udf0b"'
            || ',' || E'"\\ud82c\\udd23":"\\u3053\\u3068","\\ud82c\\udd24":"\\u30c8\\u30ad","\\ud82c\\udd25":"\\u30c8\\u30c6","\\ud82c\\udd26":"\\u30e8\\u30ea"'
            || ',' || E'"\\ud833\\udcd6":"\\u0041","\\ud833\\udcd7":"\\u0042","\\ud833\\udcd8":"\\u0043","\\ud833\\udcd9":"\\u0044"'
            || ',' || E'"\\ud833\\udcda":"\\u0045","\\ud833\\udcdb":"\\u0046","\\ud833\\udcdc":"\\u0047","\\ud833\\udcdd":"\\u0048"'
            || ',' || E'"\\ud833\\udcde":"\\u0049","\\ud833\\udcdf":"\\u004a","\\ud833\\udce0":"\\u004b","\\ud833\\udce1":"\\u004c"'
            || ',' || E'"\\ud833\\udce2":"\\u004d","\\ud833\\udce3":"\\u004e","\\ud833\\udce4":"\\u004f","\\ud833\\udce5":"\\u0050"'
            || ',' || E'"\\ud833\\udce6":"\\u0051","\\ud833\\udce7":"\\u0052","\\ud833\\udce8":"\\u0053","\\ud833\\udce9":"\\u0054"'
            || ',' || E'"\\ud833\\udcea":"\\u0055","\\ud833\\udceb":"\\u0056","\\ud833\\udcec":"\\u0057","\\ud833\\udced":"\\u0058"'
            || ',' || E'"\\ud833\\udcee":"\\u0059","\\ud833\\udcef":"\\u005a","\\ud833\\udcf0":"\\u0030","\\ud833\\udcf1":"\\u0031"'
            || ',' || E'"\\ud833\\udcf2":"\\u0032","\\ud833\\udcf3":"\\u0033","\\ud833\\udcf4":"\\u0034","\\ud833\\udcf5":"\\u0035"'
            || ',' || E'"\\ud833\\udcf6":"\\u0036","\\ud833\\udcf7":"\\u0037","\\ud833\\udcf8":"\\u0038","\\ud833\\udcf9":"\\u0039"'
            || ',' || E'"\\ud834\\udd5e":"\\ud834\\udd57\\ud834\\udd65","\\ud834\\udd5f":"\\ud834\\udd58\\ud834\\udd65","\\ud834\\udd60":"\\ud834\\udd58\\ud834\\udd65\\ud834\\udd6e","\\ud834\\udd61":"\\ud834\\udd58\\ud834\\udd65\\ud834\\udd6f"'
            || ',' || E'"\\ud834\\udd62":"\\ud834\\udd58\\ud834\\udd65\\ud834\\udd70","\\ud834\\udd63":"\\ud834\\udd58\\ud834\\udd65\\ud834\\udd71","\\ud834\\udd64":"\\ud834\\udd58\\ud834\\udd65\\ud834\\udd72","\\ud834\\uddbb":"\\ud834\\uddb9\\ud834\\udd65"'
            || ',' || E'"\\ud834\\uddbc":"\\ud834\\uddba\\ud834\\udd65","\\ud834\\uddbd":"\\ud834\\uddb9\\ud834\\udd65\\ud834\\udd6e","\\ud834\\uddbe":"\\ud834\\uddba\\ud834\\udd65\\ud834\\udd6e","\\ud834\\uddbf":"\\ud834\\uddb9\\ud834\\udd65\\ud834\\udd6f"'
            || ',' || E'"\\ud834\\uddc0":"\\ud834\\uddba\\ud834\\udd65\\ud834\\udd6f","\\ud835\\udc00":"\\u0041","\\ud835\\udc01":"\\u0042","\\ud835\\udc02":"\\u0043"'
            || ',' || E'"\\ud835\\udc03":"\\u0044","\\ud835\\udc04":"\\u0045","\\ud835\\udc05":"\\u0046","\\ud835\\udc06":"\\u0047"'
            || ',' || E'"\\ud835\\udc07":"\\u0048","\\ud835\\udc08":"\\u0049","\\ud835\\udc09":"\\u004a","\\ud835\\udc0a":"\\u004b"'
            || ',' || E'"\\ud835\\udc0b":"\\u004c","\\ud835\\udc0c":"\\u004d","\\ud835\\udc0d":"\\u004e","\\ud835\\udc0e":"\\u004f"'
            || ',' || E'"\\ud835\\udc0f":"\\u0050","\\ud835\\udc10":"\\u0051","\\ud835\\udc11":"\\u0052","\\ud835\\udc12":"\\u0053"'
            || ',' || E'"\\ud835\\udc13":"\\u0054","\\ud835\\udc14":"\\u0055","\\ud835\\udc15":"\\u0056","\\ud835\\udc16":"\\u0057"'
            || ',' || E'"\\ud835\\udc17":"\\u0058","\\ud835\\udc18":"\\u0059","\\ud835\\udc19":"\\u005a","\\ud835\\udc1a":"\\u0061"'
            || ',' || E'"\\ud835\\udc1b":"\\u0062","\\ud835\\udc1c":"\\u0063","\\ud835\\udc1d":"\\u0064","\\ud835\\udc1e":"\\u0065"'
            || ',' || E'"\\ud835\\udc1f":"\\u0066","\\ud835\\udc20":"\\u0067","\\ud835\\udc21":"\\u0068","\\ud835\\udc22":"\\u0069"'
            || ',' || E'"\\ud835\\udc23":"\\u006a","\\ud835\\udc24":"\\u006b","\\ud835\\udc25":"\\u006c","\\ud835\\udc26":"\\u006d"'
            || ',' || E'"\\ud835\\udc27":"\\u006e","\\ud835\\udc28":"\\u006f","\\ud835\\udc29":"\\u0070","\\ud835\\udc2a":"\\u0071"'
            || ',' || E'"\\ud835\\udc2b":"\\u0072","\\ud835\\udc2c":"\\u0073","\\ud835\\udc2d":"\\u0074","\\ud835\\udc2e":"\\u0075"'
            || ',' || E'"\\ud835\\udc2f":"\\u0076","\\ud835\\udc30":"\\u0077","\\ud835\\udc31":"\\u0078","\\ud835\\udc32":"\\u0079"'
            || ',' || E'"\\ud835\\udc33":"\\u007a","\\ud835\\udc34":"\\u0041","\\ud835\\udc35":"\\u0042","\\ud835\\udc36":"\\u0043"'
            || ',' || E'"\\ud835\\udc37":"\\u0044","\\ud835\\udc38":"\\u0045","\\ud835\\udc39":"\\u0046","\\ud835\\udc3a":"\\u0047"'
            || ',' || E'"\\ud835\\udc3b":"\\u0048","\\ud835\\udc3c":"\\u0049","\\ud835\\udc3d":"\\u004a","\\ud835\\udc3e":"\\u004b"'
            || ',' || E'"\\ud835\\udc3f":"\\u004c","\\ud835\\udc40":"\\u004d","\\ud835\\udc41":"\\u004e","\\ud835\\udc42":"\\u004f"'
            || ',' || E'"\\ud835\\udc43":"\\u0050","\\ud835\\udc44":"\\u0051","\\ud835\\udc45":"\\u0052","\\ud835\\udc46":"\\u0053"'
            || ',' || E'"\\ud835\\udc47":"\\u0054","\\ud835\\udc48":"\\u0055","\\ud835\\udc49":"\\u0056","\\ud835\\udc4a":"\\u0057"'
            || ',' || E'"\\ud835\\udc4b":"\\u0058","\\ud835\\udc4c":"\\u0059","\\ud835\\udc4d":"\\u005a","\\ud835\\udc4e":"\\u0061"'
            || ',' || E'"\\ud835\\udc4f":"\\u0062","\\ud835\\udc50":"\\u0063","\\ud835\\udc51":"\\u0064","\\ud835\\udc52":"\\u0065"'
            || ',' || E'"\\ud835\\udc53":"\\u0066","\\ud835\\udc54":"\\u0067","\\ud835\\udc56":"\\u0069","\\ud835\\udc57":"\\u006a"'
            || ',' || E'"\\ud835\\udc58":"\\u006b","\\ud835\\udc59":"\\u006c","\\ud835\\udc5a":"\\u006d","\\ud835\\udc5b":"\\u006e"'
            || ',' || E'"\\ud835\\udc5c":"\\u006f","\\ud835\\udc5d":"\\u0070","\\ud835\\udc5e":"\\u0071","\\ud835\\udc5f":"\\u0072"'
            || ',' || E'"\\ud835\\udc60":"\\u0073","\\ud835\\udc61":"\\u0074","\\ud835\\udc62":"\\u0075","\\ud835\\udc63":"\\u0076"'
            || ',' || E'"\\ud835\\udc64":"\\u0077","\\ud835\\udc65":"\\u0078","\\ud835\\udc66":"\\u0079","\\ud835\\udc67":"\\u007a"'
            || ',' || E'"\\ud835\\udc68":"\\u0041","\\ud835\\udc69":"\\u0042","\\ud835\\udc6a":"\\u0043","\\ud835\\udc6b":"\\u0044"'
            || ',' || E'"\\ud835\\udc6c":"\\u0045","\\ud835\\udc6d":"\\u0046","\\ud835\\udc6e":"\\u0047","\\ud835\\udc6f":"\\u0048"'
            || ',' || E'"\\ud835\\udc70":"\\u0049","\\ud835\\udc71":"\\u004a","\\ud835\\udc72":"\\u004b","\\ud835\\udc73":"\\u004c"'
            || ',' || E'"\\ud835\\udc74":"\\u004d","\\ud835\\udc75":"\\u004e","\\ud835\\udc76":"\\u004f","\\ud835\\udc77":"\\u0050"'
            || ',' || E'"\\ud835\\udc78":"\\u0051","\\ud835\\udc79":"\\u0052","\\ud835\\udc7a":"\\u0053","\\ud835\\udc7b":"\\u0054"'
            || ',' || E'"\\ud835\\udc7c":"\\u0055","\\ud835\\udc7d":"\\u0056","\\ud835\\udc7e":"\\u0057","\\ud835\\udc7f":"\\u0058"'
            || ',' || E'"\\ud835\\udc80":"\\u0059","\\ud835\\udc81":"\\u005a","\\ud835\\udc82":"\\u0061","\\ud835\\udc83":"\\u0062"'
            || ',' || E'"\\ud835\\udc84":"\\u0063","\\ud835\\udc85":"\\u0064","\\ud835\\udc86":"\\u0065","\\ud835\\udc87":"\\u0066"'
            || ',' || E'"\\ud835\\udc88":"\\u0067","\\ud835\\udc89":"\\u0068","\\ud835\\udc8a":"\\u0069","\\ud835\\udc8b":"\\u006a"'
            || ',' || E'"\\ud835\\udc8c":"\\u006b","\\ud835\\udc8d":"\\u006c","\\ud835\\udc8e":"\\u006d","\\ud835\\udc8f":"\\u006e"'
            || ',' || E'"\\ud835\\udc90":"\\u006f","\\ud835\\udc91":"\\u0070","\\ud835\\udc92":"\\u0071","\\ud835\\udc93":"\\u0072"'
            || ',' || E'"\\ud835\\udc94":"\\u0073","\\ud835\\udc95":"\\u0074","\\ud835\\udc96":"\\u0075","\\ud835\\udc97":"\\u0076"'
            || ',' || E'"\\ud835\\udc98":"\\u0077","\\ud835\\udc99":"\\u0078","\\ud835\\udc9a":"\\u0079","\\ud835\\udc9b":"\\u007a"'
            || ',' || E'"\\ud835\\udc9c":"\\u0041","\\ud835\\udc9e":"\\u0043","\\ud835\\udc9f":"\\u0044","\\ud835\\udca2":"\\u0047"'
            || ',' || E'"\\ud835\\udca5":"\\u004a","\\ud835\\udca6":"\\u004b","\\ud835\\udca9":"\\u004e","\\ud835\\udcaa":"\\u004f"'
            || ',' || E'"\\ud835\\udcab":"\\u0050","\\ud835\\udcac":"\\u0051","\\ud835\\udcae":"\\u0053","\\ud835\\udcaf":"\\u0054"'
            || ',' || E'"\\ud835\\udcb0":"\\u0055","\\ud835\\udcb1":"\\u0056","\\ud835\\udcb2":"\\u0057","\\ud835\\udcb3":"\\u0058"'
            || ',' || E'"\\ud835\\udcb4":"\\u0059","\\ud835\\udcb5":"\\u005a","\\ud835\\udcb6":"\\u0061","\\ud835\\udcb7":"\\u0062"'
            || ',' || E'"\\ud835\\udcb8":"\\u0063","\\ud835\\udcb9":"\\u0064","\\ud835\\udcbb":"\\u0066","\\ud835\\udcbd":"\\u0068"'
            || ',' || E'"\\ud835\\udcbe":"\\u0069","\\ud835\\udcbf":"\\u006a","\\ud835\\udcc0":"\\u006b","\\ud835\\udcc1":"\\u006c"'
            || ',' || E'"\\ud835\\udcc2":"\\u006d","\\ud835\\udcc3":"\\u006e","\\ud835\\udcc5":"\\u0070","\\ud835\\udcc6":"\\u0071"'
            || ',' || E'"\\ud835\\udcc7":"\\u0072","\\ud835\\udcc8":"\\u0073","\\ud835\\udcc9":"\\u0074","\\ud835\\udcca":"\\u0075"'
            || ',' || E'"\\ud835\\udccb":"\\u0076","\\ud835\\udccc":"\\u0077","\\ud835\\udccd":"\\u0078","\\ud835\\udcce":"\\u0079"'
            || ',' || E'"\\ud835\\udccf":"\\u007a","\\ud835\\udcd0":"\\u0041","\\ud835\\udcd1":"\\u0042","\\ud835\\udcd2":"\\u0043"'
            || ',' || E'"\\ud835\\udcd3":"\\u0044","\\ud835\\udcd4":"\\u0045","\\ud835\\udcd5":"\\u0046","\\ud835\\udcd6":"\\u0047"'
            || ',' || E'"\\ud835\\udcd7":"\\u0048","\\ud835\\udcd8":"\\u0049","\\ud835\\udcd9":"\\u004a","\\ud835\\udcda":"\\u004b"'
            || ',' || E'"\\ud835\\udcdb":"\\u004c","\\ud835\\udcdc":"\\u004d","\\ud835\\udcdd":"\\u004e","\\ud835\\udcde":"\\u004f"'
            || ',' || E'"\\ud835\\udcdf":"\\u0050","\\ud835\\udce0":"\\u0051","\\ud835\\udce1":"\\u0052","\\ud835\\udce2":"\\u0053"'
            || ',' || E'"\\ud835\\udce3":"\\u0054","\\ud835\\udce4":"\\u0055","\\ud835\\udce5":"\\u0056","\\ud835\\udce6":"\\u0057"'
            || ',' || E'"\\ud835\\udce7":"\\u0058","\\ud835\\udce8":"\\u0059","\\ud835\\udce9":"\\u005a","\\ud835\\udcea":"\\u0061"'
            || ',' || E'"\\ud835\\udceb":"\\u0062","\\ud835\\udcec":"\\u0063","\\ud835\\udced":"\\u0064","\\ud835\\udcee":"\\u0065"'
            || ',' || E'"\\ud835\\udcef":"\\u0066","\\ud835\\udcf0":"\\u0067","\\ud835\\udcf1":"\\u0068","\\ud835\\udcf2":"\\u0069"'
            || ',' || E'"\\ud835\\udcf3":"\\u006a","\\ud835\\udcf4":"\\u006b","\\ud835\\udcf5":"\\u006c","\\ud835\\udcf6":"\\u006d"'
            || ',' || E'"\\ud835\\udcf7":"\\u006e","\\ud835\\udcf8":"\\u006f","\\ud835\\udcf9":"\\u0070","\\ud835\\udcfa":"\\u0071"'
            || ',' || E'"\\ud835\\udcfb":"\\u0072","\\ud835\\udcfc":"\\u0073","\\ud835\\udcfd":"\\u0074","\\ud835\\udcfe":"\\u0075"'
            || ',' || E'"\\ud835\\udcff":"\\u0076","\\ud835\\udd00":"\\u0077","\\ud835\\udd01":"\\u0078","\\ud835\\udd02":"\\u0079"'
            || ',' || E'"\\ud835\\udd03":"\\u007a","\\ud835\\udd04":"\\u0041","\\ud835\\udd05":"\\u0042","\\ud835\\udd07":"\\u0044"'
            || ',' || E'"\\ud835\\udd08":"\\u0045","\\ud835\\udd09":"\\u0046","\\ud835\\udd0a":"\\u0047","\\ud835\\udd0d":"\\u004a"'
            || ',' || E'"\\ud835\\udd0e":"\\u004b","\\ud835\\udd0f":"\\u004c","\\ud835\\udd10":"\\u004d","\\ud835\\udd11":"\\u004e"'
            || ',' || E'"\\ud835\\udd12":"\\u004f","\\ud835\\udd13":"\\u0050","\\ud835\\udd14":"\\u0051","\\ud835\\udd16":"\\u0053"'
            || ',' || E'"\\ud835\\udd17":"\\u0054","\\ud835\\udd18":"\\u0055","\\ud835\\udd19":"\\u0056","\\ud835\\udd1a":"\\u0057"'
            || ',' || E'"\\ud835\\udd1b":"\\u0058","\\ud835\\udd1c":"\\u0059","\\ud835\\udd1e":"\\u0061","\\ud835\\udd1f":"\\u0062"'
            || ',' || E'"\\ud835\\udd20":"\\u0063","\\ud835\\udd21":"\\u0064","\\ud835\\udd22":"\\u0065","\\ud835\\udd23":"\\u0066"'
            || ',' || E'"\\ud835\\udd24":"\\u0067","\\ud835\\udd25":"\\u0068","\\ud835\\udd26":"\\u0069","\\ud835\\udd27":"\\u006a"'
            || ',' || E'"\\ud835\\udd28":"\\u006b","\\ud835\\udd29":"\\u006c","\\ud835\\udd2a":"\\u006d","\\ud835\\udd2b":"\\u006e"'
            || ',' || E'"\\ud835\\udd2c":"\\u006f","\\ud835\\udd2d":"\\u0070","\\ud835\\udd2e":"\\u0071","\\ud835\\udd2f":"\\u0072"'
            || ',' || E'"\\ud835\\udd30":"\\u0073","\\ud835\\udd31":"\\u0074","\\ud835\\udd32":"\\u0075","\\ud835\\udd33":"\\u0076"'
            || ',' || E'"\\ud835\\udd34":"\\u0077","\\ud835\\udd35":"\\u0078","\\ud835\\udd36":"\\u0079","\\ud835\\udd37":"\\u007a"'
            || ',' || E'"\\ud835\\udd38":"\\u0041","\\ud835\\udd39":"\\u0042","\\ud835\\udd3b":"\\u0044","\\ud835\\udd3c":"\\u0045"'
            || ',' || E'"\\ud835\\udd3d":"\\u0046","\\ud835\\udd3e":"\\u0047","\\ud835\\udd40":"\\u0049","\\ud835\\udd41":"\\u004a"'
            || ',' || E'"\\ud835\\udd42":"\\u004b","\\ud835\\udd43":"\\u004c","\\ud835\\udd44":"\\u004d","\\ud835\\udd46":"\\u004f"'
            || ',' || E'"\\ud835\\udd4a":"\\u0053","\\ud835\\udd4b":"\\u0054","\\ud835\\udd4c":"\\u0055","\\ud835\\udd4d":"\\u0056"'
            || ',' || E'"\\ud835\\udd4e":"\\u0057","\\ud835\\udd4f":"\\u0058","\\ud835\\udd50":"\\u0059","\\ud835\\udd52":"\\u0061"'
            || ',' || E'"\\ud835\\udd53":"\\u0062","\\ud835\\udd54":"\\u0063","\\ud835\\udd55":"\\u0064","\\ud835\\udd56":"\\u0065"'
            || ',' || E'"\\ud835\\udd57":"\\u0066","\\ud835\\udd58":"\\u0067","\\ud835\\udd59":"\\u0068","\\ud835\\udd5a":"\\u0069"'
            || ',' || E'"\\ud835\\udd5b":"\\u006a","\\ud835\\udd5c":"\\u006b","\\ud835\\udd5d":"\\u006c","\\ud835\\udd5e":"\\u006d"'
            || ',' || E'"\\ud835\\udd5f":"\\u006e","\\ud835\\udd60":"\\u006f","\\ud835\\udd61":"\\u0070","\\ud835\\udd62":"\\u0071"'
            || ',' || E'"\\ud835\\udd63":"\\u0072","\\ud835\\udd64":"\\u0073","\\ud835\\udd65":"\\u0074","\\ud835\\udd66":"\\u0075"'
            || ',' || E'"\\ud835\\udd67":"\\u0076","\\ud835\\udd68":"\\u0077","\\ud835\\udd69":"\\u0078","\\ud835\\udd6a":"\\u0079"'
            || ',' || E'"\\ud835\\udd6b":"\\u007a","\\ud835\\udd6c":"\\u0041","\\ud835\\udd6d":"\\u0042","\\ud835\\udd6e":"\\u0043"'
            || ',' || E'"\\ud835\\udd6f":"\\u0044","\\ud835\\udd70":"\\u0045","\\ud835\\udd71":"\\u0046","\\ud835\\udd72":"\\u0047"'
            || ',' || E'"\\ud835\\udd73":"\\u0048","\\ud835\\udd74":"\\u0049","\\ud835\\udd75":"\\u004a","\\ud835\\udd76":"\\u004b"'
            || ',' || E'"\\ud835\\udd77":"\\u004c","\\ud835\\udd78":"\\u004d","\\ud835\\udd79":"\\u004e","\\ud835\\udd7a":"\\u004f"'
            || ',' || E'"\\ud835\\udd7b":"\\u0050","\\ud835\\udd7c":"\\u0051","\\ud835\\udd7d":"\\u0052","\\ud835\\udd7e":"\\u0053"'
            || ',' || E'"\\ud835\\udd7f":"\\u0054","\\ud835\\udd80":"\\u0055","\\ud835\\udd81":"\\u0056","\\ud835\\udd82":"\\u0057"'
            || ',' || E'"\\ud835\\udd83":"\\u0058","\\ud835\\udd84":"\\u0059","\\ud835\\udd85":"\\u005a","\\ud835\\udd86":"\\u0061"'
            || ',' || E'"\\ud835\\udd87":"\\u0062","\\ud835\\udd88":"\\u0063","\\ud835\\udd89":"\\u0064","\\ud835\\udd8a":"\\u0065"'
            || ',' || E'"\\ud835\\udd8b":"\\u0066","\\ud835\\udd8c":"\\u0067","\\ud835\\udd8d":"\\u0068","\\ud835\\udd8e":"\\u0069"'
            || ',' || E'"\\ud835\\udd8f":"\\u006a","\\ud835\\udd90":"\\u006b","\\ud835\\udd91":"\\u006c","\\ud835\\udd92":"\\u006d"'
            || ',' || E'"\\ud835\\udd93":"\\u006e","\\ud835\\udd94":"\\u006f","\\ud835\\udd95":"\\u0070","\\ud835\\udd96":"\\u0071"'
            || ',' || E'"\\ud835\\udd97":"\\u0072","\\ud835\\udd98":"\\u0073","\\ud835\\udd99":"\\u0074","\\ud835\\udd9a":"\\u0075"'
            || ',' || E'"\\ud835\\udd9b":"\\u0076","\\ud835\\udd9c":"\\u0077","\\ud835\\udd9d":"\\u0078","\\ud835\\udd9e":"\\u0079"'
            || ',' || E'"\\ud835\\udd9f":"\\u007a","\\ud835\\udda0":"\\u0041","\\ud835\\udda1":"\\u0042","\\ud835\\udda2":"\\u0043"'
            || ',' || E'"\\ud835\\udda3":"\\u0044","\\ud835\\udda4":"\\u0045","\\ud835\\udda5":"\\u0046","\\ud835\\udda6":"\\u0047"'
            || ',' || E'"\\ud835\\udda7":"\\u0048","\\ud835\\udda8":"\\u0049","\\ud835\\udda9":"\\u004a","\\ud835\\uddaa":"\\u004b"'
            || ',' || E'"\\ud835\\uddab":"\\u004c","\\ud835\\uddac":"\\u004d","\\ud835\\uddad":"\\u004e","\\ud835\\uddae":"\\u004f"'
            || ',' || E'"\\ud835\\uddaf":"\\u0050","\\ud835\\uddb0":"\\u0051","\\ud835\\uddb1":"\\u0052","\\ud835\\uddb2":"\\u0053"'
            || ',' || E'"\\ud835\\uddb3":"\\u0054","\\ud835\\uddb4":"\\u0055","\\ud835\\uddb5":"\\u0056","\\ud835\\uddb6":"\\u0057"'
            || ',' || E'"\\ud835\\uddb7":"\\u0058","\\ud835\\uddb8":"\\u0059","\\ud835\\uddb9":"\\u005a","\\ud835\\uddba":"\\u0061"'
            || ',' || E'"\\ud835\\uddbb":"\\u0062","\\ud835\\uddbc":"\\u0063","\\ud835\\uddbd":"\\u0064","\\ud835\\uddbe":"\\u0065"'
            || ',' || E'"\\ud835\\uddbf":"\\u0066","\\ud835\\uddc0":"\\u0067","\\ud835\\uddc1":"\\u0068","\\ud835\\uddc2":"\\u0069"'
            || ',' || E'"\\ud835\\uddc3":"\\u006a","\\ud835\\uddc4":"\\u006b","\\ud835\\uddc5":"\\u006c","\\ud835\\uddc6":"\\u006d"'
            || ',' || E'"\\ud835\\uddc7":"\\u006e","\\ud835\\uddc8":"\\u006f","\\ud835\\uddc9":"\\u0070","\\ud835\\uddca":"\\u0071"'
            || ',' || E'"\\ud835\\uddcb":"\\u0072","\\ud835\\uddcc":"\\u0073","\\ud835\\uddcd":"\\u0074","\\ud835\\uddce":"\\u0075"'
            || ',' || E'"\\ud835\\uddcf":"\\u0076","\\ud835\\uddd0":"\\u0077","\\ud835\\uddd1":"\\u0078","\\ud835\\uddd2":"\\u0079"'
            || ',' || E'"\\ud835\\uddd3":"\\u007a","\\ud835\\uddd4":"\\u0041","\\ud835\\uddd5":"\\u0042","\\ud835\\uddd6":"\\u0043"'
            || ',' || E'"\\ud835\\uddd7":"\\u0044","\\ud835\\uddd8":"\\u0045","\\ud835\\uddd9":"\\u0046","\\ud835\\uddda":"\\u0047"'
            || ',' || E'"\\ud835\\udddb":"\\u0048","\\ud835\\udddc":"\\u0049","\\ud835\\udddd":"\\u004a","\\ud835\\uddde":"\\u004b"'
            || ',' || E'"\\ud835\\udddf":"\\u004c","\\ud835\\udde0":"\\u004d","\\ud835\\udde1":"\\u004e","\\ud835\\udde2":"\\u004f"'
            || ',' || E'"\\ud835\\udde3":"\\u0050","\\ud835\\udde4":"\\u0051","\\ud835\\udde5":"\\u0052","\\ud835\\udde6":"\\u0053"'
            || ',' || E'"\\ud835\\udde7":"\\u0054","\\ud835\\udde8":"\\u0055","\\ud835\\udde9":"\\u0056","\\ud835\\uddea":"\\u0057"'
            || ',' || E'"\\ud835\\uddeb":"\\u0058","\\ud835\\uddec":"\\u0059","\\ud835\\udded":"\\u005a","\\ud835\\uddee":"\\u0061"'
            || ',' || E'"\\ud835\\uddef":"\\u0062","\\ud835\\uddf0":"\\u0063","\\ud835\\uddf1":"\\u0064","\\ud835\\uddf2":"\\u0065"'
            || ',' || E'"\\ud835\\uddf3":"\\u0066","\\ud835\\uddf4":"\\u0067","\\ud835\\uddf5":"\\u0068","\\ud835\\uddf6":"\\u0069"'
            || ',' || E'"\\ud835\\uddf7":"\\u006a","\\ud835\\uddf8":"\\u006b","\\ud835\\uddf9":"\\u006c","\\ud835\\uddfa":"\\u006d"'
            || ',' || E'"\\ud835\\uddfb":"\\u006e","\\ud835\\uddfc":"\\u006f","\\ud835\\uddfd":"\\u0070","\\ud835\\uddfe":"\\u0071"'
            || ',' || E'"\\ud835\\uddff":"\\u0072","\\ud835\\ude00":"\\u0073","\\ud835\\ude01":"\\u0074","\\ud835\\ude02":"\\u0075"'
            || ',' || E'"\\ud835\\ude03":"\\u0076","\\ud835\\ude04":"\\u0077","\\ud835\\ude05":"\\u0078","\\ud835\\ude06":"\\u0079"'
            || ',' || E'"\\ud835\\ude07":"\\u007a","\\ud835\\ude08":"\\u0041","\\ud835\\ude09":"\\u0042","\\ud835\\ude0a":"\\u0043"'
            || ',' || E'"\\ud835\\ude0b":"\\u0044","\\ud835\\ude0c":"\\u0045","\\ud835\\ude0d":"\\u0046","\\ud835\\ude0e":"\\u0047"'
            || ',' || E'"\\ud835\\ude0f":"\\u0048","\\ud835\\ude10":"\\u0049","\\ud835\\ude11":"\\u004a","\\ud835\\ude12":"\\u004b"'
            || ',' || E'"\\ud835\\ude13":"\\u004c","\\ud835\\ude14":"\\u004d","\\ud835\\ude15":"\\u004e","\\ud835\\ude16":"\\u004f"'
            || ',' || E'"\\ud835\\ude17":"\\u0050","\\ud835\\ude18":"\\u0051","\\ud835\\ude19":"\\u0052","\\ud835\\ude1a":"\\u0053"'
            || ',' || E'"\\ud835\\ude1b":"\\u0054","\\ud835\\ude1c":"\\u0055","\\ud835\\ude1d":"\\u0056","\\ud835\\ude1e":"\\u0057"'
            || ',' || E'"\\ud835\\ude1f":"\\u0058","\\ud835\\ude20":"\\u0059","\\ud835\\ude21":"\\u005a","\\ud835\\ude22":"\\u0061"'
            || ',' || E'"\\ud835\\ude23":"\\u0062","\\ud835\\ude24":"\\u0063","\\ud835\\ude25":"\\u0064","\\ud835\\ude26":"\\u0065"'
            || ',' || E'"\\ud835\\ude27":"\\u0066","\\ud835\\ude28":"\\u0067","\\ud835\\ude29":"\\u0068","\\ud835\\ude2a":"\\u0069"'
            || ',' || E'"\\ud835\\ude2b":"\\u006a","\\ud835\\ude2c":"\\u006b","\\ud835\\ude2d":"\\u006c","\\ud835\\ude2e":"\\u006d"'
            || ',' || E'"\\ud835\\ude2f":"\\u006e","\\ud835\\ude30":"\\u006f","\\ud835\\ude31":"\\u0070","\\ud835\\ude32":"\\u0071"'
            || ',' || E'"\\ud835\\ude33":"\\u0072","\\ud835\\ude34":"\\u0073","\\ud835\\ude35":"\\u0074","\\ud835\\ude36":"\\u0075"'
            || ',' || E'"\\ud835\\ude37":"\\u0076","\\ud835\\ude38":"\\u0077","\\ud835\\ude39":"\\u0078","\\ud835\\ude3a":"\\u0079"'
            || ',' || E'"\\ud835\\ude3b":"\\u007a","\\ud835\\ude3c":"\\u0041","\\ud835\\ude3d":"\\u0042","\\ud835\\ude3e":"\\u0043"'
            || ',' || E'"\\ud835\\ude3f":"\\u0044","\\ud835\\ude40":"\\u0045","\\ud835\\ude41":"\\u0046","\\ud835\\ude42":"\\u0047"'
            || ',' || E'"\\ud835\\ude43":"\\u0048","\\ud835\\ude44":"\\u0049","\\ud835\\ude45":"\\u004a","\\ud835\\ude46":"\\u004b"'
            || ',' || E'"\\ud835\\ude47":"\\u004c","\\ud835\\ude48":"\\u004d","\\ud835\\ude49":"\\u004e","\\ud835\\ude4a":"\\u004f"'
            || ',' || E'"\\ud835\\ude4b":"\\u0050","\\ud835\\ude4c":"\\u0051","\\ud835\\ude4d":"\\u0052","\\ud835\\ude4e":"\\u0053"'
            || ',' || E'"\\ud835\\ude4f":"\\u0054","\\ud835\\ude50":"\\u0055","\\ud835\\ude51":"\\u0056","\\ud835\\ude52":"\\u0057"'
            || ',' || E'"\\ud835\\ude53":"\\u0058","\\ud835\\ude54":"\\u0059","\\ud835\\ude55":"\\u005a","\\ud835\\ude56":"\\u0061"'
            || ',' || E'"\\ud835\\ude57":"\\u0062","\\ud835\\ude58":"\\u0063","\\ud835\\ude59":"\\u0064","\\ud835\\ude5a":"\\u0065"'
            || ',' || E'"\\ud835\\ude5b":"\\u0066","\\ud835\\ude5c":"\\u0067","\\ud835\\ude5d":"\\u0068","\\ud835\\ude5e":"\\u0069"'
            || ',' || E'"\\ud835\\ude5f":"\\u006a","\\ud835\\ude60":"\\u006b","\\ud835\\ude61":"\\u006c","\\ud835\\ude62":"\\u006d"'
            || ',' || E'"\\ud835\\ude63":"\\u006e","\\ud835\\ude64":"\\u006f","\\ud835\\ude65":"\\u0070","\\ud835\\ude66":"\\u0071"'
            || ',' || E'"\\ud835\\ude67":"\\u0072","\\ud835\\ude68":"\\u0073","\\ud835\\ude69":"\\u0074","\\ud835\\ude6a":"\\u0075"'
            || ',' || E'"\\ud835\\ude6b":"\\u0076","\\ud835\\ude6c":"\\u0077","\\ud835\\ude6d":"\\u0078","\\ud835\\ude6e":"\\u0079"'
            || ',' || E'"\\ud835\\ude6f":"\\u007a","\\ud835\\ude70":"\\u0041","\\ud835\\ude71":"\\u0042","\\ud835\\ude72":"\\u0043"'
            || ',' || E'"\\ud835\\ude73":"\\u0044","\\ud835\\ude74":"\\u0045","\\ud835\\ude75":"\\u0046","\\ud835\\ude76":"\\u0047"'
            || ',' || E'"\\ud835\\ude77":"\\u0048","\\ud835\\ude78":"\\u0049","\\ud835\\ude79":"\\u004a","\\ud835\\ude7a":"\\u004b"'
            || ',' || E'"\\ud835\\ude7b":"\\u004c","\\ud835\\ude7c":"\\u004d","\\ud835\\ude7d":"\\u004e","\\ud835\\ude7e":"\\u004f"'
            || ',' || E'"\\ud835\\ude7f":"\\u0050","\\ud835\\ude80":"\\u0051","\\ud835\\ude81":"\\u0052","\\ud835\\ude82":"\\u0053"'
            || ',' || E'"\\ud835\\ude83":"\\u0054","\\ud835\\ude84":"\\u0055","\\ud835\\ude85":"\\u0056","\\ud835\\ude86":"\\u0057"'
            || ',' || E'"\\ud835\\ude87":"\\u0058","\\ud835\\ude88":"\\u0059","\\ud835\\ude89":"\\u005a","\\ud835\\ude8a":"\\u0061"'
            || ',' || E'"\\ud835\\ude8b":"\\u0062","\\ud835\\ude8c":"\\u0063","\\ud835\\ude8d":"\\u0064","\\ud835\\ude8e":"\\u0065"'
            || ',' || E'"\\ud835\\ude8f":"\\u0066","\\ud835\\ude90":"\\u0067","\\ud835\\ude91":"\\u0068","\\ud835\\ude92":"\\u0069"'
            || ',' || E'"\\ud835\\ude93":"\\u006a","\\ud835\\ude94":"\\u006b","\\ud835\\ude95":"\\u006c","\\ud835\\ude96":"\\u006d"'
            || ',' || E'"\\ud835\\ude97":"\\u006e","\\ud835\\ude98":"\\u006f","\\ud835\\ude99":"\\u0070","\\ud835\\ude9a":"\\u0071"'
            || ',' || E'"\\ud835\\ude9b":"\\u0072","\\ud835\\ude9c":"\\u0073","\\ud835\\ude9d":"\\u0074","\\ud835\\ude9e":"\\u0075"'
            || ',' || E'"\\ud835\\ude9f":"\\u0076","\\ud835\\udea0":"\\u0077","\\ud835\\udea1":"\\u0078","\\ud835\\udea2":"\\u0079"'
            || ',' || E'"\\ud835\\udea3":"\\u007a","\\ud835\\udea4":"\\u0131","\\ud835\\udea5":"\\u0237","\\ud835\\udea6":"\\u00df"'
            || ',' || E'"\\ud835\\udea8":"\\u0391","\\ud835\\udea9":"\\u0392","\\ud835\\udeaa":"\\u0393","\\ud835\\udeab":"\\u0394"'
            || ',' || E'"\\ud835\\udeac":"\\u0395","\\ud835\\udead":"\\u0396","\\ud835\\udeae":"\\u0397","\\ud835\\udeaf":"\\u0398"'
            || ',' || E'"\\ud835\\udeb0":"\\u0399","\\ud835\\udeb1":"\\u039a","\\ud835\\udeb2":"\\u039b","\\ud835\\udeb3":"\\u039c"'
            || ',' || E'"\\ud835\\udeb4":"\\u039d","\\ud835\\udeb5":"\\u039e","\\ud835\\udeb6":"\\u039f","\\ud835\\udeb7":"\\u03a0"'
            || ',' || E'"\\ud835\\udeb8":"\\u03a1","\\ud835\\udeb9":"\\u0398","\\ud835\\udeba":"\\u03a3","\\ud835\\udebb":"\\u03a4"'
            || ',' || E'"\\ud835\\udebc":"\\u03a5","\\ud835\\udebd":"\\u03a6","\\ud835\\udebe":"\\u03a7","\\ud835\\udebf":"\\u03a8"'
            || ',' || E'"\\ud835\\udec0":"\\u03a9","\\ud835\\udec1":"\\u2207","\\ud835\\udec2":"\\u03b1","\\ud835\\udec3":"\\u03b2"'
            || ',' || E'"\\ud835\\udec4":"\\u03b3","\\ud835\\udec5":"\\u03b4","\\ud835\\udec6":"\\u03b5","\\ud835\\udec7":"\\u03b6"'
            || ',' || E'"\\ud835\\udec8":"\\u03b7","\\ud835\\udec9":"\\u03b8","\\ud835\\udeca":"\\u03b9","\\ud835\\udecb":"\\u03ba"'
            || ',' || E'"\\ud835\\udecc":"\\u03bb","\\ud835\\udecd":"\\u03bc","\\ud835\\udece":"\\u03bd","\\ud835\\udecf":"\\u03be"'
            || ',' || E'"\\ud835\\uded0":"\\u03bf","\\ud835\\uded1":"\\u03c0","\\ud835\\uded2":"\\u03c1","\\ud835\\uded3":"\\u03c2"'
            || ',' || E'"\\ud835\\uded4":"\\u03c3","\\ud835\\uded5":"\\u03c4","\\ud835\\uded6":"\\u03c5","\\ud835\\uded7":"\\u03c6"'
            || ',' || E'"\\ud835\\uded8":"\\u03c7","\\ud835\\uded9":"\\u03c8","\\ud835\\udeda":"\\u03c9","\\ud835\\udedb":"\\u2202"'
            || ',' || E'"\\ud835\\udedc":"\\u03b5","\\ud835\\udedd":"\\u03b8","\\ud835\\udede":"\\u03ba","\\ud835\\udedf":"\\u03c6"'
            || ',' || E'"\\ud835\\udee0":"\\u03c1","\\ud835\\udee1":"\\u03c0","\\ud835\\udee2":"\\u0391","\\ud835\\udee3":"\\u0392"'
            || ',' || E'"\\ud835\\udee4":"\\u0393","\\ud835\\udee5":"\\u0394","\\ud835\\udee6":"\\u0395","\\ud835\\udee7":"\\u0396"'
            || ',' || E'"\\ud835\\udee8":"\\u0397","\\ud835\\udee9":"\\u0398","\\ud835\\udeea":"\\u0399","\\ud835\\udeeb":"\\u039a"'
            || ',' || E'"\\ud835\\udeec":"\\u039b","\\ud835\\udeed":"\\u039c","\\ud835\\udeee":"\\u039d","\\ud835\\udeef":"\\u039e"'
            || ',' || E'"\\ud835\\udef0":"\\u039f","\\ud835\\udef1":"\\u03a0","\\ud835\\udef2":"\\u03a1","\\ud835\\udef3":"\\u0398"'
            || ',' || E'"\\ud835\\udef4":"\\u03a3","\\ud835\\udef5":"\\u03a4","\\ud835\\udef6":"\\u03a5","\\ud835\\udef7":"\\u03a6"'
            || ',' || E'"\\ud835\\udef8":"\\u03a7","\\ud835\\udef9":"\\u03a8","\\ud835\\udefa":"\\u03a9","\\ud835\\udefb":"\\u2207"'
            || ',' || E'"\\ud835\\udefc":"\\u03b1","\\ud835\\udefd":"\\u03b2","\\ud835\\udefe":"\\u03b3","\\ud835\\udeff":"\\u03b4"'
            || ',' || E'"\\ud835\\udf00":"\\u03b5","\\ud835\\udf01":"\\u03b6","\\ud835\\udf02":"\\u03b7","\\ud835\\udf03":"\\u03b8"'
            || ',' || E'"\\ud835\\udf04":"\\u03b9","\\ud835\\udf05":"\\u03ba","\\ud835\\udf06":"\\u03bb","\\ud835\\udf07":"\\u03bc"'
            || ',' || E'"\\ud835\\udf08":"\\u03bd","\\ud835\\udf09":"\\u03be","\\ud835\\udf0a":"\\u03bf","\\ud835\\udf0b":"\\u03c0"'
            || ',' || E'"\\ud835\\udf0c":"\\u03c1","\\ud835\\udf0d":"\\u03c2","\\ud835\\udf0e":"\\u03c3","\\ud835\\udf0f":"\\u03c4"'
            || ',' || E'"\\ud835\\udf10":"\\u03c5","\\ud835\\udf11":"\\u03c6","\\ud835\\udf12":"\\u03c7","\\ud835\\udf13":"\\u03c8"'
            || ',' || E'"\\ud835\\udf14":"\\u03c9","\\ud835\\udf15":"\\u2202","\\ud835\\udf16":"\\u03b5","\\ud835\\udf17":"\\u03b8"'
            || ',' || E'"\\ud835\\udf18":"\\u03ba","\\ud835\\udf19":"\\u03c6","\\ud835\\udf1a":"\\u03c1","\\ud835\\udf1b":"\\u03c0"'
            || ',' || E'"\\ud835\\udf1c":"\\u0391","\\ud835\\udf1d":"\\u0392","\\ud835\\udf1e":"\\u0393","\\ud835\\udf1f":"\\u0394"'
            || ',' || E'"\\ud835\\udf20":"\\u0395","\\ud835\\udf21":"\\u0396","\\ud835\\udf22":"\\u0397","\\ud835\\udf23":"\\u0398"'
            || ',' || E'"\\ud835\\udf24":"\\u0399","\\ud835\\udf25":"\\u039a","\\ud835\\udf26":"\\u039b","\\ud835\\udf27":"\\u039c"'
            || ',' || E'"\\ud835\\udf28":"\\u039d","\\ud835\\udf29":"\\u039e","\\ud835\\udf2a":"\\u039f","\\ud835\\udf2b":"\\u03a0"'
            || ',' || E'"\\ud835\\udf2c":"\\u03a1","\\ud835\\udf2d":"\\u0398","\\ud835\\udf2e":"\\u03a3","\\ud835\\udf2f":"\\u03a4"'
            || ',' || E'"\\ud835\\udf30":"\\u03a5","\\ud835\\udf31":"\\u03a6","\\ud835\\udf32":"\\u03a7","\\ud835\\udf33":"\\u03a8"'
            || ',' || E'"\\ud835\\udf34":"\\u03a9","\\ud835\\udf35":"\\u2207","\\ud835\\udf36":"\\u03b1","\\ud835\\udf37":"\\u03b2"'
            || ',' || E'"\\ud835\\udf38":"\\u03b3","\\ud835\\udf39":"\\u03b4","\\ud835\\udf3a":"\\u03b5","\\ud835\\udf3b":"\\u03b6"'
            || ',' || E'"\\ud835\\udf3c":"\\u03b7","\\ud835\\udf3d":"\\u03b8","\\ud835\\udf3e":"\\u03b9","\\ud835\\udf3f":"\\u03ba"'
            || ',' || E'"\\ud835\\udf40":"\\u03bb","\\ud835\\udf41":"\\u03bc","\\ud835\\udf42":"\\u03bd","\\ud835\\udf43":"\\u03be"'
            || ',' || E'"\\ud835\\udf44":"\\u03bf","\\ud835\\udf45":"\\u03c0","\\ud835\\udf46":"\\u03c1","\\ud835\\udf47":"\\u03c2"'
            || ',' || E'"\\ud835\\udf48":"\\u03c3","\\ud835\\udf49":"\\u03c4","\\ud835\\udf4a":"\\u03c5","\\ud835\\udf4b":"\\u03c6"'
            || ',' || E'"\\ud835\\udf4c":"\\u03c7","\\ud835\\udf4d":"\\u03c8","\\ud835\\udf4e":"\\u03c9","\\ud835\\udf4f":"\\u2202"'
            || ',' || E'"\\ud835\\udf50":"\\u03b5","\\ud835\\udf51":"\\u03b8","\\ud835\\udf52":"\\u03ba","\\ud835\\udf53":"\\u03c6"'
            || ',' || E'"\\ud835\\udf54":"\\u03c1","\\ud835\\udf55":"\\u03c0","\\ud835\\udf56":"\\u0391","\\ud835\\udf57":"\\u0392"'
            || ',' || E'"\\ud835\\udf58":"\\u0393","\\ud835\\udf59":"\\u0394","\\ud835\\udf5a":"\\u0395","\\ud835\\udf5b":"\\u0396"'
            || ',' || E'"\\ud835\\udf5c":"\\u0397","\\ud835\\udf5d":"\\u0398","\\ud835\\udf5e":"\\u0399","\\ud835\\udf5f":"\\u039a"'
            || ',' || E'"\\ud835\\udf60":"\\u039b","\\ud835\\udf61":"\\u039c","\\ud835\\udf62":"\\u039d","\\ud835\\udf63":"\\u039e"'
            || ',' || E'"\\ud835\\udf64":"\\u039f","\\ud835\\udf65":"\\u03a0","\\ud835\\udf66":"\\u03a1","\\ud835\\udf67":"\\u0398"'
            || ',' || E'"\\ud835\\udf68":"\\u03a3","\\ud835\\udf69":"\\u03a4","\\ud835\\udf6a":"\\u03a5","\\ud835\\udf6b":"\\u03a6"'
            || ',' || E'"\\ud835\\udf6c":"\\u03a7","\\ud835\\udf6d":"\\u03a8","\\ud835\\udf6e":"\\u03a9","\\ud835\\udf6f":"\\u2207"'
            || ',' || E'"\\ud835\\udf70":"\\u03b1","\\ud835\\udf71":"\\u03b2","\\ud835\\udf72":"\\u03b3","\\ud835\\udf73":"\\u03b4"'
            || ',' || E'"\\ud835\\udf74":"\\u03b5","\\ud835\\udf75":"\\u03b6","\\ud835\\udf76":"\\u03b7","\\ud835\\udf77":"\\u03b8"'
            || ',' || E'"\\ud835\\udf78":"\\u03b9","\\ud835\\udf79":"\\u03ba","\\ud835\\udf7a":"\\u03bb","\\ud835\\udf7b":"\\u03bc"'
            || ',' || E'"\\ud835\\udf7c":"\\u03bd","\\ud835\\udf7d":"\\u03be","\\ud835\\udf7e":"\\u03bf","\\ud835\\udf7f":"\\u03c0"'
            || ',' || E'"\\ud835\\udf80":"\\u03c1","\\ud835\\udf81":"\\u03c2","\\ud835\\udf82":"\\u03c3","\\ud835\\udf83":"\\u03c4"'
            || ',' || E'"\\ud835\\udf84":"\\u03c5","\\ud835\\udf85":"\\u03c6","\\ud835\\udf86":"\\u03c7","\\ud835\\udf87":"\\u03c8"'
            || ',' || E'"\\ud835\\udf88":"\\u03c9","\\ud835\\udf89":"\\u2202","\\ud835\\udf8a":"\\u03b5","\\ud835\\udf8b":"\\u03b8"'
            || ',' || E'"\\ud835\\udf8c":"\\u03ba","\\ud835\\udf8d":"\\u03c6","\\ud835\\udf8e":"\\u03c1","\\ud835\\udf8f":"\\u03c0"'
            || ',' || E'"\\ud835\\udf90":"\\u0391","\\ud835\\udf91":"\\u0392","\\ud835\\udf92":"\\u0393","\\ud835\\udf93":"\\u0394"'
            || ',' || E'"\\ud835\\udf94":"\\u0395","\\ud835\\udf95":"\\u0396","\\ud835\\udf96":"\\u0397","\\ud835\\udf97":"\\u0398"'
            || ',' || E'"\\ud835\\udf98":"\\u0399","\\ud835\\udf99":"\\u039a","\\ud835\\udf9a":"\\u039b","\\ud835\\udf9b":"\\u039c"'
            || ',' || E'"\\ud835\\udf9c":"\\u039d","\\ud835\\udf9d":"\\u039e","\\ud835\\udf9e":"\\u039f","\\ud835\\udf9f":"\\u03a0"'
            || ',' || E'"\\ud835\\udfa0":"\\u03a1","\\ud835\\udfa1":"\\u0398","\\ud835\\udfa2":"\\u03a3","\\ud835\\udfa3":"\\u03a4"'
            || ',' || E'"\\ud835\\udfa4":"\\u03a5","\\ud835\\udfa5":"\\u03a6","\\ud835\\udfa6":"\\u03a7","\\ud835\\udfa7":"\\u03a8"'
            || ',' || E'"\\ud835\\udfa8":"\\u03a9","\\ud835\\udfa9":"\\u2207","\\ud835\\udfaa":"\\u03b1","\\ud835\\udfab":"\\u03b2"'
            || ',' || E'"\\ud835\\udfac":"\\u03b3","\\ud835\\udfad":"\\u03b4","\\ud835\\udfae":"\\u03b5","\\ud835\\udfaf":"\\u03b6"'
            || ',' || E'"\\ud835\\udfb0":"\\u03b7","\\ud835\\udfb1":"\\u03b8","\\ud835\\udfb2":"\\u03b9","\\ud835\\udfb3":"\\u03ba"'
            || ',' || E'"\\ud835\\udfb4":"\\u03bb","\\ud835\\udfb5":"\\u03bc","\\ud835\\udfb6":"\\u03bd","\\ud835\\udfb7":"\\u03be"'
            || ',' || E'"\\ud835\\udfb8":"\\u03bf","\\ud835\\udfb9":"\\u03c0","\\ud835\\udfba":"\\u03c1","\\ud835\\udfbb":"\\u03c2"'
            || ',' || E'"\\ud835\\udfbc":"\\u03c3","\\ud835\\udfbd":"\\u03c4","\\ud835\\udfbe":"\\u03c5","\\ud835\\udfbf":"\\u03c6"'
            || ',' || E'"\\ud835\\udfc0":"\\u03c7","\\ud835\\udfc1":"\\u03c8","\\ud835\\udfc2":"\\u03c9","\\ud835\\udfc3":"\\u2202"'
            || ',' || E'"\\ud835\\udfc4":"\\u03b5","\\ud835\\udfc5":"\\u03b8","\\ud835\\udfc6":"\\u03ba","\\ud835\\udfc7":"\\u03c6"'
            || ',' || E'"\\ud835\\udfc8":"\\u03c1","\\ud835\\udfc9":"\\u03c0","\\ud835\\udfca":"\\u03dc","\\ud835\\udfcb":"\\u03dd"'
            || ',' || E'"\\ud835\\udfce":"\\u0030","\\ud835\\udfcf":"\\u0031","\\ud835\\udfd0":"\\u0032","\\ud835\\udfd1":"\\u0033"'
            || ',' || E'"\\ud835\\udfd2":"\\u0034","\\ud835\\udfd3":"\\u0035","\\ud835\\udfd4":"\\u0036","\\ud835\\udfd5":"\\u0037"'
            || ',' || E'"\\ud835\\udfd6":"\\u0038","\\ud835\\udfd7":"\\u0039","\\ud835\\udfd8":"\\u0030","\\ud835\\udfd9":"\\u0031"'
            || ',' || E'"\\ud835\\udfda":"\\u0032","\\ud835\\udfdb":"\\u0033","\\ud835\\udfdc":"\\u0034","\\ud835\\udfdd":"\\u0035"'
            || ',' || E'"\\ud835\\udfde":"\\u0036","\\ud835\\udfdf":"\\u0037","\\ud835\\udfe0":"\\u0038","\\ud835\\udfe1":"\\u0039"'
            || ',' || E'"\\ud835\\udfe2":"\\u0030","\\ud835\\udfe3":"\\u0031","\\ud835\\udfe4":"\\u0032","\\ud835\\udfe5":"\\u0033"'
            || ',' || E'"\\ud835\\udfe6":"\\u0034","\\ud835\\udfe7":"\\u0035","\\ud835\\udfe8":"\\u0036","\\ud835\\udfe9":"\\u0037"'
            || ',' || E'"\\ud835\\udfea":"\\u0038","\\ud835\\udfeb":"\\u0039","\\ud835\\udfec":"\\u0030","\\ud835\\udfed":"\\u0031"'
            || ',' || E'"\\ud835\\udfee":"\\u0032","\\ud835\\udfef":"\\u0033","\\ud835\\udff0":"\\u0034","\\ud835\\udff1":"\\u0035"'
            || ',' || E'"\\ud835\\udff2":"\\u0036","\\ud835\\udff3":"\\u0037","\\ud835\\udff4":"\\u0038","\\ud835\\udff5":"\\u0039"'
            || ',' || E'"\\ud835\\udff6":"\\u0030","\\ud835\\udff7":"\\u0031","\\ud835\\udff8":"\\u0032","\\ud835\\udff9":"\\u0033"'
            || ',' || E'"\\ud835\\udffa":"\\u0034","\\ud835\\udffb":"\\u0035","\\ud835\\udffc":"\\u0036","\\ud835\\udffd":"\\u0037"'
            || ',' || E'"\\ud835\\udffe":"\\u0038","\\ud835\\udfff":"\\u0039","\\ud837\\udf95":"\\u00df","\\ud837\\udfcd":"\\ud837\\udf57"'
            || ',' || E'"\\ud837\\udfce":"\\ud837\\udf58","\\ud837\\udfcf":"\\ud837\\udf59","\\ud837\\udfd0":"\\u0263","\\ud837\\udfd1":"\\u1d18"'
            || ',' || E'"\\ud837\\udfd2":"\\u0180","\\ud837\\udfd3":"\\u0111","\\ud837\\udfd4":"\\u01e5","\\ud837\\udfd5":"\\u0142"'
            || ',' || E'"\\ud837\\udfd6":"\\u019a","\\ud837\\udfd7":"\\ud837\\udf50","\\ud837\\udfd8":"\\ud837\\udf3e","\\ud837\\udfd9":"\\u0249"'
            || ',' || E'"\\ud837\\udfda":"\\u1d7f","\\ud837\\udfdb":"\\ud837\\udf3f","\\ud837\\udfdc":"\\u019e","\\ud837\\udfdd":"\\u027c"'
            || ',' || E'"\\ud837\\udfde":"\\u0238","\\ud837\\udfdf":"\\u0239","\\ud837\\udfe0":"\\ud837\\udf2b","\\ud837\\udfe1":"\\ud837\\udf19"'
            || ',' || E'"\\ud837\\udfe2":"\\u0286","\\ud837\\udfe3":"\\u1d98","\\ud837\\udfe4":"\\ud837\\udf2c","\\ud837\\udfe5":"\\ud837\\udf1c"'
            || ',' || E'"\\ud837\\udfe6":"\\u0293","\\ud837\\udfe7":"\\u1d9a","\\ud837\\udfe8":"\\u1d05","\\ud837\\udfe9":"\\u1d00"'
            || ',' || E'"\\ud837\\udfea":"\\u1d07","\\ud837\\udfeb":"\\u027f","\\ud837\\udfec":"\\u0285","\\ud837\\udfed":"\\u02ae"'
            || ',' || E'"\\ud837\\udfee":"\\u02af","\\ud837\\udfef":"\\u0221","\\ud837\\udff0":"\\u0234","\\ud837\\udff1":"\\u0235"'
            || ',' || E'"\\ud837\\udff2":"\\u0236","\\ud837\\udff3":"\\u03c8","\\ud837\\udff4":"\\u03c9","\\ud837\\udff5":"\\u1d81"'
            || ',' || E'"\\ud837\\udff6":"\\ua795","\\ud837\\udff7":"\\u1d87","\\ud837\\udff8":"\\u1d8a","\\ud837\\udff9":"\\u1d8e"'
            || ',' || E'"\\ud837\\udffa":"\\u0188","\\ud837\\udffb":"\\u0199","\\ud837\\udffc":"\\u01a5","\\ud837\\udffd":"\\u02a0"'
            || ',' || E'"\\ud837\\udffe":"\\u01ad","\\ud837\\udfff":"\\ud837\\udf09","\\ud838\\udc30":"\\u0430","\\ud838\\udc31":"\\u0431"'
            || ',' || E'"\\ud838\\udc32":"\\u0432","\\ud838\\udc33":"\\u0433","\\ud838\\udc34":"\\u0434","\\ud838\\udc35":"\\u0435"'
            || ',' || E'"\\ud838\\udc36":"\\u0436","\\ud838\\udc37":"\\u0437","\\ud838\\udc38":"\\u0438","\\ud838\\udc39":"\\u043a"'
            || ',' || E'"\\ud838\\udc3a":"\\u043b","\\ud838\\udc3b":"\\u043c","\\ud838\\udc3c":"\\u043e","\\ud838\\udc3d":"\\u043f"'
            || ',' || E'"\\ud838\\udc3e":"\\u0440","\\ud838\\udc3f":"\\u0441","\\ud838\\udc40":"\\u0442","\\ud838\\udc41":"\\u0443"'
            || ',' || E'"\\ud838\\udc42":"\\u0444","\\ud838\\udc43":"\\u0445","\\ud838\\udc44":"\\u0446","\\ud838\\udc45":"\\u0447"'
            || ',' || E'"\\ud838\\udc46":"\\u0448","\\ud838\\udc47":"\\u044b","\\ud838\\udc48":"\\u044d","\\ud838\\udc49":"\\u044e"'
            || ',' || E'"\\ud838\\udc4a":"\\ua689","\\ud838\\udc4b":"\\u04d9","\\ud838\\udc4c":"\\u0456","\\ud838\\udc4d":"\\u0458"'
            || ',' || E'"\\ud838\\udc4e":"\\u04e9","\\ud838\\udc4f":"\\u04af","\\ud838\\udc50":"\\u04cf","\\ud838\\udc51":"\\u0430"'
            || ',' || E'"\\ud838\\udc52":"\\u0431","\\ud838\\udc53":"\\u0432","\\ud838\\udc54":"\\u0433","\\ud838\\udc55":"\\u0434"'
            || ',' || E'"\\ud838\\udc56":"\\u0435","\\ud838\\udc57":"\\u0436","\\ud838\\udc58":"\\u0437","\\ud838\\udc59":"\\u0438"'
            || ',' || E'"\\ud838\\udc5a":"\\u043a","\\ud838\\udc5b":"\\u043b","\\ud838\\udc5c":"\\u043e","\\ud838\\udc5d":"\\u043f"'
            || ',' || E'"\\ud838\\udc5e":"\\u0441","\\ud838\\udc5f":"\\u0443","\\ud838\\udc60":"\\u0444","\\ud838\\udc61":"\\u0445"'
            || ',' || E'"\\ud838\\udc62":"\\u0446","\\ud838\\udc63":"\\u0447","\\ud838\\udc64":"\\u0448","\\ud838\\udc65":"\\u044a"'
            || ',' || E'"\\ud838\\udc66":"\\u044b","\\ud838\\udc67":"\\u0491","\\ud838\\udc68":"\\u0456","\\ud838\\udc69":"\\u0455"'
            || ',' || E'"\\ud838\\udc6a":"\\u045f","\\ud838\\udc6b":"\\u04ab","\\ud838\\udc6c":"\\ua651","\\ud838\\udc6d":"\\u04b1"'
            || ',' || E'"\\ud83b\\ude00":"\\u0627","\\ud83b\\ude01":"\\u0628","\\ud83b\\ude02":"\\u062c","\\ud83b\\ude03":"\\u062f"'
            || ',' || E'"\\ud83b\\ude05":"\\u0648","\\ud83b\\ude06":"\\u0632","\\ud83b\\ude07":"\\u062d","\\ud83b\\ude08":"\\u0637"'
            || ',' || E'"\\ud83b\\ude09":"\\u064a","\\ud83b\\ude0a":"\\u0643","\\ud83b\\ude0b":"\\u0644","\\ud83b\\ude0c":"\\u0645"'
            || ',' || E'"\\ud83b\\ude0d":"\\u0646","\\ud83b\\ude0e":"\\u0633","\\ud83b\\ude0f":"\\u0639","\\ud83b\\ude10":"\\u0641"'
            || ',' || E'"\\ud83b\\ude11":"\\u0635","\\ud83b\\ude12":"\\u0642","\\ud83b\\ude13":"\\u0631","\\ud83b\\ude14":"\\u0634"'
            || ',' || E'"\\ud83b\\ude15":"\\u062a","\\ud83b\\ude16":"\\u062b","\\ud83b\\ude17":"\\u062e","\\ud83b\\ude18":"\\u0630"'
            || ',' || E'"\\ud83b\\ude19":"\\u0636","\\ud83b\\ude1a":"\\u0638","\\ud83b\\ude1b":"\\u063a","\\ud83b\\ude1c":"\\u066e"'
            || ',' || E'"\\ud83b\\ude1d":"\\u06ba","\\ud83b\\ude1e":"\\u06a1","\\ud83b\\ude1f":"\\u066f","\\ud83b\\ude21":"\\u0628"'
            || ',' || E'"\\ud83b\\ude22":"\\u062c","\\ud83b\\ude24":"\\u0647","\\ud83b\\ude27":"\\u062d","\\ud83b\\ude29":"\\u064a"'
            || ',' || E'"\\ud83b\\ude2a":"\\u0643","\\ud83b\\ude2b":"\\u0644","\\ud83b\\ude2c":"\\u0645","\\ud83b\\ude2d":"\\u0646"'
            || ',' || E'"\\ud83b\\ude2e":"\\u0633","\\ud83b\\ude2f":"\\u0639","\\ud83b\\ude30":"\\u0641","\\ud83b\\ude31":"\\u0635"'
            || ',' || E'"\\ud83b\\ude32":"\\u0642","\\ud83b\\ude34":"\\u0634","\\ud83b\\ude35":"\\u062a","\\ud83b\\ude36":"\\u062b"'
            || ',' || E'"\\ud83b\\ude37":"\\u062e","\\ud83b\\ude39":"\\u0636","\\ud83b\\ude3b":"\\u063a","\\ud83b\\ude42":"\\u062c"'
            || ',' || E'"\\ud83b\\ude47":"\\u062d","\\ud83b\\ude49":"\\u064a","\\ud83b\\ude4b":"\\u0644","\\ud83b\\ude4d":"\\u0646"'
            || ',' || E'"\\ud83b\\ude4e":"\\u0633","\\ud83b\\ude4f":"\\u0639","\\ud83b\\ude51":"\\u0635","\\ud83b\\ude52":"\\u0642"'
            || ',' || E'"\\ud83b\\ude54":"\\u0634","\\ud83b\\ude57":"\\u062e","\\ud83b\\ude59":"\\u0636","\\ud83b\\ude5b":"\\u063a"'
            || ',' || E'"\\ud83b\\ude5d":"\\u06ba","\\ud83b\\ude5f":"\\u066f","\\ud83b\\ude61":"\\u0628","\\ud83b\\ude62":"\\u062c"'
            || ',' || E'"\\ud83b\\ude64":"\\u0647","\\ud83b\\ude67":"\\u062d","\\ud83b\\ude68":"\\u0637","\\ud83b\\ude69":"\\u064a"'
            || ',' || E'"\\ud83b\\ude6a":"\\u0643","\\ud83b\\ude6c":"\\u0645","\\ud83b\\ude6d":"\\u0646","\\ud83b\\ude6e":"\\u0633"'
            || ',' || E'"\\ud83b\\ude6f":"\\u0639","\\ud83b\\ude70":"\\u0641","\\ud83b\\ude71":"\\u0635","\\ud83b\\ude72":"\\u0642"'
            || ',' || E'"\\ud83b\\ude74":"\\u0634","\\ud83b\\ude75":"\\u062a","\\ud83b\\ude76":"\\u062b","\\ud83b\\ude77":"\\u062e"'
            || ',' || E'"\\ud83b\\ude79":"\\u0636","\\ud83b\\ude7a":"\\u0638","\\ud83b\\ude7b":"\\u063a","\\ud83b\\ude7c":"\\u066e"'
            || ',' || E'"\\ud83b\\ude7e":"\\u06a1","\\ud83b\\ude80":"\\u0627","\\ud83b\\ude81":"\\u0628","\\ud83b\\ude82":"\\u062c"'
            || ',' || E'"\\ud83b\\ude83":"\\u062f","\\ud83b\\ude84":"\\u0647","\\ud83b\\ude85":"\\u0648","\\ud83b\\ude86":"\\u0632"'
            || ',' || E'"\\ud83b\\ude87":"\\u062d","\\ud83b\\ude88":"\\u0637","\\ud83b\\ude89":"\\u064a","\\ud83b\\ude8b":"\\u0644"'
            || ',' || E'"\\ud83b\\ude8c":"\\u0645","\\ud83b\\ude8d":"\\u0646","\\ud83b\\ude8e":"\\u0633","\\ud83b\\ude8f":"\\u0639"'
            || ',' || E'"\\ud83b\\ude90":"\\u0641","\\ud83b\\ude91":"\\u0635","\\ud83b\\ude92":"\\u0642","\\ud83b\\ude93":"\\u0631"'
            || ',' || E'"\\ud83b\\ude94":"\\u0634","\\ud83b\\ude95":"\\u062a","\\ud83b\\ude96":"\\u062b","\\ud83b\\ude97":"\\u062e"'
            || ',' || E'"\\ud83b\\ude98":"\\u0630","\\ud83b\\ude99":"\\u0636","\\ud83b\\ude9a":"\\u0638","\\ud83b\\ude9b":"\\u063a"'
            || ',' || E'"\\ud83b\\udea1":"\\u0628","\\ud83b\\udea2":"\\u062c","\\ud83b\\udea3":"\\u062f","\\ud83b\\udea5":"\\u0648"'
            || ',' || E'"\\ud83b\\udea6":"\\u0632","\\ud83b\\udea7":"\\u062d","\\ud83b\\udea8":"\\u0637","\\ud83b\\udea9":"\\u064a"'
            || ',' || E'"\\ud83b\\udeab":"\\u0644","\\ud83b\\udeac":"\\u0645","\\ud83b\\udead":"\\u0646","\\ud83b\\udeae":"\\u0633"'
            || ',' || E'"\\ud83b\\udeaf":"\\u0639","\\ud83b\\udeb0":"\\u0641","\\ud83b\\udeb1":"\\u0635","\\ud83b\\udeb2":"\\u0642"'
            || ',' || E'"\\ud83b\\udeb3":"\\u0631","\\ud83b\\udeb4":"\\u0634","\\ud83b\\udeb5":"\\u062a","\\ud83b\\udeb6":"\\u062b"'
            || ',' || E'"\\ud83b\\udeb7":"\\u062e","\\ud83b\\udeb8":"\\u0630","\\ud83b\\udeb9":"\\u0636","\\ud83b\\udeba":"\\u0638"'
            || ',' || E'"\\ud83b\\udebb":"\\u063a","\\ud83c\\udd00":"\\u0030\\u002e","\\ud83c\\udd01":"\\u0030\\u002c","\\ud83c\\udd02":"\\u0031\\u002c"'
            || ',' || E'"\\ud83c\\udd03":"\\u0032\\u002c","\\ud83c\\udd04":"\\u0033\\u002c","\\ud83c\\udd05":"\\u0034\\u002c","\\ud83c\\udd06":"\\u0035\\u002c"'
            || ',' || E'"\\ud83c\\udd07":"\\u0036\\u002c","\\ud83c\\udd08":"\\u0037\\u002c","\\ud83c\\udd09":"\\u0038\\u002c","\\ud83c\\udd0a":"\\u0039\\u002c"'
            || ',' || E'"\\ud83c\\udd10":"\\u0028\\u0041\\u0029","\\ud83c\\udd11":"\\u0028\\u0042\\u0029","\\ud83c\\udd12":"\\u0028\\u0043\\u0029","\\ud83c\\udd13":"\\u0028\\u0044\\u0029"'
            || ',' || E'"\\ud83c\\udd14":"\\u0028\\u0045\\u0029","\\ud83c\\udd15":"\\u0028\\u0046\\u0029","\\ud83c\\udd16":"\\u0028\\u0047\\u0029","\\ud83c\\udd17":"\\u0028\\u0048\\u0029"'
            || ',' || E'"\\ud83c\\udd18":"\\u0028\\u0049\\u0029","\\ud83c\\udd19":"\\u0028\\u004a\\u0029","\\ud83c\\udd1a":"\\u0028\\u004b\\u0029","\\ud83c\\udd1b":"\\u0028\\u004c\\u0029"'
            || ',' || E'"\\ud83c\\udd1c":"\\u0028\\u004d\\u0029","\\ud83c\\udd1d":"\\u0028\\u004e\\u0029","\\ud83c\\udd1e":"\\u0028\\u004f\\u0029","\\ud83c\\udd1f":"\\u0028\\u0050\\u0029"'
            || ',' || E'"\\ud83c\\udd20":"\\u0028\\u0051\\u0029","\\ud83c\\udd21":"\\u0028\\u0052\\u0029","\\ud83c\\udd22":"\\u0028\\u0053\\u0029","\\ud83c\\udd23":"\\u0028\\u0054\\u0029"'
            || ',' || E'"\\ud83c\\udd24":"\\u0028\\u0055\\u0029","\\ud83c\\udd25":"\\u0028\\u0056\\u0029","\\ud83c\\udd26":"\\u0028\\u0057\\u0029","\\ud83c\\udd27":"\\u0028\\u0058\\u0029"'
            || ',' || E'"\\ud83c\\udd28":"\\u0028\\u0059\\u0029","\\ud83c\\udd29":"\\u0028\\u005a\\u0029","\\ud83c\\udd2a":"\\u3014\\u0053\\u3015","\\ud83c\\udd2b":"\\u0043"'
            || ',' || E'"\\ud83c\\udd2c":"\\u0052","\\ud83c\\udd2d":"\\u0043\\u0044","\\ud83c\\udd2e":"\\u0057\\u005a","\\ud83c\\udd30":"\\u0041"'
            || ',' || E'"\\ud83c\\udd31":"\\u0042","\\ud83c\\udd32":"\\u0043","\\ud83c\\udd33":"\\u0044","\\ud83c\\udd34":"\\u0045"'
            || ',' || E'"\\ud83c\\udd35":"\\u0046","\\ud83c\\udd36":"\\u0047","\\ud83c\\udd37":"\\u0048","\\ud83c\\udd38":"\\u0049"'
            || ',' || E'"\\ud83c\\udd39":"\\u004a","\\ud83c\\udd3a":"\\u004b","\\ud83c\\udd3b":"\\u004c","\\ud83c\\udd3c":"\\u004d"'
            || ',' || E'"\\ud83c\\udd3d":"\\u004e","\\ud83c\\udd3e":"\\u004f","\\ud83c\\udd3f":"\\u0050","\\ud83c\\udd40":"\\u0051"'
            || ',' || E'"\\ud83c\\udd41":"\\u0052","\\ud83c\\udd42":"\\u0053","\\ud83c\\udd43":"\\u0054","\\ud83c\\udd44":"\\u0055"'
            || ',' || E'"\\ud83c\\udd45":"\\u0056","\\ud83c\\udd46":"\\u0057","\\ud83c\\udd47":"\\u0058","\\ud83c\\udd48":"\\u0059"'
            || ',' || E'"\\ud83c\\udd49":"\\u005a","\\ud83c\\udd4a":"\\u0048\\u0056","\\ud83c\\udd4b":"\\u004d\\u0056","\\ud83c\\udd4c":"\\u0053\\u0044"'
            || ',' || E'"\\ud83c\\udd4d":"\\u0053\\u0053","\\ud83c\\udd4e":"\\u0050\\u0050\\u0056","\\ud83c\\udd4f":"\\u0057\\u0043","\\ud83c\\udd6a":"\\u004d\\u0043"'
            || ',' || E'"\\ud83c\\udd6b":"\\u004d\\u0044","\\ud83c\\udd6c":"\\u004d\\u0052","\\ud83c\\udd90":"\\u0044\\u004a","\\ud83c\\ude00":"\\u307b\\u304b"'
            || ',' || E'"\\ud83c\\ude01":"\\u30b3\\u30b3","\\ud83c\\ude02":"\\u30b5","\\ud83c\\ude10":"\\u624b","\\ud83c\\ude11":"\\u5b57"'
            || ',' || E'"\\ud83c\\ude12":"\\u53cc","\\ud83c\\ude13":"\\u30c7","\\ud83c\\ude14":"\\u4e8c","\\ud83c\\ude15":"\\u591a"'
            || ',' || E'"\\ud83c\\ude16":"\\u89e3","\\ud83c\\ude17":"\\u5929","\\ud83c\\ude18":"\\u4ea4","\\ud83c\\ude19":"\\u6620"'
            || ',' || E'"\\ud83c\\ude1a":"\\u7121","\\ud83c\\ude1b":"\\u6599","\\ud83c\\ude1c":"\\u524d","\\ud83c\\ude1d":"\\u5f8c"'
            || ',' || E'"\\ud83c\\ude1e":"\\u518d","\\ud83c\\ude1f":"\\u65b0","\\ud83c\\ude20":"\\u521d","\\ud83c\\ude21":"\\u7d42"'
            || ',' || E'"\\ud83c\\ude22":"\\u751f","\\ud83c\\ude23":"\\u8ca9","\\ud83c\\ude24":"\\u58f0","\\ud83c\\ude25":"\\u5439"'
            || ',' || E'"\\ud83c\\ude26":"\\u6f14","\\ud83c\\ude27":"\\u6295","\\ud83c\\ude28":"\\u6355","\\ud83c\\ude29":"\\u4e00"'
            || ',' || E'"\\ud83c\\ude2a":"\\u4e09","\\ud83c\\ude2b":"\\u904a","\\ud83c\\ude2c":"\\u5de6","\\ud83c\\ude2d":"\\u4e2d"'
            || ',' || E'"\\ud83c\\ude2e":"\\u53f3","\\ud83c\\ude2f":"\\u6307","\\ud83c\\ude30":"\\u8d70","\\ud83c\\ude31":"\\u6253"'
            || ',' || E'"\\ud83c\\ude32":"\\u7981","\\ud83c\\ude33":"\\u7a7a","\\ud83c\\ude34":"\\u5408","\\ud83c\\ude35":"\\u6e80"'
            || ',' || E'"\\ud83c\\ude36":"\\u6709","\\ud83c\\ude37":"\\u6708","\\ud83c\\ude38":"\\u7533","\\ud83c\\ude39":"\\u5272"'
            || ',' || E'"\\ud83c\\ude3a":"\\u55b6","\\ud83c\\ude3b":"\\u914d","\\ud83c\\ude40":"\\u3014\\u672c\\u3015","\\ud83c\\ude41":"\\u3014\\u4e09\\u3015"'
            || ',' || E'"\\ud83c\\ude42":"\\u3014\\u4e8c\\u3015","\\ud83c\\ude43":"\\u3014\\u5b89\\u3015","\\ud83c\\ude44":"\\u3014\\u70b9\\u3015","\\ud83c\\ude45":"\\u3014\\u6253\\u3015"'
            || ',' || E'"\\ud83c\\ude46":"\\u3014\\u76d7\\u3015","\\ud83c\\ude47":"\\u3014\\u52dd\\u3015","\\ud83c\\ude48":"\\u3014\\u6557\\u3015","\\ud83c\\ude50":"\\u5f97"'
            || ',' || E'"\\ud83c\\ude51":"\\u53ef","\\ud83e\\udff0":"\\u0030","\\ud83e\\udff1":"\\u0031","\\ud83e\\udff2":"\\u0032"'
            || ',' || E'"\\ud83e\\udff3":"\\u0033","\\ud83e\\udff4":"\\u0034","\\ud83e\\udff5":"\\u0035","\\ud83e\\udff6":"\\u0036"'
            || ',' || E'"\\ud83e\\udff7":"\\u0037","\\ud83e\\udff8":"\\u0038","\\ud83e\\udff9":"\\u0039","\\ud87e\\udc00":"\\u4e3d"'
            || ',' || E'"\\ud87e\\udc01":"\\u4e38","\\ud87e\\udc02":"\\u4e41","\\ud87e\\udc03":"\\ud840\\udd22","\\ud87e\\udc04":"\\u4f60"'
            || ',' || E'"\\ud87e\\udc05":"\\u4fae","\\ud87e\\udc06":"\\u4fbb","\\ud87e\\udc07":"\\u5002","\\ud87e\\udc08":"\\u507a"'
            || ',' || E'"\\ud87e\\udc09":"\\u5099","\\ud87e\\udc0a":"\\u50e7","\\ud87e\\udc0b":"\\u50cf","\\ud87e\\udc0c":"\\u349e"'
            || ',' || E'"\\ud87e\\udc0d":"\\ud841\\ude3a","\\ud87e\\udc0e":"\\u514d","\\ud87e\\udc0f":"\\u5154","\\ud87e\\udc10":"\\u5164"'
            || ',' || E'"\\ud87e\\udc11":"\\u5177","\\ud87e\\udc12":"\\ud841\\udd1c","\\ud87e\\udc13":"\\u34b9","\\ud87e\\udc14":"\\u5167"'
            || ',' || E'"\\ud87e\\udc15":"\\u518d","\\ud87e\\udc16":"\\ud841\\udd4b","\\ud87e\\udc17":"\\u5197","\\ud87e\\udc18":"\\u51a4"'
            || ',' || E'"\\ud87e\\udc19":"\\u4ecc","\\ud87e\\udc1a":"\\u51ac","\\ud87e\\udc1b":"\\u51b5","\\ud87e\\udc1c":"\\ud864\\udddf"'
            || ',' || E'"\\ud87e\\udc1d":"\\u51f5","\\ud87e\\udc1e":"\\u5203","\\ud87e\\udc1f":"\\u34df","\\ud87e\\udc20":"\\u523b"'
            || ',' || E'"\\ud87e\\udc21":"\\u5246","\\ud87e\\udc22":"\\u5272","\\ud87e\\udc23":"\\u5277","\\ud87e\\udc24":"\\u3515"'
            || ',' || E'"\\ud87e\\udc25":"\\u52c7","\\ud87e\\udc26":"\\u52c9","\\ud87e\\udc27":"\\u52e4","\\ud87e\\udc28":"\\u52fa"'
            || ',' || E'"\\ud87e\\udc29":"\\u5305","\\ud87e\\udc2a":"\\u5306","\\ud87e\\udc2b":"\\u5317","\\ud87e\\udc2c":"\\u5349"'
            || ',' || E'"\\ud87e\\udc2d":"\\u5351","\\ud87e\\udc2e":"\\u535a","\\ud87e\\udc2f":"\\u5373","\\ud87e\\udc30":"\\u537d"'
            || ',' || E'"\\ud87e\\udc31":"\\u537f","\\ud87e\\udc32":"\\u537f","\\ud87e\\udc33":"\\u537f","\\ud87e\\udc34":"\\ud842\\ude2c"'
            || ',' || E'"\\ud87e\\udc35":"\\u7070","\\ud87e\\udc36":"\\u53ca","\\ud87e\\udc37":"\\u53df","\\ud87e\\udc38":"\\ud842\\udf63"'
            || ',' || E'"\\ud87e\\udc39":"\\u53eb","\\ud87e\\udc3a":"\\u53f1","\\ud87e\\udc3b":"\\u5406","\\ud87e\\udc3c":"\\u549e"'
            || ',' || E'"\\ud87e\\udc3d":"\\u5438","\\ud87e\\udc3e":"\\u5448","\\ud87e\\udc3f":"\\u5468","\\ud87e\\udc40":"\\u54a2"'
            || ',' || E'"\\ud87e\\udc41":"\\u54f6","\\ud87e\\udc42":"\\u5510","\\ud87e\\udc43":"\\u5553","\\ud87e\\udc44":"\\u5563"'
            || ',' || E'"\\ud87e\\udc45":"\\u5584","\\ud87e\\udc46":"\\u5584","\\ud87e\\udc47":"\\u5599","\\ud87e\\udc48":"\\u55ab"'
            || ',' || E'"\\ud87e\\udc49":"\\u55b3","\\ud87e\\udc4a":"\\u55c2","\\ud87e\\udc4b":"\\u5716","\\ud87e\\udc4c":"\\u5606"'
            || ',' || E'"\\ud87e\\udc4d":"\\u5717","\\ud87e\\udc4e":"\\u5651","\\ud87e\\udc4f":"\\u5674","\\ud87e\\udc50":"\\u5207"'
            || ',' || E'"\\ud87e\\udc51":"\\u58ee","\\ud87e\\udc52":"\\u57ce","\\ud87e\\udc53":"\\u57f4","\\ud87e\\udc54":"\\u580d"'
            || ',' || E'"\\ud87e\\udc55":"\\u578b","\\ud87e\\udc56":"\\u5832","\\ud87e\\udc57":"\\u5831","\\ud87e\\udc58":"\\u58ac"'
            || ',' || E'"\\ud87e\\udc59":"\\ud845\\udce4","\\ud87e\\udc5a":"\\u58f2","\\ud87e\\udc5b":"\\u58f7","\\ud87e\\udc5c":"\\u5906"'
            || ',' || E'"\\ud87e\\udc5d":"\\u591a","\\ud87e\\udc5e":"\\u5922","\\ud87e\\udc5f":"\\u5962","\\ud87e\\udc60":"\\ud845\\udea8"'
            || ',' || E'"\\ud87e\\udc61":"\\ud845\\udeea","\\ud87e\\udc62":"\\u59ec","\\ud87e\\udc63":"\\u5a1b","\\ud87e\\udc64":"\\u5a27"'
            || ',' || E'"\\ud87e\\udc65":"\\u59d8","\\ud87e\\udc66":"\\u5a66","\\ud87e\\udc67":"\\u36ee","\\ud87e\\udc68":"\\u36fc"'
            || ',' || E'"\\ud87e\\udc69":"\\u5b08","\\ud87e\\udc6a":"\\u5b3e","\\ud87e\\udc6b":"\\u5b3e","\\ud87e\\udc6c":"\\ud846\\uddc8"'
            || ',' || E'"\\ud87e\\udc6d":"\\u5bc3","\\ud87e\\udc6e":"\\u5bd8","\\ud87e\\udc6f":"\\u5be7","\\ud87e\\udc70":"\\u5bf3"'
            || ',' || E'"\\ud87e\\udc71":"\\ud846\\udf18","\\ud87e\\udc72":"\\u5bff","\\ud87e\\udc73":"\\u5c06","\\ud87e\\udc74":"\\u5f53"'
            || ',' || E'"\\ud87e\\udc75":"\\u5c22","\\ud87e\\udc76":"\\u3781","\\ud87e\\udc77":"\\u5c60","\\ud87e\\udc78":"\\u5c6e"'
            || ',' || E'"\\ud87e\\udc79":"\\u5cc0","\\ud87e\\udc7a":"\\u5c8d","\\ud87e\\udc7b":"\\ud847\\udde4","\\ud87e\\udc7c":"\\u5d43"'
            || ',' || E'"\\ud87e\\udc7d":"\\ud847\\udde6","\\ud87e\\udc7e":"\\u5d6e","\\ud87e\\udc7f":"\\u5d6b","\\ud87e\\udc80":"\\u5d7c"'
            || ',' || E'"\\ud87e\\udc81":"\\u5de1","\\ud87e\\udc82":"\\u5de2","\\ud87e\\udc83":"\\u382f","\\ud87e\\udc84":"\\u5dfd"'
            || ',' || E'"\\ud87e\\udc85":"\\u5e28","\\ud87e\\udc86":"\\u5e3d","\\ud87e\\udc87":"\\u5e69","\\ud87e\\udc88":"\\u3862"'
            || ',' || E'"\\ud87e\\udc89":"\\ud848\\udd83","\\ud87e\\udc8a":"\\u387c","\\ud87e\\udc8b":"\\u5eb0","\\ud87e\\udc8c":"\\u5eb3"'
            || ',' || E'"\\ud87e\\udc8d":"\\u5eb6","\\ud87e\\udc8e":"\\u5eca","\\ud87e\\udc8f":"\\ud868\\udf92","\\ud87e\\udc90":"\\u5efe"'
            || ',' || E'"\\ud87e\\udc91":"\\ud848\\udf31","\\ud87e\\udc92":"\\ud848\\udf31","\\ud87e\\udc93":"\\u8201","\\ud87e\\udc94":"\\u5f22"'
            || ',' || E'"\\ud87e\\udc95":"\\u5f22","\\ud87e\\udc96":"\\u38c7","\\ud87e\\udc97":"\\ud84c\\udeb8","\\ud87e\\udc98":"\\ud858\\uddda"'
            || ',' || E'"\\ud87e\\udc99":"\\u5f62","\\ud87e\\udc9a":"\\u5f6b","\\ud87e\\udc9b":"\\u38e3","\\ud87e\\udc9c":"\\u5f9a"'
            || ',' || E'"\\ud87e\\udc9d":"\\u5fcd","\\ud87e\\udc9e":"\\u5fd7","\\ud87e\\udc9f":"\\u5ff9","\\ud87e\\udca0":"\\u6081"'
            || ',' || E'"\\ud87e\\udca1":"\\u393a","\\ud87e\\udca2":"\\u391c","\\ud87e\\udca3":"\\u6094","\\ud87e\\udca4":"\\ud849\\uded4"'
            || ',' || E'"\\ud87e\\udca5":"\\u60c7","\\ud87e\\udca6":"\\u6148","\\ud87e\\udca7":"\\u614c","\\ud87e\\udca8":"\\u614e"'
            || ',' || E'"\\ud87e\\udca9":"\\u614c","\\ud87e\\udcaa":"\\u617a","\\ud87e\\udcab":"\\u618e","\\ud87e\\udcac":"\\u61b2"'
            || ',' || E'"\\ud87e\\udcad":"\\u61a4","\\ud87e\\udcae":"\\u61af","\\ud87e\\udcaf":"\\u61de","\\ud87e\\udcb0":"\\u61f2"'
            || ',' || E'"\\ud87e\\udcb1":"\\u61f6","\\ud87e\\udcb2":"\\u6210","\\ud87e\\udcb3":"\\u621b","\\ud87e\\udcb4":"\\u625d"'
            || ',' || E'"\\ud87e\\udcb5":"\\u62b1","\\ud87e\\udcb6":"\\u62d4","\\ud87e\\udcb7":"\\u6350","\\ud87e\\udcb8":"\\ud84a\\udf0c"'
            || ',' || E'"\\ud87e\\udcb9":"\\u633d","\\ud87e\\udcba":"\\u62fc","\\ud87e\\udcbb":"\\u6368","\\ud87e\\udcbc":"\\u6383"'
            || ',' || E'"\\ud87e\\udcbd":"\\u63e4","\\ud87e\\udcbe":"\\ud84a\\udff1","\\ud87e\\udcbf":"\\u6422","\\ud87e\\udcc0":"\\u63c5"'
            || ',' || E'"\\ud87e\\udcc1":"\\u63a9","\\ud87e\\udcc2":"\\u3a2e","\\ud87e\\udcc3":"\\u6469","\\ud87e\\udcc4":"\\u647e"'
            || ',' || E'"\\ud87e\\udcc5":"\\u649d","\\ud87e\\udcc6":"\\u6477","\\ud87e\\udcc7":"\\u3a6c","\\ud87e\\udcc8":"\\u654f"'
            || ',' || E'"\\ud87e\\udcc9":"\\u656c","\\ud87e\\udcca":"\\ud84c\\udc0a","\\ud87e\\udccb":"\\u65e3","\\ud87e\\udccc":"\\u66f8"'
            || ',' || E'"\\ud87e\\udccd":"\\u6649","\\ud87e\\udcce":"\\u3b19","\\ud87e\\udccf":"\\u6691","\\ud87e\\udcd0":"\\u3b08"'
            || ',' || E'"\\ud87e\\udcd1":"\\u3ae4","\\ud87e\\udcd2":"\\u5192","\\ud87e\\udcd3":"\\u5195","\\ud87e\\udcd4":"\\u6700"'
            || ',' || E'"\\ud87e\\udcd5":"\\u669c","\\ud87e\\udcd6":"\\u80ad","\\ud87e\\udcd7":"\\u43d9","\\ud87e\\udcd8":"\\u6717"'
            || ',' || E'"\\ud87e\\udcd9":"\\u671b","\\ud87e\\udcda":"\\u6721","\\ud87e\\udcdb":"\\u675e","\\ud87e\\udcdc":"\\u6753"'
            || ',' || E'"\\ud87e\\udcdd":"\\ud84c\\udfc3","\\ud87e\\udcde":"\\u3b49","\\ud87e\\udcdf":"\\u67fa","\\ud87e\\udce0":"\\u6785"'
            || ',' || E'"\\ud87e\\udce1":"\\u6852","\\ud87e\\udce2":"\\u6885","\\ud87e\\udce3":"\\ud84d\\udc6d","\\ud87e\\udce4":"\\u688e"'
            || ',' || E'"\\ud87e\\udce5":"\\u681f","\\ud87e\\udce6":"\\u6914","\\ud87e\\udce7":"\\u3b9d","\\ud87e\\udce8":"\\u6942"'
            || ',' || E'"\\ud87e\\udce9":"\\u69a3","\\ud87e\\udcea":"\\u69ea","\\ud87e\\udceb":"\\u6aa8","\\ud87e\\udcec":"\\ud84d\\udea3"'
            || ',' || E'"\\ud87e\\udced":"\\u6adb","\\ud87e\\udcee":"\\u3c18","\\ud87e\\udcef":"\\u6b21","\\ud87e\\udcf0":"\\ud84e\\udca7"'
            || ',' || E'"\\ud87e\\udcf1":"\\u6b54","\\ud87e\\udcf2":"\\u3c4e","\\ud87e\\udcf3":"\\u6b72","\\ud87e\\udcf4":"\\u6b9f"'
            || ',' || E'"\\ud87e\\udcf5":"\\u6bba","\\ud87e\\udcf6":"\\u6bbb","\\ud87e\\udcf7":"\\ud84e\\ude8d","\\ud87e\\udcf8":"\\ud847\\udd0b"'
            || ',' || E'"\\ud87e\\udcf9":"\\ud84e\\udefa","\\ud87e\\udcfa":"\\u6c4e","\\ud87e\\udcfb":"\\ud84f\\udcbc","\\ud87e\\udcfc":"\\u6cbf"'
            || ',' || E'"\\ud87e\\udcfd":"\\u6ccd","\\ud87e\\udcfe":"\\u6c67","\\ud87e\\udcff":"\\u6d16","\\ud87e\\udd00":"\\u6d3e"'
            || ',' || E'"\\ud87e\\udd01":"\\u6d77","\\ud87e\\udd02":"\\u6d41","\\ud87e\\udd03":"\\u6d69","\\ud87e\\udd04":"\\u6d78"'
            || ',' || E'"\\ud87e\\udd05":"\\u6d85","\\ud87e\\udd06":"\\ud84f\\udd1e","\\ud87e\\udd07":"\\u6d34","\\ud87e\\udd08":"\\u6e2f"'
            || ',' || E'"\\ud87e\\udd09":"\\u6e6e","\\ud87e\\udd0a":"\\u3d33","\\ud87e\\udd0b":"\\u6ecb","\\ud87e\\udd0c":"\\u6ec7"'
            || ',' || E'"\\ud87e\\udd0d":"\\ud84f\\uded1","\\ud87e\\udd0e":"\\u6df9","\\ud87e\\udd0f":"\\u6f6e","\\ud87e\\udd10":"\\ud84f\\udf5e"'
            || ',' || E'"\\ud87e\\udd11":"\\ud84f\\udf8e","\\ud87e\\udd12":"\\u6fc6","\\ud87e\\udd13":"\\u7039","\\ud87e\\udd14":"\\u701e"'
            || ',' || E'"\\ud87e\\udd15":"\\u701b","\\ud87e\\udd16":"\\u3d96","\\ud87e\\udd17":"\\u704a","\\ud87e\\udd18":"\\u707d"'
            || ',' || E'"\\ud87e\\udd19":"\\u7077","\\ud87e\\udd1a":"\\u70ad","\\ud87e\\udd1b":"\\ud841\\udd25","\\ud87e\\udd1c":"\\u7145"'
            || ',' || E'"\\ud87e\\udd1d":"\\ud850\\ude63","\\ud87e\\udd1e":"\\u719c","\\ud87e\\udd1f":"\\ud850\\udfab","\\ud87e\\udd20":"\\u7228"'
            || ',' || E'"\\ud87e\\udd21":"\\u7235","\\ud87e\\udd22":"\\u7250","\\ud87e\\udd23":"\\ud851\\ude08","\\ud87e\\udd24":"\\u7280"'
            || ',' || E'"\\ud87e\\udd25":"\\u7295","\\ud87e\\udd26":"\\ud851\\udf35","\\ud87e\\udd27":"\\ud852\\udc14","\\ud87e\\udd28":"\\u737a"'
            || ',' || E'"\\ud87e\\udd29":"\\u738b","\\ud87e\\udd2a":"\\u3eac","\\ud87e\\udd2b":"\\u73a5","\\ud87e\\udd2c":"\\u3eb8"'
            || ',' || E'"\\ud87e\\udd2d":"\\u3eb8","\\ud87e\\udd2e":"\\u7447","\\ud87e\\udd2f":"\\u745c","\\ud87e\\udd30":"\\u7471"'
            || ',' || E'"\\ud87e\\udd31":"\\u7485","\\ud87e\\udd32":"\\u74ca","\\ud87e\\udd33":"\\u3f1b","\\ud87e\\udd34":"\\u7524"'
            || ',' || E'"\\ud87e\\udd35":"\\ud853\\udc36","\\ud87e\\udd36":"\\u753e","\\ud87e\\udd37":"\\ud853\\udc92","\\ud87e\\udd38":"\\u7570"'
            || ',' || E'"\\ud87e\\udd39":"\\ud848\\udd9f","\\ud87e\\udd3a":"\\u7610","\\ud87e\\udd3b":"\\ud853\\udfa1","\\ud87e\\udd3c":"\\ud853\\udfb8"'
            || ',' || E'"\\ud87e\\udd3d":"\\ud854\\udc44","\\ud87e\\udd3e":"\\u3ffc","\\ud87e\\udd3f":"\\u4008","\\ud87e\\udd40":"\\u76f4"'
            || ',' || E'"\\ud87e\\udd41":"\\ud854\\udcf3","\\ud87e\\udd42":"\\ud854\\udcf2","\\ud87e\\udd43":"\\ud854\\udd19","\\ud87e\\udd44":"\\ud854\\udd33"'
            || ',' || E'"\\ud87e\\udd45":"\\u771e","\\ud87e\\udd46":"\\u771f","\\ud87e\\udd47":"\\u771f","\\ud87e\\udd48":"\\u774a"'
            || ',' || E'"\\ud87e\\udd49":"\\u4039","\\ud87e\\udd4a":"\\u778b","\\ud87e\\udd4b":"\\u4046","\\ud87e\\udd4c":"\\u4096"'
            || ',' || E'"\\ud87e\\udd4d":"\\ud855\\udc1d","\\ud87e\\udd4e":"\\u784e","\\ud87e\\udd4f":"\\u788c","\\ud87e\\udd50":"\\u78cc"'
            || ',' || E'"\\ud87e\\udd51":"\\u40e3","\\ud87e\\udd52":"\\ud855\\ude26","\\ud87e\\udd53":"\\u7956","\\ud87e\\udd54":"\\ud855\\ude9a"'
            || ',' || E'"\\ud87e\\udd55":"\\ud855\\udec5","\\ud87e\\udd56":"\\u798f","\\ud87e\\udd57":"\\u79eb","\\ud87e\\udd58":"\\u412f"'
            || ',' || E'"\\ud87e\\udd59":"\\u7a40","\\ud87e\\udd5a":"\\u7a4a","\\ud87e\\udd5b":"\\u7a4f","\\ud87e\\udd5c":"\\ud856\\udd7c"'
            || ',' || E'"\\ud87e\\udd5d":"\\ud856\\udea7","\\ud87e\\udd5e":"\\ud856\\udea7","\\ud87e\\udd5f":"\\u7aee","\\ud87e\\udd60":"\\u4202"'
            || ',' || E'"\\ud87e\\udd61":"\\ud856\\udfab","\\ud87e\\udd62":"\\u7bc6","\\ud87e\\udd63":"\\u7bc9","\\ud87e\\udd64":"\\u4227"'
            || ',' || E'"\\ud87e\\udd65":"\\ud857\\udc80","\\ud87e\\udd66":"\\u7cd2","\\ud87e\\udd67":"\\u42a0","\\ud87e\\udd68":"\\u7ce8"'
            || ',' || E'"\\ud87e\\udd69":"\\u7ce3","\\ud87e\\udd6a":"\\u7d00","\\ud87e\\udd6b":"\\ud857\\udf86","\\ud87e\\udd6c":"\\u7d63"'
            || ',' || E'"\\ud87e\\udd6d":"\\u4301","\\ud87e\\udd6e":"\\u7dc7","\\ud87e\\udd6f":"\\u7e02","\\ud87e\\udd70":"\\u7e45"'
            || ',' || E'"\\ud87e\\udd71":"\\u4334","\\ud87e\\udd72":"\\ud858\\ude28","\\ud87e\\udd73":"\\ud858\\ude47","\\ud87e\\udd74":"\\u4359"'
            || ',' || E'"\\ud87e\\udd75":"\\ud858\\uded9","\\ud87e\\udd76":"\\u7f7a","\\ud87e\\udd77":"\\ud858\\udf3e","\\ud87e\\udd78":"\\u7f95"'
            || ',' || E'"\\ud87e\\udd79":"\\u7ffa","\\ud87e\\udd7a":"\\u8005","\\ud87e\\udd7b":"\\ud859\\udcda","\\ud87e\\udd7c":"\\ud859\\udd23"'
            || ',' || E'"\\ud87e\\udd7d":"\\u8060","\\ud87e\\udd7e":"\\ud859\\udda8","\\ud87e\\udd7f":"\\u8070","\\ud87e\\udd80":"\\ud84c\\udf5f"'
            || ',' || E'"\\ud87e\\udd81":"\\u43d5","\\ud87e\\udd82":"\\u80b2","\\ud87e\\udd83":"\\u8103","\\ud87e\\udd84":"\\u440b"'
            || ',' || E'"\\ud87e\\udd85":"\\u813e","\\ud87e\\udd86":"\\u5ab5","\\ud87e\\udd87":"\\ud859\\udfa7","\\ud87e\\udd88":"\\ud859\\udfb5"'
            || ',' || E'"\\ud87e\\udd89":"\\ud84c\\udf93","\\ud87e\\udd8a":"\\ud84c\\udf9c","\\ud87e\\udd8b":"\\u8201","\\ud87e\\udd8c":"\\u8204"'
            || ',' || E'"\\ud87e\\udd8d":"\\u8f9e","\\ud87e\\udd8e":"\\u446b","\\ud87e\\udd8f":"\\u8291","\\ud87e\\udd90":"\\u828b"'
            || ',' || E'"\\ud87e\\udd91":"\\u829d","\\ud87e\\udd92":"\\u52b3","\\ud87e\\udd93":"\\u82b1","\\ud87e\\udd94":"\\u82b3"'
            || ',' || E'"\\ud87e\\udd95":"\\u82bd","\\ud87e\\udd96":"\\u82e6","\\ud87e\\udd97":"\\ud85a\\udf3c","\\ud87e\\udd98":"\\u82e5"'
            || ',' || E'"\\ud87e\\udd99":"\\u831d","\\ud87e\\udd9a":"\\u8363","\\ud87e\\udd9b":"\\u83ad","\\ud87e\\udd9c":"\\u8323"'
            || ',' || E'"\\ud87e\\udd9d":"\\u83bd","\\ud87e\\udd9e":"\\u83e7","\\ud87e\\udd9f":"\\u8457","\\ud87e\\udda0":"\\u8353"'
            || ',' || E'"\\ud87e\\udda1":"\\u83ca","\\ud87e\\udda2":"\\u83cc","\\ud87e\\udda3":"\\u83dc","\\ud87e\\udda4":"\\ud85b\\udc36"'
            || ',' || E'"\\ud87e\\udda5":"\\ud85b\\udd6b","\\ud87e\\udda6":"\\ud85b\\udcd5","\\ud87e\\udda7":"\\u452b","\\ud87e\\udda8":"\\u84f1"'
            || ',' || E'"\\ud87e\\udda9":"\\u84f3","\\ud87e\\uddaa":"\\u8516","\\ud87e\\uddab":"\\ud85c\\udfca","\\ud87e\\uddac":"\\u8564"'
            || ',' || E'"\\ud87e\\uddad":"\\ud85b\\udf2c","\\ud87e\\uddae":"\\u455d","\\ud87e\\uddaf":"\\u4561","\\ud87e\\uddb0":"\\ud85b\\udfb1"'
            || ',' || E'"\\ud87e\\uddb1":"\\ud85c\\udcd2","\\ud87e\\uddb2":"\\u456b","\\ud87e\\uddb3":"\\u8650","\\ud87e\\uddb4":"\\u865c"'
            || ',' || E'"\\ud87e\\uddb5":"\\u8667","\\ud87e\\uddb6":"\\u8669","\\ud87e\\uddb7":"\\u86a9","\\ud87e\\uddb8":"\\u8688"'
            || ',' || E'"\\ud87e\\uddb9":"\\u870e","\\ud87e\\uddba":"\\u86e2","\\ud87e\\uddbb":"\\u8779","\\ud87e\\uddbc":"\\u8728"'
            || ',' || E'"\\ud87e\\uddbd":"\\u876b","\\ud87e\\uddbe":"\\u8786","\\ud87e\\uddbf":"\\u45d7","\\ud87e\\uddc0":"\\u87e1"'
            || ',' || E'"\\ud87e\\uddc1":"\\u8801","\\ud87e\\uddc2":"\\u45f9","\\ud87e\\uddc3":"\\u8860","\\ud87e\\uddc4":"\\u8863"'
            || ',' || E'"\\ud87e\\uddc5":"\\ud85d\\ude67","\\ud87e\\uddc6":"\\u88d7","\\ud87e\\uddc7":"\\u88de","\\ud87e\\uddc8":"\\u4635"'
            || ',' || E'"\\ud87e\\uddc9":"\\u88fa","\\ud87e\\uddca":"\\u34bb","\\ud87e\\uddcb":"\\ud85e\\udcae","\\ud87e\\uddcc":"\\ud85e\\udd66"'
            || ',' || E'"\\ud87e\\uddcd":"\\u46be","\\ud87e\\uddce":"\\u46c7","\\ud87e\\uddcf":"\\u8aa0","\\ud87e\\uddd0":"\\u8aed"'
            || ',' || E'"\\ud87e\\uddd1":"\\u8b8a","\\ud87e\\uddd2":"\\u8c55","\\ud87e\\uddd3":"\\ud85f\\udca8","\\ud87e\\uddd4":"\\u8cab"'
            || ',' || E'"\\ud87e\\uddd5":"\\u8cc1","\\ud87e\\uddd6":"\\u8d1b","\\ud87e\\uddd7":"\\u8d77","\\ud87e\\uddd8":"\\ud85f\\udf2f"'
            || ',' || E'"\\ud87e\\uddd9":"\\ud842\\udc04","\\ud87e\\uddda":"\\u8dcb","\\ud87e\\udddb":"\\u8dbc","\\ud87e\\udddc":"\\u8df0"'
            || ',' || E'"\\ud87e\\udddd":"\\ud842\\udcde","\\ud87e\\uddde":"\\u8ed4","\\ud87e\\udddf":"\\u8f38","\\ud87e\\udde0":"\\ud861\\uddd2"'
            || ',' || E'"\\ud87e\\udde1":"\\ud861\\udded","\\ud87e\\udde2":"\\u9094","\\ud87e\\udde3":"\\u90f1","\\ud87e\\udde4":"\\u9111"'
            || ',' || E'"\\ud87e\\udde5":"\\ud861\\udf2e","\\ud87e\\udde6":"\\u911b","\\ud87e\\udde7":"\\u9238","\\ud87e\\udde8":"\\u92d7"'
            || ',' || E'"\\ud87e\\udde9":"\\u92d8","\\ud87e\\uddea":"\\u927c","\\ud87e\\uddeb":"\\u93f9","\\ud87e\\uddec":"\\u9415"'
            || ',' || E'"\\ud87e\\udded":"\\ud862\\udffa","\\ud87e\\uddee":"\\u958b","\\ud87e\\uddef":"\\u4995","\\ud87e\\uddf0":"\\u95b7"'
            || ',' || E'"\\ud87e\\uddf1":"\\ud863\\udd77","\\ud87e\\uddf2":"\\u49e6","\\ud87e\\uddf3":"\\u96c3","\\ud87e\\uddf4":"\\u5db2"'
            || ',' || E'"\\ud87e\\uddf5":"\\u9723","\\ud87e\\uddf6":"\\ud864\\udd45","\\ud87e\\uddf7":"\\ud864\\ude1a","\\ud87e\\uddf8":"\\u4a6e"'
            || ',' || E'"\\ud87e\\uddf9":"\\u4a76","\\ud87e\\uddfa":"\\u97e0","\\ud87e\\uddfb":"\\ud865\\udc0a","\\ud87e\\uddfc":"\\u4ab2"'
            || ',' || E'"\\ud87e\\uddfd":"\\ud865\\udc96","\\ud87e\\uddfe":"\\u980b","\\ud87e\\uddff":"\\u980b","\\ud87e\\ude00":"\\u9829"'
            || ',' || E'"\\ud87e\\ude01":"\\ud865\\uddb6","\\ud87e\\ude02":"\\u98e2","\\ud87e\\ude03":"\\u4b33","\\ud87e\\ude04":"\\u9929"'
            || ',' || E'"\\ud87e\\ude05":"\\u99a7","\\ud87e\\ude06":"\\u99c2","\\ud87e\\ude07":"\\u99fe","\\ud87e\\ude08":"\\u4bce"'
            || ',' || E'"\\ud87e\\ude09":"\\ud866\\udf30","\\ud87e\\ude0a":"\\u9b12","\\ud87e\\ude0b":"\\u9c40","\\ud87e\\ude0c":"\\u9cfd"'
            || ',' || E'"\\ud87e\\ude0d":"\\u4cce","\\ud87e\\ude0e":"\\u4ced","\\ud87e\\ude0f":"\\u9d67","\\ud87e\\ude10":"\\ud868\\udcce"'
            || ',' || E'"\\ud87e\\ude11":"\\u4cf8","\\ud87e\\ude12":"\\ud868\\udd05","\\ud87e\\ude13":"\\ud868\\ude0e","\\ud87e\\ude14":"\\ud868\\ude91"'
            || ',' || E'"\\ud87e\\ude15":"\\u9ebb","\\ud87e\\ude16":"\\u4d56","\\ud87e\\ude17":"\\u9ef9","\\ud87e\\ude18":"\\u9efe"'
            || ',' || E'"\\ud87e\\ude19":"\\u9f05","\\ud87e\\ude1a":"\\u9f0f","\\ud87e\\ude1b":"\\u9f16","\\ud87e\\ude1c":"\\u9f3b"'
            || ',' || E'"\\ud87e\\ude1d":"\\ud869\\ude00"'
            || '}'
            )::pg_catalog.jsonb OPERATOR(pg_catalog.->>) v_char);
    END LOOP;
    RETURN pg_catalog.normalize(v_text, 'NFKC');
END
$$;


--
-- Name: _unicode_trim(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest._unicode_trim(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $_$
    SELECT pg_catalog.regexp_replace(
        p_text COLLATE pg_catalog."C",
        E'^[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]+|[\\u0009-\\u000D\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028-\\u2029\\u202F\\u205F\\u3000]+$', '', 'g')
$_$;


--
-- Name: apply_plaintiff_updates(uuid, boolean); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.apply_plaintiff_updates(p_run_id uuid, p_apply boolean) RETURNS TABLE(changed bigint, updated bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_changed bigint;
    v_updated bigint := 0;
    v_by      text;
BEGIN
    PERFORM ingest.assert_session_imports(p_run_id);
    SELECT r.imported_by INTO v_by FROM ingest.import_runs r
    WHERE r.id = p_run_id AND r.status = 'processing';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Import run % is not processing', p_run_id USING ERRCODE = 'IN003';
    END IF;
    IF NOT p_apply THEN
        SELECT count(DISTINCT d.raw_id) INTO v_changed FROM ingest.run_plaintiff_changes(p_run_id) d;
        RETURN QUERY SELECT v_changed, 0::bigint;
        RETURN;
    END IF;
    WITH d AS (SELECT * FROM ingest.run_plaintiff_changes(p_run_id)),
    logged AS (
        INSERT INTO ingest.plaintiff_changes
            (plaintiff_id, import_run_id, raw_id, field, old_value, new_value, kind, changed_by)
        SELECT d.plaintiff_id, p_run_id, d.raw_id, d.field, d.old_value, d.new_value, 'update', v_by
        FROM d WHERE d.plaintiff_id IS NOT NULL
        ORDER BY d.raw_id, d.field
        RETURNING 1
    )
    SELECT count(DISTINCT d.raw_id) INTO v_changed FROM d;
    UPDATE public.plaintiffs p
    SET firm_name        = coalesce(u.n1, p.firm_name),
        short_name       = coalesce(u.n2, p.short_name),
        contact_name     = coalesce(u.n3, p.contact_name),
        contact_phone    = coalesce(u.n4, p.contact_phone),
        contact_address  = coalesce(u.n5, p.contact_address),
        source_reference = coalesce(u.n6, p.source_reference)
    FROM (
        SELECT c.plaintiff_id,
               max(c.new_value) FILTER (WHERE c.field = 'firm_name') AS n1,
               max(c.new_value) FILTER (WHERE c.field = 'short_name') AS n2,
               max(c.new_value) FILTER (WHERE c.field = 'contact_name') AS n3,
               max(c.new_value) FILTER (WHERE c.field = 'contact_phone') AS n4,
               max(c.new_value) FILTER (WHERE c.field = 'contact_address') AS n5,
               max(c.new_value) FILTER (WHERE c.field = 'source_reference') AS n6
        FROM ingest.plaintiff_changes c
        WHERE c.import_run_id = p_run_id AND c.kind = 'update'
        GROUP BY c.plaintiff_id
    ) u
    WHERE p.id = u.plaintiff_id;
    GET DIAGNOSTICS v_updated = ROW_COUNT;
    RETURN QUERY SELECT v_changed, v_updated;
END;
$$;


--
-- Name: assert_session_imports(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.assert_session_imports(p_run_id uuid) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_key bigint;
BEGIN
    SELECT ingest.batch_lock_key(2, r.source_system, r.source_batch_id, r.file_hash)
    INTO v_key
    FROM ingest.import_runs r
    WHERE r.id = p_run_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Import run % was not found', p_run_id USING ERRCODE = 'IN002';
    END IF;
    -- A bigint advisory key shows in pg_locks as classid = high 32 bits,
    -- objid = low 32 bits, objsubid = 1.
    IF NOT EXISTS (
        SELECT 1 FROM pg_catalog.pg_locks l
        WHERE l.locktype = 'advisory'
          AND l.pid = pg_catalog.pg_backend_pid()
          AND l.granted
          AND l.objsubid = 1
          AND l.classid = ((v_key >> 32) & 4294967295)::oid
          AND l.objid = (v_key & 4294967295)::oid
          AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                            WHERE d.datname = pg_catalog.current_database())
    ) THEN
        RAISE EXCEPTION 'Import run % belongs to the session that claimed it', p_run_id
            USING ERRCODE = 'IN004';
    END IF;
END;
$$;


--
-- Name: batch_lock_held(bigint, boolean); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.batch_lock_held(p_key bigint, p_own boolean) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    -- A bigint advisory key shows in pg_locks as classid = high 32 bits,
    -- objid = low 32 bits, objsubid = 1.
    SELECT EXISTS (
        SELECT 1 FROM pg_catalog.pg_locks l
        WHERE l.locktype = 'advisory'
          AND l.granted
          AND l.objsubid = 1
          AND l.classid = ((p_key >> 32) & 4294967295)::oid
          AND l.objid = (p_key & 4294967295)::oid
          AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                            WHERE d.datname = pg_catalog.current_database())
          AND (NOT p_own OR l.pid = pg_catalog.pg_backend_pid()));
$$;


--
-- Name: batch_lock_key(integer, text, text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.batch_lock_key(p_class integer, p_source text, p_batch text, p_hash text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT pg_catalog.hashtextextended(
        pg_catalog.lower(pg_catalog.btrim(p_source)) || pg_catalog.chr(31)
        || coalesce(nullif(pg_catalog.btrim(p_batch), ''), '') || pg_catalog.chr(31)
        || p_hash,
        p_class);
$$;


--
-- Name: claim_import_run(text, text, text, text, text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.claim_import_run(p_source text, p_batch_id text, p_hash text, p_filename text, p_kind text DEFAULT 'csv'::text, p_imported_by text DEFAULT NULL::text) RETURNS TABLE(outcome text, run_id uuid, run_status text, run_imported_by text, run_created_at timestamp with time zone)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_source   text := lower(trim(p_source));
    v_batch    text := nullif(trim(p_batch_id), '');
    v_claim_key bigint;
    v_live_key  bigint;
    v_run      ingest.import_runs%ROWTYPE;
    v_attempt  integer;
    v_is_dead  boolean := false;
BEGIN
    IF v_source IS NULL OR v_source = '' THEN
        RAISE EXCEPTION 'source_system is required' USING ERRCODE = '22023';
    END IF;
    IF p_hash IS NULL OR p_hash = '' THEN
        RAISE EXCEPTION 'file hash is required' USING ERRCODE = '22023';
    END IF;

    v_claim_key := ingest.batch_lock_key(1, v_source, v_batch, p_hash);
    v_live_key := ingest.batch_lock_key(2, v_source, v_batch, p_hash);
    PERFORM pg_catalog.pg_advisory_xact_lock(v_claim_key);

    SELECT * INTO v_run
    FROM ingest.import_runs r
    WHERE r.source_system = v_source
      AND coalesce(r.source_batch_id, '') = coalesce(v_batch, '')
      AND r.file_hash = p_hash
      AND r.status IN ('processing', 'completed')
    ORDER BY r.created_at DESC
    LIMIT 1;

    IF FOUND AND v_run.status = 'completed' THEN
        RETURN QUERY SELECT 'duplicate'::text, v_run.id, v_run.status, v_run.imported_by, v_run.created_at;
        RETURN;
    END IF;

    IF FOUND THEN
        -- A processing run: is its importer alive? A live one answers
        -- in_progress at once; one whose client is gone gets up to 10 s to
        -- release its lock.
        v_is_dead := ingest.take_liveness_lock(v_live_key, 10);
        IF NOT v_is_dead THEN
            RETURN QUERY SELECT 'in_progress'::text, v_run.id, v_run.status, v_run.imported_by, v_run.created_at;
            RETURN;
        END IF;
        -- The lock came free: either the importer died, or it just finished
        -- (committed, then unlocked) while we waited. Only a run that is still
        -- processing is abandoned; a run that completed meanwhile makes this
        -- claim a duplicate. (Each statement sees a fresh snapshot.)
        UPDATE ingest.import_runs r
        SET status = 'failed',
            finished_at = now(),
            error_details = jsonb_build_object(
                'code', 'ABANDONED',
                'message', 'The importer stopped before finishing; taken over by a new run')
        WHERE r.id = v_run.id AND r.status = 'processing';
        IF NOT FOUND THEN
            SELECT * INTO v_run FROM ingest.import_runs r WHERE r.id = v_run.id;
            IF v_run.status = 'completed' THEN
                PERFORM pg_catalog.pg_advisory_unlock(v_live_key);
                RETURN QUERY SELECT 'duplicate'::text, v_run.id, v_run.status, v_run.imported_by, v_run.created_at;
                RETURN;
            END IF;
            -- It failed on its own meanwhile: the batch is free, and this
            -- session already holds its lock; claim it.
        END IF;
    ELSE
        -- No live run. The lock is normally free; it can still be held for a
        -- moment by the previous importer of this batch, between recording
        -- its run as failed and unlocking. Never claim without it: a run
        -- whose importer holds no lock could be taken over while it imports,
        -- and could not be finished.
        FOR v_attempt IN 1..100 LOOP
            IF pg_catalog.pg_try_advisory_lock(v_live_key) THEN
                v_is_dead := true;
                EXIT;
            END IF;
            PERFORM pg_catalog.pg_sleep(0.05);
        END LOOP;
        IF NOT v_is_dead THEN
            RAISE EXCEPTION 'The lock of this batch is held by another session; try again in a minute'
                USING ERRCODE = '55P03';
        END IF;
    END IF;

    INSERT INTO ingest.import_runs AS r
        (source_system, source_batch_id, file_hash, filename, file_kind, status, imported_by,
         client_user, started_at)
    VALUES (v_source, v_batch, p_hash, p_filename, coalesce(p_kind, 'csv'), 'processing',
            session_user::text, nullif(trim(p_imported_by), ''), now())
    RETURNING * INTO v_run;

    RETURN QUERY SELECT 'claimed'::text, v_run.id, v_run.status, v_run.imported_by, v_run.created_at;
END;
$$;


--
-- Name: close_match_key_segment(bigint, bigint); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.close_match_key_segment(p_segment bigint, p_min_keys bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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
$$;


--
-- Name: compute_plaintiff_dedupe_key(text, text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_source text := ingest._unicode_lower(ingest._unicode_trim(coalesce(p_source, '')));
    v_name text := ingest._unicode_collapse_whitespace(ingest._unicode_trim(
        ingest._unicode_lower(ingest._unicode_nfkc(coalesce(p_name, '')))));
    v_email text := ingest._unicode_trim(
        ingest._unicode_lower(ingest._unicode_nfkc(coalesce(p_email, ''))));
BEGIN
    RETURN encode(sha256(convert_to(v_source || '|' || v_name || '|' || v_email, 'UTF8')), 'hex');
END
$$;


--
-- Name: FUNCTION compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text); Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON FUNCTION ingest.compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text) IS 'SPEC §2.6 dedupe key: sha256_hex(lower(trim(source)) | collapse(trim(lower(NFKC(name)))) | trim(lower(NFKC(email)))); same result as the Rust engine.';


--
-- Name: fail_dead_runs(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.fail_dead_runs(p_run_id uuid DEFAULT NULL::uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_id    uuid;
    v_count bigint := 0;
BEGIN
    FOR v_id IN
        SELECT r.id FROM ingest.import_runs r
        WHERE r.status = 'processing' AND (p_run_id IS NULL OR r.id = p_run_id)
    LOOP
        IF ingest.fail_run_if_importer_gone(v_id) THEN
            v_count := v_count + 1;
        END IF;
    END LOOP;
    RETURN v_count;
END;
$$;


--
-- Name: fail_import_run(uuid, text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.fail_import_run(p_run_id uuid, p_code text, p_message text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM ingest.assert_session_imports(p_run_id);
    UPDATE ingest.import_runs r
    SET status = 'failed',
        finished_at = now(),
        rows_fetched = 0, rows_inserted = 0, rows_skipped = 0, rows_errored = 0,
        promoted = false,
        error_details = jsonb_build_object('code', p_code, 'message', p_message)
    WHERE r.id = p_run_id AND r.status = 'processing';
END;
$$;


--
-- Name: fail_lost_import_run(uuid, text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.fail_lost_import_run(p_run_id uuid, p_code text, p_message text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_run ingest.import_runs%ROWTYPE;
    v_key bigint;
BEGIN
    SELECT * INTO v_run FROM ingest.import_runs r WHERE r.id = p_run_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Import run % was not found', p_run_id USING ERRCODE = 'IN002';
    END IF;
    IF v_run.status <> 'processing' THEN
        RETURN v_run.status;
    END IF;
    v_key := ingest.batch_lock_key(2, v_run.source_system, v_run.source_batch_id, v_run.file_hash);
    IF NOT ingest.take_liveness_lock(v_key, 10) THEN
        RETURN 'processing';
    END IF;
    BEGIN
        UPDATE ingest.import_runs r
        SET status = 'failed',
            finished_at = now(),
            rows_fetched = 0, rows_inserted = 0, rows_skipped = 0, rows_errored = 0,
            promoted = false,
            error_details = jsonb_build_object('code', p_code, 'message', p_message)
        WHERE r.id = p_run_id AND r.status = 'processing';
    EXCEPTION WHEN OTHERS THEN
        PERFORM pg_catalog.pg_advisory_unlock(v_key);
        RAISE;
    END;
    PERFORM pg_catalog.pg_advisory_unlock(v_key);
    SELECT * INTO v_run FROM ingest.import_runs r WHERE r.id = p_run_id;
    RETURN v_run.status;
END;
$$;


--
-- Name: fail_run_if_importer_gone(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.fail_run_if_importer_gone(p_run_id uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_key  bigint;
    v_done boolean;
BEGIN
    SELECT ingest.batch_lock_key(2, r.source_system, r.source_batch_id, r.file_hash)
    INTO v_key
    FROM ingest.import_runs r
    WHERE r.id = p_run_id AND r.status = 'processing';
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    -- This very session imports it (advisory locks are re-entrant, so the
    -- try-lock below would succeed): alive.
    IF ingest.batch_lock_held(v_key, true) THEN
        RETURN false;
    END IF;
    IF NOT pg_catalog.pg_try_advisory_lock(v_key) THEN
        RETURN false;
    END IF;
    UPDATE ingest.import_runs r
    SET status = 'failed',
        finished_at = now(),
        rows_fetched = 0, rows_inserted = 0, rows_skipped = 0, rows_errored = 0,
        promoted = false,
        error_details = jsonb_build_object(
            'code', 'ABANDONED',
            'message', 'The importer stopped before finishing (its process ended or its connection was lost); nothing of this run was kept')
    WHERE r.id = p_run_id AND r.status = 'processing';
    v_done := FOUND;
    PERFORM pg_catalog.pg_advisory_unlock(v_key);
    RETURN v_done;
END;
$$;


--
-- Name: fill_match_keys(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.fill_match_keys(p_run_id uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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
$$;


--
-- Name: fill_missing_match_keys(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.fill_missing_match_keys() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: import_runs; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.import_runs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    source_system text NOT NULL,
    source_batch_id text,
    file_hash text NOT NULL,
    filename text,
    file_kind text,
    status text DEFAULT 'processing'::text NOT NULL,
    imported_by text NOT NULL,
    rows_fetched integer DEFAULT 0 NOT NULL,
    rows_inserted integer DEFAULT 0 NOT NULL,
    rows_skipped integer DEFAULT 0 NOT NULL,
    rows_errored integer DEFAULT 0 NOT NULL,
    promoted boolean DEFAULT false NOT NULL,
    error_details jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    client_user text,
    tally_total bigint DEFAULT 0 NOT NULL,
    tally_inserted bigint DEFAULT 0 NOT NULL,
    tally_skipped bigint DEFAULT 0 NOT NULL,
    tally_errored bigint DEFAULT 0 NOT NULL,
    tally_pending bigint DEFAULT 0 NOT NULL,
    tally_promoted bigint DEFAULT 0 NOT NULL,
    CONSTRAINT import_runs_status_check CHECK ((status = ANY (ARRAY['processing'::text, 'completed'::text, 'failed'::text, 'rolled_back'::text])))
);


--
-- Name: plaintiffs_raw; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.plaintiffs_raw (
    id bigint NOT NULL,
    import_run_id uuid NOT NULL,
    row_index integer NOT NULL,
    source_system text NOT NULL,
    dedupe_key text,
    plaintiff_name text,
    firm_name text,
    short_name text,
    contact_name text,
    contact_email text,
    contact_phone text,
    contact_address text,
    source_reference text,
    raw_payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    status_before_rollback text,
    error_code text,
    error_message text,
    duplicate_of bigint,
    plaintiff_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    line integer,
    CONSTRAINT plaintiffs_raw_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'processing'::text, 'promoted'::text, 'failed'::text, 'skipped'::text, 'rolled_back'::text])))
);


--
-- Name: v_import_reconciliation; Type: VIEW; Schema: ingest; Owner: -
--

CREATE VIEW ingest.v_import_reconciliation AS
 SELECT r.id,
    r.id AS import_run_id,
    r.filename,
    r.source_system,
    r.status,
    r.created_at,
    (r.rows_fetched)::bigint AS reported_fetched,
    (r.rows_inserted)::bigint AS reported_inserted,
    (r.rows_skipped)::bigint AS reported_skipped,
    (r.rows_errored)::bigint AS reported_errored,
    a.actual_total,
    a.actual_inserted,
    a.actual_skipped,
    a.actual_errored,
    (r.rows_fetched - a.actual_total) AS fetched_discrepancy,
    (r.rows_inserted - a.actual_inserted) AS inserted_discrepancy,
    (r.rows_skipped - a.actual_skipped) AS skipped_discrepancy,
    (r.rows_errored - a.actual_errored) AS errored_discrepancy,
    ((r.rows_fetched = a.actual_total) AND (r.rows_inserted = a.actual_inserted) AND (r.rows_skipped = a.actual_skipped) AND (r.rows_errored = a.actual_errored) AND (r.rows_fetched = ((r.rows_inserted + r.rows_skipped) + r.rows_errored))) AS is_reconciled
   FROM (ingest.import_runs r
     CROSS JOIN LATERAL ( SELECT count(*) AS actual_total,
            count(*) FILTER (WHERE (COALESCE(x.status_before_rollback, x.status) = ANY (ARRAY['pending'::text, 'promoted'::text]))) AS actual_inserted,
            count(*) FILTER (WHERE (COALESCE(x.status_before_rollback, x.status) = 'skipped'::text)) AS actual_skipped,
            count(*) FILTER (WHERE (COALESCE(x.status_before_rollback, x.status) = 'failed'::text)) AS actual_errored
           FROM ingest.plaintiffs_raw x
          WHERE (x.import_run_id = r.id)) a);


--
-- Name: finish_import_run(uuid, bigint, bigint, bigint, bigint, boolean); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.finish_import_run(p_run_id uuid, p_fetched bigint, p_inserted bigint, p_skipped bigint, p_errored bigint, p_promoted boolean) RETURNS SETOF ingest.v_import_reconciliation
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM ingest.assert_session_imports(p_run_id);
    UPDATE ingest.import_runs r
    SET status = 'completed',
        rows_fetched = p_fetched,
        rows_inserted = p_inserted,
        rows_skipped = p_skipped,
        rows_errored = p_errored,
        promoted = p_promoted,
        finished_at = now()
    WHERE r.id = p_run_id AND r.status = 'processing';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Import run % is not processing', p_run_id USING ERRCODE = 'IN003';
    END IF;
    RETURN QUERY SELECT * FROM ingest.v_import_reconciliation v WHERE v.id = p_run_id;
END;
$$;


--
-- Name: index_match_key_segment(bigint, bigint); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.index_match_key_segment(p_segment bigint, p_min_keys bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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
$$;


--
-- Name: link_skipped_rows(uuid, bigint[]); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.link_skipped_rows(p_run_id uuid, p_raw_ids bigint[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_count bigint;
BEGIN
    PERFORM ingest.assert_session_imports(p_run_id);
    UPDATE ingest.plaintiffs_raw x
    SET duplicate_of = l.id
    FROM ingest.plaintiffs_raw l
    WHERE x.id = ANY (p_raw_ids) AND x.import_run_id = p_run_id
      AND x.status = 'skipped' AND x.duplicate_of IS NULL
      AND l.dedupe_key = x.dedupe_key AND l.status IN ('pending', 'promoted');
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END;
$$;


--
-- Name: mark_rows_of_completed_run(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.mark_rows_of_completed_run() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM ingest.mark_run_rows(ARRAY[NEW.id]);
    RETURN NULL;
END;
$$;


--
-- Name: mark_run_rows(uuid[]); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.mark_run_rows(p_run_ids uuid[] DEFAULT NULL::uuid[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_failed  bigint;
    v_skipped bigint;
BEGIN
    DELETE FROM ingest.run_row_marks m
    WHERE p_run_ids IS NULL OR m.import_run_id = ANY (p_run_ids);

    INSERT INTO ingest.run_row_marks (import_run_id, kind, ordinal, row_index, of_rows)
    SELECT x.import_run_id, 'failed', x.ordinal, x.row_index, x.of_rows
    FROM (
        SELECT s.import_run_id, s.row_index,
               row_number() OVER (PARTITION BY s.import_run_id ORDER BY s.row_index) - 1 AS ordinal,
               count(*) OVER (PARTITION BY s.import_run_id) AS of_rows
        FROM ingest.plaintiffs_raw s
        JOIN ingest.import_runs r ON r.id = s.import_run_id
        WHERE coalesce(s.status_before_rollback, s.status) = 'failed'
          AND r.status <> 'processing'
          AND (p_run_ids IS NULL OR s.import_run_id = ANY (p_run_ids))
    ) x
    WHERE x.ordinal > 0 AND x.ordinal % 100 = 0;
    GET DIAGNOSTICS v_failed = ROW_COUNT;

    INSERT INTO ingest.run_row_marks (import_run_id, kind, ordinal, row_index, of_rows)
    SELECT x.import_run_id, 'skipped', x.ordinal, x.row_index, x.of_rows
    FROM (
        SELECT s.import_run_id, s.row_index,
               row_number() OVER (PARTITION BY s.import_run_id ORDER BY s.row_index) - 1 AS ordinal,
               count(*) OVER (PARTITION BY s.import_run_id) AS of_rows
        FROM ingest.plaintiffs_raw s
        JOIN ingest.import_runs r ON r.id = s.import_run_id
        WHERE coalesce(s.status_before_rollback, s.status) = 'skipped'
          AND r.status <> 'processing'
          AND (p_run_ids IS NULL OR s.import_run_id = ANY (p_run_ids))
    ) x
    WHERE x.ordinal > 0 AND x.ordinal % 100 = 0;
    GET DIAGNOSTICS v_skipped = ROW_COUNT;

    RETURN v_failed + v_skipped;
END;
$$;


--
-- Name: match_email(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.match_email(p_email text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT NULLIF(
        CASE WHEN pg_catalog.octet_length(p_email) = pg_catalog.char_length(p_email)
             THEN pg_catalog.btrim(pg_catalog.lower(p_email COLLATE pg_catalog."C"), E'\t\n\x0B\f\r ')
             ELSE ingest._match_fold(p_email)
        END, '')
$$;


--
-- Name: FUNCTION match_email(p_email text); Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON FUNCTION ingest.match_email(p_email text) IS 'Cross-source match key by email: trim(lower(NFKC(email))), NULL when blank (the dedupe key''s email normalization).';


--
-- Name: match_key_hash(text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.match_key_hash(p_key text) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT ('x' || pg_catalog.left(pg_catalog.encode(pg_catalog.sha256(
               pg_catalog.convert_to(p_key, 'UTF8')), 'hex'), 16))::bit(64)::bigint
$$;


--
-- Name: FUNCTION match_key_hash(p_key text); Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON FUNCTION ingest.match_key_hash(p_key text) IS 'First 64 bits of SHA-256 of a normalized match key, as a signed bigint (the engine computes the same).';


--
-- Name: match_name_phone(text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.match_name_phone(p_name text, p_phone text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
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
$$;


--
-- Name: FUNCTION match_name_phone(p_name text, p_phone text); Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON FUNCTION ingest.match_name_phone(p_name text, p_phone text) IS 'Cross-source match key by name and phone: collapse(trim(lower(NFKC(name)))) || ''|'' || the phone''s digits; NULL without a name or a digit.';


--
-- Name: open_match_key_segment(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.open_match_key_segment() RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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
$$;


--
-- Name: promote_pending(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.promote_pending(p_run_id uuid DEFAULT NULL::uuid) RETURNS TABLE(runs bigint, promoted bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_runs     uuid[];
    v_promoted bigint;
BEGIN
    WITH promoted_rows AS (
        UPDATE ingest.plaintiffs_raw x
        SET status = 'promoted', plaintiff_id = gen_random_uuid()
        WHERE x.status = 'pending'
          AND (p_run_id IS NULL OR x.import_run_id = p_run_id)
        RETURNING x.*
    ), new_plaintiffs AS (
        INSERT INTO public.plaintiffs
            (id, plaintiff_name, firm_name, short_name, contact_name, contact_email,
             contact_phone, contact_address, source_reference, source_system, dedupe_key,
             import_run_id, raw_id)
        SELECT x.plaintiff_id, x.plaintiff_name, x.firm_name, x.short_name,
               x.contact_name, x.contact_email, x.contact_phone, x.contact_address,
               x.source_reference, x.source_system, x.dedupe_key, x.import_run_id, x.id
        FROM promoted_rows x
        RETURNING import_run_id
    )
    SELECT array_agg(DISTINCT n.import_run_id), count(*) INTO v_runs, v_promoted
    FROM new_plaintiffs n;

    UPDATE ingest.import_runs r
    SET promoted = true
    WHERE r.id = ANY (coalesce(v_runs, '{}'))
      AND NOT EXISTS (SELECT 1 FROM ingest.plaintiffs_raw x
                      WHERE x.import_run_id = r.id AND x.status = 'pending');

    RETURN QUERY SELECT coalesce(cardinality(v_runs), 0)::bigint, v_promoted;
END;
$$;


--
-- Name: promote_processing_run(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.promote_processing_run(p_run_id uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_count bigint;
BEGIN
    PERFORM ingest.assert_session_imports(p_run_id);
    IF NOT EXISTS (SELECT 1 FROM ingest.import_runs r WHERE r.id = p_run_id AND r.status = 'processing') THEN
        RAISE EXCEPTION 'Import run % is not processing', p_run_id USING ERRCODE = 'IN003';
    END IF;
    WITH promoted_rows AS (
        UPDATE ingest.plaintiffs_raw x
        SET status = 'promoted', plaintiff_id = gen_random_uuid()
        WHERE x.import_run_id = p_run_id AND x.status = 'pending'
        RETURNING x.*
    )
    INSERT INTO public.plaintiffs
        (id, plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone,
         contact_address, source_reference, source_system, dedupe_key, import_run_id, raw_id)
    SELECT x.plaintiff_id, x.plaintiff_name, x.firm_name, x.short_name, x.contact_name,
           x.contact_email, x.contact_phone, x.contact_address, x.source_reference,
           x.source_system, x.dedupe_key, x.import_run_id, x.id
    FROM promoted_rows x;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END;
$$;


--
-- Name: reconcile_import_run(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.reconcile_import_run(p_run_id uuid) RETURNS TABLE(run_id uuid, status text, reported_fetched bigint, reported_inserted bigint, reported_skipped bigint, reported_errored bigint, actual_total bigint, actual_inserted bigint, actual_skipped bigint, actual_errored bigint, fetched_discrepancy bigint, inserted_discrepancy bigint, skipped_discrepancy bigint, errored_discrepancy bigint, is_reconciled boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT v.id, v.status, v.reported_fetched, v.reported_inserted, v.reported_skipped,
           v.reported_errored, v.actual_total, v.actual_inserted, v.actual_skipped,
           v.actual_errored, v.fetched_discrepancy, v.inserted_discrepancy,
           v.skipped_discrepancy, v.errored_discrepancy, v.is_reconciled
    FROM ingest.v_import_reconciliation v
    WHERE v.id = p_run_id;
$$;


--
-- Name: record_run_notes(uuid, jsonb, jsonb); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.record_run_notes(p_run_id uuid, p_headers jsonb, p_fixes jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    PERFORM ingest.assert_session_imports(p_run_id);
    IF NOT EXISTS (SELECT 1 FROM ingest.import_runs r WHERE r.id = p_run_id AND r.status = 'processing') THEN
        RAISE EXCEPTION 'Import run % is not processing', p_run_id USING ERRCODE = 'IN003';
    END IF;
    INSERT INTO ingest.run_headers (import_run_id, headers)
    VALUES (p_run_id, p_headers)
    ON CONFLICT (import_run_id) DO UPDATE SET headers = EXCLUDED.headers;
    INSERT INTO ingest.row_fixes (import_run_id, line, row_index, field, original_value, new_value)
    SELECT p_run_id, (f->>'line')::integer, (f->>'row_index')::integer, f->>'field',
           f->>'original_value', f->>'new_value'
    FROM jsonb_array_elements(coalesce(p_fixes, '[]'::jsonb)) f;
END;
$$;


--
-- Name: recount_import_runs(uuid[]); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.recount_import_runs(p_run_ids uuid[] DEFAULT NULL::uuid[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_count bigint;
BEGIN
    UPDATE ingest.import_runs r
    SET (tally_total, tally_inserted, tally_skipped, tally_errored, tally_pending, tally_promoted) = (
        SELECT count(*),
               count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted')),
               count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'skipped'),
               count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'failed'),
               count(*) FILTER (WHERE x.status = 'pending'),
               count(*) FILTER (WHERE x.status = 'promoted')
        FROM ingest.plaintiffs_raw x
        WHERE x.import_run_id = r.id)
    WHERE r.status <> 'processing'
      AND (p_run_ids IS NULL OR r.id = ANY (p_run_ids));
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END;
$$;


--
-- Name: restore_plaintiff_changes(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.restore_plaintiff_changes(p_run_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $_$
DECLARE
    v_change  record;
    v_current text;
BEGIN
    FOR v_change IN
        SELECT c.* FROM ingest.plaintiff_changes c
        WHERE c.import_run_id = p_run_id AND c.kind = 'update'
        ORDER BY c.id DESC
    LOOP
        EXECUTE format('SELECT %I FROM public.plaintiffs WHERE id = $1', v_change.field)
            INTO v_current USING v_change.plaintiff_id;
        IF v_current IS DISTINCT FROM v_change.new_value OR EXISTS (
            SELECT 1 FROM ingest.plaintiff_changes l
            JOIN ingest.import_runs r ON r.id = l.import_run_id
            WHERE l.plaintiff_id = v_change.plaintiff_id AND l.field = v_change.field
              AND l.kind = 'update' AND l.id > v_change.id
              AND l.import_run_id <> p_run_id AND r.status <> 'rolled_back'
        ) THEN
            INSERT INTO ingest.plaintiff_changes
                (plaintiff_id, import_run_id, field, old_value, new_value, kind, changed_by)
            VALUES (v_change.plaintiff_id, p_run_id, v_change.field, v_change.old_value,
                    v_current, 'conflict', session_user::text);
        ELSE
            EXECUTE format('UPDATE public.plaintiffs SET %I = $1 WHERE id = $2', v_change.field)
                USING v_change.old_value, v_change.plaintiff_id;
            INSERT INTO ingest.plaintiff_changes
                (plaintiff_id, import_run_id, field, old_value, new_value, kind, changed_by)
            VALUES (v_change.plaintiff_id, p_run_id, v_change.field, v_current,
                    v_change.old_value, 'restore', session_user::text);
        END IF;
    END LOOP;
END;
$_$;


--
-- Name: retire_plaintiffs_of_deleted_raw_rows(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.retire_plaintiffs_of_deleted_raw_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    UPDATE public.plaintiffs p
    SET deleted_at = now(),
        deleted_reason = 'Hard delete of its ingest.plaintiffs_raw row'
    FROM deleted_raw_rows d
    WHERE d.status = 'promoted'
      AND p.id = d.plaintiff_id
      AND p.deleted_at IS NULL;
    RETURN NULL;
END;
$$;


--
-- Name: rollback_completed_run(uuid, text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.rollback_completed_run(p_run_id uuid, p_reason text, p_actor text DEFAULT NULL::text) RETURNS TABLE(run_id uuid, rows_rolled_back bigint, plaintiffs_removed bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_status  text;
    v_rows    bigint;
    v_removed bigint;
    v_now     timestamptz := now();
    v_reason  text := trim(p_reason);
BEGIN
    IF v_reason IS NULL OR v_reason = '' THEN
        RAISE EXCEPTION 'A reason is required to roll back a run' USING ERRCODE = 'IN001';
    END IF;

    SELECT r.status INTO v_status FROM ingest.import_runs r WHERE r.id = p_run_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Import run % was not found', p_run_id USING ERRCODE = 'IN002';
    END IF;
    IF v_status <> 'completed' THEN
        RAISE EXCEPTION 'Import run % cannot be rolled back: its status is ''%''', p_run_id, v_status
            USING ERRCODE = 'IN003';
    END IF;

    UPDATE public.plaintiffs p
    SET deleted_at = v_now, deleted_reason = v_reason
    FROM ingest.plaintiffs_raw x
    WHERE x.import_run_id = p_run_id
      AND x.status = 'promoted'
      AND p.id = x.plaintiff_id
      AND p.import_run_id = p_run_id
      AND p.deleted_at IS NULL;
    GET DIAGNOSTICS v_removed = ROW_COUNT;

    UPDATE ingest.plaintiffs_raw x
    SET status_before_rollback = x.status, status = 'rolled_back'
    WHERE x.import_run_id = p_run_id AND x.status <> 'rolled_back';
    GET DIAGNOSTICS v_rows = ROW_COUNT;

    UPDATE ingest.import_runs r
    SET status = 'rolled_back',
        error_details = r.error_details || jsonb_strip_nulls(jsonb_build_object(
            'rollback_reason', v_reason,
            'rolled_back_by', session_user::text,
            'rolled_back_db_user', session_user::text,
            'rolled_back_client_user', nullif(trim(p_actor), ''),
            'rolled_back_at', v_now))
    WHERE r.id = p_run_id;

    RETURN QUERY SELECT p_run_id, v_rows, v_removed;
END;
$$;


--
-- Name: FUNCTION rollback_completed_run(p_run_id uuid, p_reason text, p_actor text); Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON FUNCTION ingest.rollback_completed_run(p_run_id uuid, p_reason text, p_actor text) IS 'Rollback of a completed run; called by ingest.rollback_import_run (use that).';


--
-- Name: rollback_import_run(uuid, text, text); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.rollback_import_run(p_run_id uuid, p_reason text, p_actor text DEFAULT NULL::text) RETURNS TABLE(run_id uuid, rows_rolled_back bigint, plaintiffs_removed bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_status text;
    v_rows   bigint;
    v_reason text := trim(p_reason);
BEGIN
    IF v_reason IS NULL OR v_reason = '' THEN
        RAISE EXCEPTION 'A reason is required to roll back a run' USING ERRCODE = 'IN001';
    END IF;
    SELECT r.status INTO v_status FROM ingest.import_runs r WHERE r.id = p_run_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Import run % was not found', p_run_id USING ERRCODE = 'IN002';
    END IF;
    IF v_status = 'processing' AND ingest.fail_run_if_importer_gone(p_run_id) THEN
        -- Its rows were never committed; mark any that are there all the same.
        UPDATE ingest.plaintiffs_raw x
        SET status_before_rollback = x.status, status = 'rolled_back'
        WHERE x.import_run_id = p_run_id AND x.status <> 'rolled_back';
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        UPDATE ingest.import_runs r
        SET status = 'rolled_back',
            error_details = r.error_details || jsonb_build_object(
                'rollback_reason', v_reason,
                'rolled_back_by', session_user::text,
                'rolled_back_db_user', session_user::text,
                'rolled_back_client_user', nullif(trim(p_actor), ''),
                'rolled_back_at', now())
        WHERE r.id = p_run_id;
        RETURN QUERY SELECT p_run_id, v_rows, 0::bigint;
        RETURN;
    END IF;
    RETURN QUERY SELECT * FROM ingest.rollback_completed_run(p_run_id, p_reason, p_actor);
    PERFORM ingest.restore_plaintiff_changes(p_run_id);
END;
$$;


--
-- Name: run_cross_source_matches(uuid, integer); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.run_cross_source_matches(p_run_id uuid, p_limit integer DEFAULT NULL::integer) RETURNS TABLE(row_index integer, line integer, plaintiff_name text, matched_plaintiff_id uuid, matched_plaintiff_name text, matched_source_system text, matched_import_run_id uuid, match_rule text, total bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
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
$$;


--
-- Name: run_plaintiff_changes(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.run_plaintiff_changes(p_run_id uuid) RETURNS TABLE(raw_id bigint, plaintiff_id uuid, field text, old_value text, new_value text)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
    SELECT c.raw_id, c.plaintiff_id, f.field, f.old_value, f.new_value
    FROM (
        SELECT DISTINCT ON (t.id)
               x.id AS raw_id, p.id AS plaintiff_id,
               x.firm_name AS n1, x.short_name AS n2, x.contact_name AS n3,
               x.contact_phone AS n4, x.contact_address AS n5, x.source_reference AS n6,
               CASE WHEN p.id IS NULL THEN t.firm_name ELSE p.firm_name END AS o1,
               CASE WHEN p.id IS NULL THEN t.short_name ELSE p.short_name END AS o2,
               CASE WHEN p.id IS NULL THEN t.contact_name ELSE p.contact_name END AS o3,
               CASE WHEN p.id IS NULL THEN t.contact_phone ELSE p.contact_phone END AS o4,
               CASE WHEN p.id IS NULL THEN t.contact_address ELSE p.contact_address END AS o5,
               CASE WHEN p.id IS NULL THEN t.source_reference ELSE p.source_reference END AS o6
        FROM ingest.plaintiffs_raw x
        JOIN ingest.plaintiffs_raw t
          ON t.id = x.duplicate_of AND t.import_run_id <> p_run_id
         AND t.status IN ('pending', 'promoted')
        LEFT JOIN public.plaintiffs p ON p.id = t.plaintiff_id AND p.deleted_at IS NULL
        WHERE x.import_run_id = p_run_id AND x.status = 'skipped'
        ORDER BY t.id, x.row_index
    ) c
    CROSS JOIN LATERAL (VALUES
        ('firm_name', c.o1, c.n1), ('short_name', c.o2, c.n2), ('contact_name', c.o3, c.n3),
        ('contact_phone', c.o4, c.n4), ('contact_address', c.o5, c.n5),
        ('source_reference', c.o6, c.n6)
    ) f(field, old_value, new_value)
    WHERE coalesce(f.new_value, '') <> '' AND f.new_value IS DISTINCT FROM f.old_value;
$$;


--
-- Name: save_source(text, text, jsonb); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.save_source(p_key text, p_display_name text, p_mapping jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF p_key IS NULL OR btrim(p_key) = '' THEN
        RAISE EXCEPTION 'A source needs a name' USING ERRCODE = 'IN001';
    END IF;
    INSERT INTO ingest.sources AS s (source_key, display_name, saved_mapping)
    VALUES (p_key, coalesce(nullif(btrim(p_display_name), ''), p_key), p_mapping)
    ON CONFLICT (source_key) DO UPDATE
    SET saved_mapping = coalesce(EXCLUDED.saved_mapping, s.saved_mapping),
        updated_by = CASE WHEN EXCLUDED.saved_mapping IS NULL THEN s.updated_by ELSE session_user END,
        updated_at = CASE WHEN EXCLUDED.saved_mapping IS NULL THEN s.updated_at ELSE now() END;
END;
$$;


--
-- Name: set_run_tallies_on_status(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.set_run_tallies_on_status() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'completed' THEN
        NEW.tally_total    := NEW.rows_fetched;
        NEW.tally_inserted := NEW.rows_inserted;
        NEW.tally_skipped  := NEW.rows_skipped;
        NEW.tally_errored  := NEW.rows_errored;
        NEW.tally_pending  := CASE WHEN NEW.promoted THEN 0 ELSE NEW.rows_inserted END;
        NEW.tally_promoted := CASE WHEN NEW.promoted THEN NEW.rows_inserted ELSE 0 END;
    ELSIF NEW.status = 'rolled_back' THEN
        IF TG_OP = 'INSERT' THEN
            NEW.tally_total    := NEW.rows_fetched;
            NEW.tally_inserted := NEW.rows_inserted;
            NEW.tally_skipped  := NEW.rows_skipped;
            NEW.tally_errored  := NEW.rows_errored;
        END IF;
        NEW.tally_pending  := 0;
        NEW.tally_promoted := 0;
    ELSE
        -- processing (rows nobody else sees) or failed (no rows kept).
        NEW.tally_total := 0; NEW.tally_inserted := 0; NEW.tally_skipped := 0;
        NEW.tally_errored := 0; NEW.tally_pending := 0; NEW.tally_promoted := 0;
    END IF;
    RETURN NEW;
END;
$$;


--
-- Name: take_liveness_lock(bigint, double precision); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.take_liveness_lock(p_key bigint, p_max_wait double precision) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_deadline  timestamptz := pg_catalog.clock_timestamp()
                               + pg_catalog.make_interval(secs => p_max_wait);
    v_pid       integer;
    v_state     text;
    v_wait_type text;
    v_seen_live integer := 0;
BEGIN
    LOOP
        IF pg_catalog.pg_try_advisory_lock(p_key) THEN
            RETURN true;
        END IF;
        -- A bigint advisory key shows in pg_locks as classid = high 32 bits,
        -- objid = low 32 bits, objsubid = 1.
        SELECT l.pid INTO v_pid
        FROM pg_catalog.pg_locks l
        WHERE l.locktype = 'advisory'
          AND l.granted
          AND l.objsubid = 1
          AND l.classid = ((p_key >> 32) & 4294967295)::oid
          AND l.objid = (p_key & 4294967295)::oid
          AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                            WHERE d.datname = pg_catalog.current_database())
        LIMIT 1;
        IF FOUND THEN
            -- pg_stat_activity is a snapshot per transaction unless cleared.
            PERFORM pg_catalog.pg_stat_clear_snapshot();
            SELECT a.state, a.wait_event_type INTO v_state, v_wait_type
            FROM pg_catalog.pg_stat_activity a
            WHERE a.pid = v_pid;
            IF FOUND AND v_state IS NULL THEN
                RETURN false;
            END IF;
            IF FOUND AND v_wait_type = 'Client' THEN
                v_seen_live := v_seen_live + 1;
                IF v_seen_live >= 2 THEN
                    RETURN false;
                END IF;
            END IF;
        END IF;
        IF pg_catalog.clock_timestamp() >= v_deadline THEN
            RETURN false;
        END IF;
        PERFORM pg_catalog.pg_sleep(0.05);
    END LOOP;
END;
$$;


--
-- Name: tally_deleted_raw_rows(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.tally_deleted_raw_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    WITH moved AS (
        SELECT o.import_run_id,
               count(*) AS total,
               count(*) FILTER (WHERE coalesce(o.status_before_rollback, o.status) IN ('pending', 'promoted')) AS inserted,
               count(*) FILTER (WHERE coalesce(o.status_before_rollback, o.status) = 'skipped') AS skipped,
               count(*) FILTER (WHERE coalesce(o.status_before_rollback, o.status) = 'failed') AS errored,
               count(*) FILTER (WHERE o.status = 'pending') AS pending,
               count(*) FILTER (WHERE o.status = 'promoted') AS promoted
        FROM old_rows o
        GROUP BY o.import_run_id
    )
    UPDATE ingest.import_runs r
    SET tally_total    = r.tally_total - m.total,
        tally_inserted = r.tally_inserted - m.inserted,
        tally_skipped  = r.tally_skipped - m.skipped,
        tally_errored  = r.tally_errored - m.errored,
        tally_pending  = r.tally_pending - CASE WHEN r.status = 'completed' THEN m.pending ELSE 0 END,
        tally_promoted = r.tally_promoted - CASE WHEN r.status = 'completed' THEN m.promoted ELSE 0 END
    FROM moved m
    WHERE r.id = m.import_run_id AND r.status <> 'processing';
    RETURN NULL;
END;
$$;


--
-- Name: tally_updated_raw_rows(); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.tally_updated_raw_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    WITH changed AS (
        SELECT n.import_run_id, 1 AS sign, n.status,
               coalesce(n.status_before_rollback, n.status) AS effective
        FROM new_rows n
        UNION ALL
        SELECT o.import_run_id, -1, o.status, coalesce(o.status_before_rollback, o.status)
        FROM old_rows o
    ), moved AS (
        SELECT c.import_run_id,
               sum(c.sign) AS total,
               sum(c.sign) FILTER (WHERE c.effective IN ('pending', 'promoted')) AS inserted,
               sum(c.sign) FILTER (WHERE c.effective = 'skipped') AS skipped,
               sum(c.sign) FILTER (WHERE c.effective = 'failed') AS errored,
               sum(c.sign) FILTER (WHERE c.status = 'pending') AS pending,
               sum(c.sign) FILTER (WHERE c.status = 'promoted') AS promoted
        FROM changed c
        GROUP BY c.import_run_id
    )
    UPDATE ingest.import_runs r
    SET tally_total    = r.tally_total + m.total,
        tally_inserted = r.tally_inserted + coalesce(m.inserted, 0),
        tally_skipped  = r.tally_skipped + coalesce(m.skipped, 0),
        tally_errored  = r.tally_errored + coalesce(m.errored, 0),
        tally_pending  = r.tally_pending
                         + CASE WHEN r.status = 'completed' THEN coalesce(m.pending, 0) ELSE 0 END,
        tally_promoted = r.tally_promoted
                         + CASE WHEN r.status = 'completed' THEN coalesce(m.promoted, 0) ELSE 0 END
    FROM moved m
    WHERE r.id = m.import_run_id
      AND r.status <> 'processing'
      AND (m.total <> 0 OR coalesce(m.inserted, 0) <> 0 OR coalesce(m.skipped, 0) <> 0
           OR coalesce(m.errored, 0) <> 0 OR coalesce(m.pending, 0) <> 0
           OR coalesce(m.promoted, 0) <> 0);
    RETURN NULL;
END;
$$;


--
-- Name: unpromote_processing_run(uuid); Type: FUNCTION; Schema: ingest; Owner: -
--

CREATE FUNCTION ingest.unpromote_processing_run(p_run_id uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
DECLARE
    v_count bigint;
BEGIN
    PERFORM ingest.assert_session_imports(p_run_id);
    IF NOT EXISTS (SELECT 1 FROM ingest.import_runs r WHERE r.id = p_run_id AND r.status = 'processing') THEN
        RAISE EXCEPTION 'Import run % is not processing', p_run_id USING ERRCODE = 'IN003';
    END IF;
    DELETE FROM public.plaintiffs p
    USING ingest.plaintiffs_raw x
    WHERE x.import_run_id = p_run_id
      AND x.status = 'promoted'
      AND p.id = x.plaintiff_id
      AND p.import_run_id = p_run_id;
    UPDATE ingest.plaintiffs_raw x
    SET status = 'pending', plaintiff_id = NULL
    WHERE x.import_run_id = p_run_id AND x.status = 'promoted';
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END;
$$;


--
-- Name: match_key_segment_seq; Type: SEQUENCE; Schema: ingest; Owner: -
--

CREATE SEQUENCE ingest.match_key_segment_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: match_key_segments; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.match_key_segments (
    segment bigint NOT NULL,
    key_count bigint NOT NULL,
    built_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE match_key_segments; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON TABLE ingest.match_key_segments IS 'Segments of ingest.plaintiff_match_keys built in bulk for large runs (table ingest.match_keys_s<segment>); segment 0, ingest.match_keys_shared, holds the rest.';


--
-- Name: match_keyed_runs; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.match_keyed_runs (
    import_run_id uuid NOT NULL,
    keyed_at timestamp with time zone DEFAULT now() NOT NULL,
    keyed_by text NOT NULL,
    untargeted bigint DEFAULT 0 NOT NULL
);


--
-- Name: COLUMN match_keyed_runs.untargeted; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON COLUMN ingest.match_keyed_runs.untargeted IS 'Keys of the run kept out of the lookup indexes (is_target false).';


--
-- Name: plaintiff_match_keys; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.plaintiff_match_keys (
    raw_id bigint NOT NULL,
    email_key bigint,
    name_phone_key bigint,
    is_target boolean DEFAULT true NOT NULL,
    segment bigint DEFAULT 0 NOT NULL
)
PARTITION BY LIST (segment);


--
-- Name: TABLE plaintiff_match_keys; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON TABLE ingest.plaintiff_match_keys IS 'Cross-source match keys of each landed (not failed) raw row; a raw row whose status is promoted is a live plaintiff. Partitioned by segment (ingest.match_key_segments).';


--
-- Name: COLUMN plaintiff_match_keys.is_target; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON COLUMN ingest.plaintiff_match_keys.is_target IS 'The raw row landed new (pending or promoted): its keys are in the lookup indexes.';


--
-- Name: COLUMN plaintiff_match_keys.segment; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON COLUMN ingest.plaintiff_match_keys.segment IS '0: small runs, indexed row by row; otherwise a large run''s segment, indexed in bulk.';


--
-- Name: match_keys_shared; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.match_keys_shared (
    raw_id bigint NOT NULL,
    email_key bigint,
    name_phone_key bigint,
    is_target boolean DEFAULT true NOT NULL,
    segment bigint DEFAULT 0 NOT NULL,
    CONSTRAINT match_keys_shared_segment_check CHECK ((segment = 0))
);


--
-- Name: TABLE match_keys_shared; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON TABLE ingest.match_keys_shared IS 'Cross-source match keys of each landed (not failed) raw row; a raw row whose status is promoted is a live plaintiff.';


--
-- Name: COLUMN match_keys_shared.is_target; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON COLUMN ingest.match_keys_shared.is_target IS 'The raw row landed new (pending or promoted): its keys are in the lookup indexes.';


--
-- Name: plaintiff_changes; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.plaintiff_changes (
    id bigint NOT NULL,
    plaintiff_id uuid NOT NULL,
    import_run_id uuid NOT NULL,
    raw_id bigint,
    field text NOT NULL,
    old_value text,
    new_value text,
    kind text DEFAULT 'update'::text NOT NULL,
    changed_by text NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT plaintiff_changes_field_check CHECK ((field = ANY (ARRAY['firm_name'::text, 'short_name'::text, 'contact_name'::text, 'contact_phone'::text, 'contact_address'::text, 'source_reference'::text]))),
    CONSTRAINT plaintiff_changes_kind_check CHECK ((kind = ANY (ARRAY['update'::text, 'restore'::text, 'conflict'::text])))
);


--
-- Name: plaintiff_changes_id_seq; Type: SEQUENCE; Schema: ingest; Owner: -
--

ALTER TABLE ingest.plaintiff_changes ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME ingest.plaintiff_changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: plaintiffs_raw_id_seq; Type: SEQUENCE; Schema: ingest; Owner: -
--

ALTER TABLE ingest.plaintiffs_raw ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME ingest.plaintiffs_raw_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1000
);


--
-- Name: row_fixes; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.row_fixes (
    id bigint NOT NULL,
    import_run_id uuid NOT NULL,
    line integer,
    row_index integer NOT NULL,
    field text NOT NULL,
    original_value text,
    new_value text,
    fixed_by text DEFAULT SESSION_USER NOT NULL,
    fixed_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: row_fixes_id_seq; Type: SEQUENCE; Schema: ingest; Owner: -
--

CREATE SEQUENCE ingest.row_fixes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: row_fixes_id_seq; Type: SEQUENCE OWNED BY; Schema: ingest; Owner: -
--

ALTER SEQUENCE ingest.row_fixes_id_seq OWNED BY ingest.row_fixes.id;


--
-- Name: run_headers; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.run_headers (
    import_run_id uuid NOT NULL,
    headers jsonb NOT NULL
);


--
-- Name: run_row_marks; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.run_row_marks (
    import_run_id uuid NOT NULL,
    kind text NOT NULL,
    ordinal bigint NOT NULL,
    row_index bigint NOT NULL,
    of_rows bigint NOT NULL,
    CONSTRAINT run_row_marks_kind_check CHECK ((kind = ANY (ARRAY['failed'::text, 'skipped'::text])))
);


--
-- Name: sources; Type: TABLE; Schema: ingest; Owner: -
--

CREATE TABLE ingest.sources (
    source_key text NOT NULL,
    display_name text NOT NULL,
    saved_mapping jsonb,
    created_by text DEFAULT SESSION_USER NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_by text DEFAULT SESSION_USER NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sources_source_key_check CHECK ((source_key <> ''::text))
);


--
-- Name: v_blocked_duplicates; Type: VIEW; Schema: ingest; Owner: -
--

CREATE VIEW ingest.v_blocked_duplicates AS
 SELECT s.id AS raw_id,
    s.import_run_id,
    s.row_index,
    s.dedupe_key,
    s.plaintiff_name,
    s.source_system,
    run.filename,
    s.status,
    s.created_at,
    o.import_run_id AS duplicate_of_run_id,
    o.row_index AS duplicate_of_row_index,
    orun.filename AS duplicate_of_filename,
    s.line,
    o.line AS duplicate_of_line
   FROM (((ingest.plaintiffs_raw s
     JOIN ingest.import_runs run ON ((run.id = s.import_run_id)))
     LEFT JOIN ingest.plaintiffs_raw o ON ((o.id = s.duplicate_of)))
     LEFT JOIN ingest.import_runs orun ON ((orun.id = o.import_run_id)))
  WHERE (COALESCE(s.status_before_rollback, s.status) = 'skipped'::text);


--
-- Name: plaintiffs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plaintiffs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    plaintiff_name text NOT NULL,
    firm_name text,
    short_name text,
    contact_name text,
    contact_email text,
    contact_phone text,
    contact_address text,
    source_reference text,
    source_system text,
    dedupe_key text NOT NULL,
    import_run_id uuid,
    raw_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    deleted_reason text
);


--
-- Name: v_cross_source_matches; Type: VIEW; Schema: ingest; Owner: -
--

CREATE VIEW ingest.v_cross_source_matches AS
 WITH live AS (
         SELECT p.id,
            p.plaintiff_name,
            p.source_system,
            p.import_run_id,
            p.created_at,
            r.line,
            k.email_key,
            k.name_phone_key
           FROM ((ingest.plaintiff_match_keys k
             JOIN ingest.plaintiffs_raw r ON (((r.id = k.raw_id) AND (r.status = 'promoted'::text))))
             JOIN public.plaintiffs p ON (((p.id = r.plaintiff_id) AND (p.deleted_at IS NULL))))
        )
 SELECT a.id AS plaintiff_id,
    a.plaintiff_name,
    a.source_system,
    a.import_run_id,
    a.line,
    a.created_at,
    b.id AS matched_plaintiff_id,
    b.plaintiff_name AS matched_plaintiff_name,
    b.source_system AS matched_source_system,
    b.import_run_id AS matched_import_run_id,
    b.line AS matched_line,
    b.created_at AS matched_created_at,
    'email'::text AS match_rule
   FROM ((live a
     CROSS JOIN LATERAL ( SELECT kb_1.raw_id
           FROM ingest.plaintiff_match_keys kb_1
          WHERE ((kb_1.email_key = a.email_key) AND kb_1.is_target)
         OFFSET 0) kb)
     CROSS JOIN LATERAL ( SELECT b_1.id,
            b_1.plaintiff_name,
            b_1.source_system,
            b_1.import_run_id,
            b_1.created_at,
            rb.line
           FROM (ingest.plaintiffs_raw rb
             JOIN public.plaintiffs b_1 ON (((b_1.id = rb.plaintiff_id) AND (b_1.deleted_at IS NULL))))
          WHERE ((rb.id = kb.raw_id) AND (rb.status = 'promoted'::text))
         OFFSET 0) b)
  WHERE ((b.source_system <> a.source_system) AND (ROW(a.created_at, a.id) > ROW(b.created_at, b.id)))
UNION ALL
 SELECT a.id AS plaintiff_id,
    a.plaintiff_name,
    a.source_system,
    a.import_run_id,
    a.line,
    a.created_at,
    b.id AS matched_plaintiff_id,
    b.plaintiff_name AS matched_plaintiff_name,
    b.source_system AS matched_source_system,
    b.import_run_id AS matched_import_run_id,
    b.line AS matched_line,
    b.created_at AS matched_created_at,
    'name_phone'::text AS match_rule
   FROM ((live a
     CROSS JOIN LATERAL ( SELECT kb_1.raw_id
           FROM ingest.plaintiff_match_keys kb_1
          WHERE ((kb_1.name_phone_key = a.name_phone_key) AND kb_1.is_target AND (kb_1.email_key IS DISTINCT FROM a.email_key))
         OFFSET 0) kb)
     CROSS JOIN LATERAL ( SELECT b_1.id,
            b_1.plaintiff_name,
            b_1.source_system,
            b_1.import_run_id,
            b_1.created_at,
            rb.line
           FROM (ingest.plaintiffs_raw rb
             JOIN public.plaintiffs b_1 ON (((b_1.id = rb.plaintiff_id) AND (b_1.deleted_at IS NULL))))
          WHERE ((rb.id = kb.raw_id) AND (rb.status = 'promoted'::text))
         OFFSET 0) b)
  WHERE ((b.source_system <> a.source_system) AND (ROW(a.created_at, a.id) > ROW(b.created_at, b.id)));


--
-- Name: VIEW v_cross_source_matches; Type: COMMENT; Schema: ingest; Owner: -
--

COMMENT ON VIEW ingest.v_cross_source_matches IS 'Possible cross-vendor matches: live plaintiffs of two sources with the same normalized email, or the same normalized name and phone digits.';


--
-- Name: v_errored_rows; Type: VIEW; Schema: ingest; Owner: -
--

CREATE VIEW ingest.v_errored_rows AS
 SELECT s.id AS raw_id,
    s.import_run_id,
    run.filename,
    s.row_index,
    s.plaintiff_name,
    s.error_code,
    s.error_message,
    s.status,
    s.created_at,
    s.source_system,
    s.line
   FROM (ingest.plaintiffs_raw s
     JOIN ingest.import_runs run ON ((run.id = s.import_run_id)))
  WHERE (COALESCE(s.status_before_rollback, s.status) = 'failed'::text);


--
-- Name: v_import_runs_summary; Type: VIEW; Schema: ingest; Owner: -
--

CREATE VIEW ingest.v_import_runs_summary AS
 SELECT r.id,
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
    r.error_details,
    r.created_at,
    r.started_at,
    r.finished_at,
    (EXTRACT(epoch FROM (r.finished_at - COALESCE(r.started_at, r.created_at))))::double precision AS duration_seconds,
        CASE
            WHEN (r.status = 'processing'::text) THEN NULL::boolean
            ELSE ((r.rows_fetched = r.tally_total) AND (r.rows_inserted = r.tally_inserted) AND (r.rows_skipped = r.tally_skipped) AND (r.rows_errored = r.tally_errored) AND (r.rows_fetched = ((r.rows_inserted + r.rows_skipped) + r.rows_errored)))
        END AS is_reconciled,
    r.tally_pending AS rows_pending,
    r.tally_promoted AS rows_promoted,
    (r.error_details ->> 'code'::text) AS error_code,
    (r.error_details ->> 'message'::text) AS error_message,
    (r.error_details ->> 'rollback_reason'::text) AS rollback_reason,
    (r.error_details ->> 'rolled_back_by'::text) AS rolled_back_by,
    ((r.error_details ->> 'rolled_back_at'::text))::timestamp with time zone AS rolled_back_at,
    r.client_user,
    (r.error_details ->> 'rolled_back_client_user'::text) AS rolled_back_client_user
   FROM ingest.import_runs r;


--
-- Name: v_plaintiff_changes; Type: VIEW; Schema: ingest; Owner: -
--

CREATE VIEW ingest.v_plaintiff_changes AS
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
   FROM (((ingest.plaintiff_changes c
     LEFT JOIN public.plaintiffs p ON ((p.id = c.plaintiff_id)))
     LEFT JOIN ingest.import_runs r ON ((r.id = c.import_run_id)))
     LEFT JOIN ingest.plaintiffs_raw x ON ((x.id = c.raw_id)));


--
-- Name: match_keys_shared; Type: TABLE ATTACH; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.plaintiff_match_keys ATTACH PARTITION ingest.match_keys_shared FOR VALUES IN ('0');


--
-- Name: row_fixes id; Type: DEFAULT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.row_fixes ALTER COLUMN id SET DEFAULT nextval('ingest.row_fixes_id_seq'::regclass);


--
-- Name: import_runs import_runs_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.import_runs
    ADD CONSTRAINT import_runs_pkey PRIMARY KEY (id);


--
-- Name: match_key_segments match_key_segments_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.match_key_segments
    ADD CONSTRAINT match_key_segments_pkey PRIMARY KEY (segment);


--
-- Name: match_keyed_runs match_keyed_runs_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.match_keyed_runs
    ADD CONSTRAINT match_keyed_runs_pkey PRIMARY KEY (import_run_id);


--
-- Name: plaintiff_changes plaintiff_changes_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.plaintiff_changes
    ADD CONSTRAINT plaintiff_changes_pkey PRIMARY KEY (id);


--
-- Name: plaintiffs_raw plaintiffs_raw_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.plaintiffs_raw
    ADD CONSTRAINT plaintiffs_raw_pkey PRIMARY KEY (id);


--
-- Name: row_fixes row_fixes_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.row_fixes
    ADD CONSTRAINT row_fixes_pkey PRIMARY KEY (id);


--
-- Name: run_headers run_headers_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.run_headers
    ADD CONSTRAINT run_headers_pkey PRIMARY KEY (import_run_id);


--
-- Name: run_row_marks run_row_marks_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.run_row_marks
    ADD CONSTRAINT run_row_marks_pkey PRIMARY KEY (import_run_id, kind, ordinal);


--
-- Name: sources sources_pkey; Type: CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.sources
    ADD CONSTRAINT sources_pkey PRIMARY KEY (source_key);


--
-- Name: plaintiffs plaintiffs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plaintiffs
    ADD CONSTRAINT plaintiffs_pkey PRIMARY KEY (id);


--
-- Name: import_runs_created_at_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX import_runs_created_at_idx ON ingest.import_runs USING btree (created_at DESC);


--
-- Name: import_runs_live_batch_uq; Type: INDEX; Schema: ingest; Owner: -
--

CREATE UNIQUE INDEX import_runs_live_batch_uq ON ingest.import_runs USING btree (source_system, COALESCE(source_batch_id, ''::text), file_hash) WHERE (status = ANY (ARRAY['processing'::text, 'completed'::text]));


--
-- Name: import_runs_source_created_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX import_runs_source_created_idx ON ingest.import_runs USING btree (source_system, created_at DESC);


--
-- Name: plaintiff_match_keys_email_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiff_match_keys_email_idx ON ONLY ingest.plaintiff_match_keys USING btree (email_key) WHERE ((email_key IS NOT NULL) AND is_target);


--
-- Name: match_keys_shared_email_key_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX match_keys_shared_email_key_idx ON ingest.match_keys_shared USING btree (email_key) WHERE ((email_key IS NOT NULL) AND is_target);


--
-- Name: plaintiff_match_keys_name_phone_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiff_match_keys_name_phone_idx ON ONLY ingest.plaintiff_match_keys USING btree (name_phone_key) WHERE ((name_phone_key IS NOT NULL) AND is_target);


--
-- Name: match_keys_shared_name_phone_key_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX match_keys_shared_name_phone_key_idx ON ingest.match_keys_shared USING btree (name_phone_key) WHERE ((name_phone_key IS NOT NULL) AND is_target);


--
-- Name: plaintiff_match_keys_raw_id_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiff_match_keys_raw_id_idx ON ONLY ingest.plaintiff_match_keys USING btree (raw_id);


--
-- Name: match_keys_shared_raw_id_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX match_keys_shared_raw_id_idx ON ingest.match_keys_shared USING btree (raw_id);


--
-- Name: plaintiff_changes_plaintiff_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiff_changes_plaintiff_idx ON ingest.plaintiff_changes USING btree (plaintiff_id, field);


--
-- Name: plaintiff_changes_run_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiff_changes_run_idx ON ingest.plaintiff_changes USING btree (import_run_id);


--
-- Name: plaintiffs_raw_errored_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiffs_raw_errored_idx ON ingest.plaintiffs_raw USING btree (import_run_id, row_index) WHERE (COALESCE(status_before_rollback, status) = 'failed'::text);


--
-- Name: plaintiffs_raw_live_key_uq; Type: INDEX; Schema: ingest; Owner: -
--

CREATE UNIQUE INDEX plaintiffs_raw_live_key_uq ON ingest.plaintiffs_raw USING btree (dedupe_key) WHERE (status = ANY (ARRAY['pending'::text, 'promoted'::text]));


--
-- Name: plaintiffs_raw_run_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiffs_raw_run_idx ON ingest.plaintiffs_raw USING btree (import_run_id);


--
-- Name: plaintiffs_raw_skipped_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX plaintiffs_raw_skipped_idx ON ingest.plaintiffs_raw USING btree (import_run_id, row_index) WHERE (COALESCE(status_before_rollback, status) = 'skipped'::text);


--
-- Name: row_fixes_run_idx; Type: INDEX; Schema: ingest; Owner: -
--

CREATE INDEX row_fixes_run_idx ON ingest.row_fixes USING btree (import_run_id, row_index);


--
-- Name: match_keys_shared_email_key_idx; Type: INDEX ATTACH; Schema: ingest; Owner: -
--

ALTER INDEX ingest.plaintiff_match_keys_email_idx ATTACH PARTITION ingest.match_keys_shared_email_key_idx;


--
-- Name: match_keys_shared_name_phone_key_idx; Type: INDEX ATTACH; Schema: ingest; Owner: -
--

ALTER INDEX ingest.plaintiff_match_keys_name_phone_idx ATTACH PARTITION ingest.match_keys_shared_name_phone_key_idx;


--
-- Name: match_keys_shared_raw_id_idx; Type: INDEX ATTACH; Schema: ingest; Owner: -
--

ALTER INDEX ingest.plaintiff_match_keys_raw_id_idx ATTACH PARTITION ingest.match_keys_shared_raw_id_idx;


--
-- Name: import_runs import_runs_mark_rows_on_completion; Type: TRIGGER; Schema: ingest; Owner: -
--

CREATE TRIGGER import_runs_mark_rows_on_completion AFTER UPDATE OF status ON ingest.import_runs FOR EACH ROW WHEN (((new.status = 'completed'::text) AND (old.status IS DISTINCT FROM 'completed'::text))) EXECUTE FUNCTION ingest.mark_rows_of_completed_run();


--
-- Name: import_runs import_runs_tallies_on_status; Type: TRIGGER; Schema: ingest; Owner: -
--

CREATE TRIGGER import_runs_tallies_on_status BEFORE INSERT OR UPDATE OF status ON ingest.import_runs FOR EACH ROW EXECUTE FUNCTION ingest.set_run_tallies_on_status();


--
-- Name: plaintiffs_raw plaintiffs_raw_delete_moves_run_tallies; Type: TRIGGER; Schema: ingest; Owner: -
--

CREATE TRIGGER plaintiffs_raw_delete_moves_run_tallies AFTER DELETE ON ingest.plaintiffs_raw REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.tally_deleted_raw_rows();


--
-- Name: plaintiffs_raw plaintiffs_raw_hard_delete_retires_plaintiffs; Type: TRIGGER; Schema: ingest; Owner: -
--

CREATE TRIGGER plaintiffs_raw_hard_delete_retires_plaintiffs AFTER DELETE ON ingest.plaintiffs_raw REFERENCING OLD TABLE AS deleted_raw_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.retire_plaintiffs_of_deleted_raw_rows();


--
-- Name: plaintiffs_raw plaintiffs_raw_update_moves_run_tallies; Type: TRIGGER; Schema: ingest; Owner: -
--

CREATE TRIGGER plaintiffs_raw_update_moves_run_tallies AFTER UPDATE ON ingest.plaintiffs_raw REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ingest.tally_updated_raw_rows();


--
-- Name: plaintiffs plaintiffs_rekey_matches; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER plaintiffs_rekey_matches AFTER UPDATE OF plaintiff_name, contact_email, contact_phone ON public.plaintiffs FOR EACH ROW WHEN (((old.plaintiff_name IS DISTINCT FROM new.plaintiff_name) OR (old.contact_email IS DISTINCT FROM new.contact_email) OR (old.contact_phone IS DISTINCT FROM new.contact_phone))) EXECUTE FUNCTION ingest._rekey_plaintiff();


--
-- Name: run_row_marks run_row_marks_import_run_id_fkey; Type: FK CONSTRAINT; Schema: ingest; Owner: -
--

ALTER TABLE ONLY ingest.run_row_marks
    ADD CONSTRAINT run_row_marks_import_run_id_fkey FOREIGN KEY (import_run_id) REFERENCES ingest.import_runs(id) ON DELETE CASCADE;


--
-- Name: SCHEMA ingest; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA ingest TO intake_operator;
GRANT USAGE ON SCHEMA ingest TO intake_manager;
GRANT USAGE ON SCHEMA ingest TO intake_admin;


--
-- Name: FUNCTION _index_match_key_segment(p_table text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._index_match_key_segment(p_table text) FROM PUBLIC;


--
-- Name: FUNCTION _match_fold(p_text text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._match_fold(p_text text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest._match_fold(p_text text) TO intake_operator;
GRANT ALL ON FUNCTION ingest._match_fold(p_text text) TO intake_manager;
GRANT ALL ON FUNCTION ingest._match_fold(p_text text) TO intake_admin;


--
-- Name: FUNCTION _match_fold_name(p_text text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._match_fold_name(p_text text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest._match_fold_name(p_text text) TO intake_operator;
GRANT ALL ON FUNCTION ingest._match_fold_name(p_text text) TO intake_manager;
GRANT ALL ON FUNCTION ingest._match_fold_name(p_text text) TO intake_admin;


--
-- Name: FUNCTION _rekey_plaintiff(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._rekey_plaintiff() FROM PUBLIC;


--
-- Name: FUNCTION _run_cross_source_matches_hashed(p_run_id uuid, p_limit integer, p_source text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._run_cross_source_matches_hashed(p_run_id uuid, p_limit integer, p_source text) FROM PUBLIC;


--
-- Name: FUNCTION _unicode_collapse_whitespace(p_text text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._unicode_collapse_whitespace(p_text text) FROM PUBLIC;


--
-- Name: FUNCTION _unicode_lower(p_text text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._unicode_lower(p_text text) FROM PUBLIC;


--
-- Name: FUNCTION _unicode_nfkc(p_text text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._unicode_nfkc(p_text text) FROM PUBLIC;


--
-- Name: FUNCTION _unicode_trim(p_text text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest._unicode_trim(p_text text) FROM PUBLIC;


--
-- Name: FUNCTION apply_plaintiff_updates(p_run_id uuid, p_apply boolean); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.apply_plaintiff_updates(p_run_id uuid, p_apply boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.apply_plaintiff_updates(p_run_id uuid, p_apply boolean) TO intake_operator;
GRANT ALL ON FUNCTION ingest.apply_plaintiff_updates(p_run_id uuid, p_apply boolean) TO intake_admin;


--
-- Name: FUNCTION assert_session_imports(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.assert_session_imports(p_run_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION batch_lock_held(p_key bigint, p_own boolean); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.batch_lock_held(p_key bigint, p_own boolean) FROM PUBLIC;


--
-- Name: FUNCTION batch_lock_key(p_class integer, p_source text, p_batch text, p_hash text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.batch_lock_key(p_class integer, p_source text, p_batch text, p_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.batch_lock_key(p_class integer, p_source text, p_batch text, p_hash text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.batch_lock_key(p_class integer, p_source text, p_batch text, p_hash text) TO intake_admin;


--
-- Name: FUNCTION claim_import_run(p_source text, p_batch_id text, p_hash text, p_filename text, p_kind text, p_imported_by text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.claim_import_run(p_source text, p_batch_id text, p_hash text, p_filename text, p_kind text, p_imported_by text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.claim_import_run(p_source text, p_batch_id text, p_hash text, p_filename text, p_kind text, p_imported_by text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.claim_import_run(p_source text, p_batch_id text, p_hash text, p_filename text, p_kind text, p_imported_by text) TO intake_admin;


--
-- Name: FUNCTION close_match_key_segment(p_segment bigint, p_min_keys bigint); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.close_match_key_segment(p_segment bigint, p_min_keys bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.close_match_key_segment(p_segment bigint, p_min_keys bigint) TO intake_operator;
GRANT ALL ON FUNCTION ingest.close_match_key_segment(p_segment bigint, p_min_keys bigint) TO intake_admin;


--
-- Name: FUNCTION compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text) TO intake_manager;
GRANT ALL ON FUNCTION ingest.compute_plaintiff_dedupe_key(p_source text, p_name text, p_email text) TO intake_admin;


--
-- Name: FUNCTION fail_dead_runs(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.fail_dead_runs(p_run_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.fail_dead_runs(p_run_id uuid) TO intake_operator;
GRANT ALL ON FUNCTION ingest.fail_dead_runs(p_run_id uuid) TO intake_manager;
GRANT ALL ON FUNCTION ingest.fail_dead_runs(p_run_id uuid) TO intake_admin;


--
-- Name: FUNCTION fail_import_run(p_run_id uuid, p_code text, p_message text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.fail_import_run(p_run_id uuid, p_code text, p_message text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.fail_import_run(p_run_id uuid, p_code text, p_message text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.fail_import_run(p_run_id uuid, p_code text, p_message text) TO intake_admin;


--
-- Name: FUNCTION fail_lost_import_run(p_run_id uuid, p_code text, p_message text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.fail_lost_import_run(p_run_id uuid, p_code text, p_message text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.fail_lost_import_run(p_run_id uuid, p_code text, p_message text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.fail_lost_import_run(p_run_id uuid, p_code text, p_message text) TO intake_admin;


--
-- Name: FUNCTION fail_run_if_importer_gone(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.fail_run_if_importer_gone(p_run_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION fill_match_keys(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.fill_match_keys(p_run_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.fill_match_keys(p_run_id uuid) TO intake_operator;
GRANT ALL ON FUNCTION ingest.fill_match_keys(p_run_id uuid) TO intake_admin;


--
-- Name: FUNCTION fill_missing_match_keys(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.fill_missing_match_keys() FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.fill_missing_match_keys() TO intake_operator;
GRANT ALL ON FUNCTION ingest.fill_missing_match_keys() TO intake_manager;
GRANT ALL ON FUNCTION ingest.fill_missing_match_keys() TO intake_admin;


--
-- Name: TABLE import_runs; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.import_runs TO intake_operator;
GRANT SELECT ON TABLE ingest.import_runs TO intake_manager;
GRANT SELECT ON TABLE ingest.import_runs TO intake_admin;


--
-- Name: TABLE plaintiffs_raw; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT,INSERT ON TABLE ingest.plaintiffs_raw TO intake_operator;
GRANT SELECT ON TABLE ingest.plaintiffs_raw TO intake_manager;
GRANT SELECT,INSERT ON TABLE ingest.plaintiffs_raw TO intake_admin;


--
-- Name: TABLE v_import_reconciliation; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.v_import_reconciliation TO intake_operator;
GRANT SELECT ON TABLE ingest.v_import_reconciliation TO intake_manager;
GRANT SELECT ON TABLE ingest.v_import_reconciliation TO intake_admin;


--
-- Name: FUNCTION finish_import_run(p_run_id uuid, p_fetched bigint, p_inserted bigint, p_skipped bigint, p_errored bigint, p_promoted boolean); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.finish_import_run(p_run_id uuid, p_fetched bigint, p_inserted bigint, p_skipped bigint, p_errored bigint, p_promoted boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.finish_import_run(p_run_id uuid, p_fetched bigint, p_inserted bigint, p_skipped bigint, p_errored bigint, p_promoted boolean) TO intake_operator;
GRANT ALL ON FUNCTION ingest.finish_import_run(p_run_id uuid, p_fetched bigint, p_inserted bigint, p_skipped bigint, p_errored bigint, p_promoted boolean) TO intake_admin;


--
-- Name: FUNCTION index_match_key_segment(p_segment bigint, p_min_keys bigint); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.index_match_key_segment(p_segment bigint, p_min_keys bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.index_match_key_segment(p_segment bigint, p_min_keys bigint) TO intake_operator;
GRANT ALL ON FUNCTION ingest.index_match_key_segment(p_segment bigint, p_min_keys bigint) TO intake_admin;


--
-- Name: FUNCTION link_skipped_rows(p_run_id uuid, p_raw_ids bigint[]); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.link_skipped_rows(p_run_id uuid, p_raw_ids bigint[]) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.link_skipped_rows(p_run_id uuid, p_raw_ids bigint[]) TO intake_operator;
GRANT ALL ON FUNCTION ingest.link_skipped_rows(p_run_id uuid, p_raw_ids bigint[]) TO intake_admin;


--
-- Name: FUNCTION mark_rows_of_completed_run(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.mark_rows_of_completed_run() FROM PUBLIC;


--
-- Name: FUNCTION mark_run_rows(p_run_ids uuid[]); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.mark_run_rows(p_run_ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.mark_run_rows(p_run_ids uuid[]) TO intake_admin;


--
-- Name: FUNCTION match_email(p_email text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.match_email(p_email text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.match_email(p_email text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.match_email(p_email text) TO intake_manager;
GRANT ALL ON FUNCTION ingest.match_email(p_email text) TO intake_admin;


--
-- Name: FUNCTION match_key_hash(p_key text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.match_key_hash(p_key text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.match_key_hash(p_key text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.match_key_hash(p_key text) TO intake_manager;
GRANT ALL ON FUNCTION ingest.match_key_hash(p_key text) TO intake_admin;


--
-- Name: FUNCTION match_name_phone(p_name text, p_phone text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.match_name_phone(p_name text, p_phone text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.match_name_phone(p_name text, p_phone text) TO intake_operator;
GRANT ALL ON FUNCTION ingest.match_name_phone(p_name text, p_phone text) TO intake_manager;
GRANT ALL ON FUNCTION ingest.match_name_phone(p_name text, p_phone text) TO intake_admin;


--
-- Name: FUNCTION open_match_key_segment(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.open_match_key_segment() FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.open_match_key_segment() TO intake_operator;
GRANT ALL ON FUNCTION ingest.open_match_key_segment() TO intake_admin;


--
-- Name: FUNCTION promote_pending(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.promote_pending(p_run_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.promote_pending(p_run_id uuid) TO intake_admin;


--
-- Name: FUNCTION promote_processing_run(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.promote_processing_run(p_run_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.promote_processing_run(p_run_id uuid) TO intake_operator;
GRANT ALL ON FUNCTION ingest.promote_processing_run(p_run_id uuid) TO intake_admin;


--
-- Name: FUNCTION reconcile_import_run(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.reconcile_import_run(p_run_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.reconcile_import_run(p_run_id uuid) TO intake_operator;
GRANT ALL ON FUNCTION ingest.reconcile_import_run(p_run_id uuid) TO intake_manager;
GRANT ALL ON FUNCTION ingest.reconcile_import_run(p_run_id uuid) TO intake_admin;


--
-- Name: FUNCTION record_run_notes(p_run_id uuid, p_headers jsonb, p_fixes jsonb); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.record_run_notes(p_run_id uuid, p_headers jsonb, p_fixes jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.record_run_notes(p_run_id uuid, p_headers jsonb, p_fixes jsonb) TO intake_operator;
GRANT ALL ON FUNCTION ingest.record_run_notes(p_run_id uuid, p_headers jsonb, p_fixes jsonb) TO intake_admin;


--
-- Name: FUNCTION recount_import_runs(p_run_ids uuid[]); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.recount_import_runs(p_run_ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.recount_import_runs(p_run_ids uuid[]) TO intake_admin;


--
-- Name: FUNCTION restore_plaintiff_changes(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.restore_plaintiff_changes(p_run_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION retire_plaintiffs_of_deleted_raw_rows(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.retire_plaintiffs_of_deleted_raw_rows() FROM PUBLIC;


--
-- Name: FUNCTION rollback_completed_run(p_run_id uuid, p_reason text, p_actor text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.rollback_completed_run(p_run_id uuid, p_reason text, p_actor text) FROM PUBLIC;


--
-- Name: FUNCTION rollback_import_run(p_run_id uuid, p_reason text, p_actor text); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.rollback_import_run(p_run_id uuid, p_reason text, p_actor text) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.rollback_import_run(p_run_id uuid, p_reason text, p_actor text) TO intake_admin;


--
-- Name: FUNCTION run_cross_source_matches(p_run_id uuid, p_limit integer); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.run_cross_source_matches(p_run_id uuid, p_limit integer) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.run_cross_source_matches(p_run_id uuid, p_limit integer) TO intake_operator;
GRANT ALL ON FUNCTION ingest.run_cross_source_matches(p_run_id uuid, p_limit integer) TO intake_manager;
GRANT ALL ON FUNCTION ingest.run_cross_source_matches(p_run_id uuid, p_limit integer) TO intake_admin;


--
-- Name: FUNCTION run_plaintiff_changes(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.run_plaintiff_changes(p_run_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION save_source(p_key text, p_display_name text, p_mapping jsonb); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.save_source(p_key text, p_display_name text, p_mapping jsonb) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.save_source(p_key text, p_display_name text, p_mapping jsonb) TO intake_operator;
GRANT ALL ON FUNCTION ingest.save_source(p_key text, p_display_name text, p_mapping jsonb) TO intake_admin;


--
-- Name: FUNCTION set_run_tallies_on_status(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.set_run_tallies_on_status() FROM PUBLIC;


--
-- Name: FUNCTION take_liveness_lock(p_key bigint, p_max_wait double precision); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.take_liveness_lock(p_key bigint, p_max_wait double precision) FROM PUBLIC;


--
-- Name: FUNCTION tally_deleted_raw_rows(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.tally_deleted_raw_rows() FROM PUBLIC;


--
-- Name: FUNCTION tally_updated_raw_rows(); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.tally_updated_raw_rows() FROM PUBLIC;


--
-- Name: FUNCTION unpromote_processing_run(p_run_id uuid); Type: ACL; Schema: ingest; Owner: -
--

REVOKE ALL ON FUNCTION ingest.unpromote_processing_run(p_run_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION ingest.unpromote_processing_run(p_run_id uuid) TO intake_operator;
GRANT ALL ON FUNCTION ingest.unpromote_processing_run(p_run_id uuid) TO intake_admin;


--
-- Name: TABLE match_key_segments; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.match_key_segments TO intake_operator;
GRANT SELECT ON TABLE ingest.match_key_segments TO intake_manager;
GRANT SELECT ON TABLE ingest.match_key_segments TO intake_admin;


--
-- Name: TABLE match_keyed_runs; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT,INSERT ON TABLE ingest.match_keyed_runs TO intake_operator;
GRANT SELECT ON TABLE ingest.match_keyed_runs TO intake_manager;
GRANT SELECT,INSERT ON TABLE ingest.match_keyed_runs TO intake_admin;


--
-- Name: COLUMN match_keyed_runs.untargeted; Type: ACL; Schema: ingest; Owner: -
--

GRANT UPDATE(untargeted) ON TABLE ingest.match_keyed_runs TO intake_operator;
GRANT UPDATE(untargeted) ON TABLE ingest.match_keyed_runs TO intake_admin;


--
-- Name: TABLE plaintiff_match_keys; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.plaintiff_match_keys TO intake_operator;
GRANT SELECT ON TABLE ingest.plaintiff_match_keys TO intake_manager;
GRANT SELECT ON TABLE ingest.plaintiff_match_keys TO intake_admin;


--
-- Name: TABLE plaintiff_changes; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.plaintiff_changes TO intake_operator;
GRANT SELECT ON TABLE ingest.plaintiff_changes TO intake_manager;
GRANT SELECT ON TABLE ingest.plaintiff_changes TO intake_admin;


--
-- Name: SEQUENCE plaintiffs_raw_id_seq; Type: ACL; Schema: ingest; Owner: -
--

GRANT USAGE ON SEQUENCE ingest.plaintiffs_raw_id_seq TO intake_operator;
GRANT USAGE ON SEQUENCE ingest.plaintiffs_raw_id_seq TO intake_admin;


--
-- Name: TABLE row_fixes; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.row_fixes TO intake_operator;
GRANT SELECT ON TABLE ingest.row_fixes TO intake_manager;
GRANT SELECT ON TABLE ingest.row_fixes TO intake_admin;


--
-- Name: TABLE run_headers; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.run_headers TO intake_operator;
GRANT SELECT ON TABLE ingest.run_headers TO intake_manager;
GRANT SELECT ON TABLE ingest.run_headers TO intake_admin;


--
-- Name: TABLE run_row_marks; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.run_row_marks TO intake_operator;
GRANT SELECT ON TABLE ingest.run_row_marks TO intake_manager;
GRANT SELECT ON TABLE ingest.run_row_marks TO intake_admin;


--
-- Name: TABLE sources; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.sources TO intake_operator;
GRANT SELECT ON TABLE ingest.sources TO intake_manager;
GRANT SELECT ON TABLE ingest.sources TO intake_admin;


--
-- Name: TABLE v_blocked_duplicates; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.v_blocked_duplicates TO intake_operator;
GRANT SELECT ON TABLE ingest.v_blocked_duplicates TO intake_manager;
GRANT SELECT ON TABLE ingest.v_blocked_duplicates TO intake_admin;


--
-- Name: TABLE plaintiffs; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.plaintiffs TO intake_operator;
GRANT SELECT ON TABLE public.plaintiffs TO intake_manager;
GRANT SELECT,INSERT ON TABLE public.plaintiffs TO intake_admin;


--
-- Name: TABLE v_cross_source_matches; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.v_cross_source_matches TO intake_operator;
GRANT SELECT ON TABLE ingest.v_cross_source_matches TO intake_manager;
GRANT SELECT ON TABLE ingest.v_cross_source_matches TO intake_admin;


--
-- Name: TABLE v_errored_rows; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.v_errored_rows TO intake_operator;
GRANT SELECT ON TABLE ingest.v_errored_rows TO intake_manager;
GRANT SELECT ON TABLE ingest.v_errored_rows TO intake_admin;


--
-- Name: TABLE v_import_runs_summary; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.v_import_runs_summary TO intake_operator;
GRANT SELECT ON TABLE ingest.v_import_runs_summary TO intake_manager;
GRANT SELECT ON TABLE ingest.v_import_runs_summary TO intake_admin;


--
-- Name: TABLE v_plaintiff_changes; Type: ACL; Schema: ingest; Owner: -
--

GRANT SELECT ON TABLE ingest.v_plaintiff_changes TO intake_operator;
GRANT SELECT ON TABLE ingest.v_plaintiff_changes TO intake_manager;
GRANT SELECT ON TABLE ingest.v_plaintiff_changes TO intake_admin;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE ALL ON FUNCTIONS  FROM PUBLIC;


--
-- PostgreSQL database dump complete
--


