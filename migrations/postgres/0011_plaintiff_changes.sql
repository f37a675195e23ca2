-- Vendor updates (issue 11 part A).
--
-- A row whose dedupe key is already live is `skipped` (idempotency). When
-- its other fields (firm, short name, contact name, phone, address, source
-- reference) hold a non-empty value that differs from the live plaintiff's,
-- the row is a *changed* row. An import that asks for it applies the
-- changes to public.plaintiffs in its own transaction and records each one
-- in the append-only change log ingest.plaintiff_changes. Rolling that run
-- back restores each field, unless a later run changed it again (then the
-- field is left as it is and a `conflict` entry says so).
--
-- The change log is append-only: the importing session writes it only
-- through ingest.apply_plaintiff_updates (SECURITY DEFINER, the session that
-- claimed the run), a rollback only through ingest.rollback_import_run;
-- nobody has INSERT, UPDATE or DELETE on it. Every role reads it.

CREATE TABLE ingest.plaintiff_changes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plaintiff_id  uuid NOT NULL,
    -- The run that applied the change (for `restore`/`conflict`: the run
    -- being rolled back).
    import_run_id uuid NOT NULL,
    -- The raw row of the update file that carried the change (`update` only).
    raw_id        bigint,
    field         text NOT NULL
                  CHECK (field IN ('firm_name', 'short_name', 'contact_name', 'contact_phone',
                                   'contact_address', 'source_reference')),
    old_value     text,
    new_value     text,
    -- update: an import applied new_value; restore: a rollback put the old
    -- value back (old_value = what it replaced); conflict: a rollback left
    -- the field as it is (a later run changed it; old_value = what it would
    -- have restored, new_value = what it kept).
    kind          text NOT NULL DEFAULT 'update' CHECK (kind IN ('update', 'restore', 'conflict')),
    changed_by    text NOT NULL,
    changed_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX plaintiff_changes_run_idx ON ingest.plaintiff_changes (import_run_id);
CREATE INDEX plaintiff_changes_plaintiff_idx ON ingest.plaintiff_changes (plaintiff_id, field);

-- The change log with the plaintiff's name, the run's file and the line of
-- the update file.
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
FROM ingest.plaintiff_changes c
LEFT JOIN public.plaintiffs p ON p.id = c.plaintiff_id
LEFT JOIN ingest.import_runs r ON r.id = c.import_run_id
LEFT JOIN ingest.plaintiffs_raw x ON x.id = c.raw_id;

-- The changed rows of a run: each skipped row whose live twin (duplicate_of,
-- a row of another run) differs in a non-empty field, the first row of the
-- file per twin; one row per changed field. The live values are the
-- plaintiff's; a twin still `pending` (no plaintiff yet) is compared with
-- its raw row (plaintiff_id NULL: counted, nothing to apply it to).
CREATE FUNCTION ingest.run_plaintiff_changes(p_run_id uuid)
RETURNS TABLE (raw_id bigint, plaintiff_id uuid, field text, old_value text, new_value text)
LANGUAGE sql
STABLE
SET search_path = pg_catalog, pg_temp
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

-- Inside the import's transaction: count the run's changed rows and, with
-- p_apply, log and write the changes to existing plaintiffs. Returns the
-- changed rows and the plaintiffs updated. Only the session that claimed
-- the run may call it.
CREATE FUNCTION ingest.apply_plaintiff_updates(p_run_id uuid, p_apply boolean)
RETURNS TABLE (changed bigint, updated bigint)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- Put back the fields a run changed (its `update` entries, newest first),
-- logging each as `restore`; a field a later, still live run changed, or
-- whose value is no longer the one this run wrote, is left as it is and
-- logged as `conflict`. Called by ingest.rollback_import_run.
CREATE FUNCTION ingest.restore_plaintiff_changes(p_run_id uuid)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
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
$$;

-- rollback_import_run as in 0006, and a completed run's changes restored
-- (same arguments, same result: the runbook's calls keep working; what was
-- restored or left is in ingest.plaintiff_changes).
CREATE OR REPLACE FUNCTION ingest.rollback_import_run(p_run_id uuid, p_reason text, p_actor text DEFAULT NULL)
RETURNS TABLE (run_id uuid, rows_rolled_back bigint, plaintiffs_removed bigint)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

REVOKE ALL ON ingest.plaintiff_changes FROM PUBLIC;
REVOKE ALL ON ingest.v_plaintiff_changes FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.run_plaintiff_changes(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.apply_plaintiff_updates(uuid, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.restore_plaintiff_changes(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.rollback_import_run(uuid, text, text) FROM PUBLIC;
GRANT SELECT ON ingest.plaintiff_changes, ingest.v_plaintiff_changes
    TO intake_operator, intake_manager, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.apply_plaintiff_updates(uuid, boolean)
    TO intake_operator, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.rollback_import_run(uuid, text, text) TO intake_admin;
