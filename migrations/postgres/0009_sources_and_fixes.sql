-- Sources, fixes and the header of each run (issue 10 points 5, 6 and 8).
--
-- 1. ingest.sources: one row per source (the normalized key the dedupe key
--    uses), its display name and the mapping its last explicitly mapped
--    import used, shared by every clerk and the CLI. Written through
--    ingest.save_source only, so who/when are always the database login and
--    the server's clock.
-- 2. ingest.row_fixes: every fix a person applied to a record of a run
--    (line, field, masked original, new value, who, when). Written by the
--    importing session inside the run's transaction (a failed run leaves
--    none); a rollback keeps them as audit. No foreign key to the run, so the
--    runbook's hard delete of a run still works and the audit survives it.
-- 3. ingest.run_headers: the file's headers of a run in file order, for the
--    errored-rows export (raw_payload is jsonb, which does not keep order).

CREATE TABLE ingest.sources (
    source_key    text PRIMARY KEY CHECK (source_key <> ''),
    display_name  text NOT NULL,
    -- {"column_map": {field: [columns]}, "header_overrides": {header: field}}
    saved_mapping jsonb,
    created_by    text NOT NULL DEFAULT session_user,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text NOT NULL DEFAULT session_user,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ingest.row_fixes (
    id             bigserial PRIMARY KEY,
    import_run_id  uuid NOT NULL,
    line           integer,
    row_index      integer NOT NULL,
    field          text NOT NULL,
    original_value text,
    new_value      text,
    fixed_by       text NOT NULL DEFAULT session_user,
    fixed_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX row_fixes_run_idx ON ingest.row_fixes (import_run_id, row_index);

CREATE TABLE ingest.run_headers (
    import_run_id uuid PRIMARY KEY,
    headers       jsonb NOT NULL
);

-- Upsert a source. A NULL mapping keeps the saved one; the display name is
-- the one the source was first given.
CREATE FUNCTION ingest.save_source(p_key text, p_display_name text, p_mapping jsonb)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- The importing session records its run's headers and fixes (a JSON array
-- of {line, row_index, field, original_value, new_value}).
CREATE FUNCTION ingest.record_run_notes(p_run_id uuid, p_headers jsonb, p_fixes jsonb)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

REVOKE ALL ON ingest.sources, ingest.row_fixes, ingest.run_headers FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.save_source(text, text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.record_run_notes(uuid, jsonb, jsonb) FROM PUBLIC;
GRANT SELECT ON ingest.sources, ingest.row_fixes, ingest.run_headers
    TO intake_operator, intake_manager, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.save_source(text, text, jsonb),
                          ingest.record_run_notes(uuid, jsonb, jsonb)
    TO intake_operator, intake_admin;
