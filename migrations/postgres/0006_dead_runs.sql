-- Runs whose importer is gone.
--
-- A processing run is alive while the session that claimed it holds the
-- batch's liveness lock (class 2 of ingest.batch_lock_key, migration 0004).
-- When the importer dies without recording the run's end (kill -9, a lost
-- connection, SIGKILL by a timeout), the server releases that lock and the
-- run's rows, but the run stayed 'processing': `rollback_import_run` refused
-- it and the history showed it as importing forever. Now:
-- 1. ingest.fail_dead_runs(run_id) records processing runs whose lock is free
--    as failed (ABANDONED); any role that reads the history may call it, so
--    the next command that looks at a run settles it.
-- 2. ingest.rollback_import_run accepts such a run: it is recorded as failed,
--    then rolled back (it kept no rows: they were never committed).
--    The previous function is kept as ingest.rollback_completed_run.
-- A live run (its lock held) is never touched.

-- True when a session holds the batch lock `p_key`; `p_own` = this session.
CREATE FUNCTION ingest.batch_lock_held(p_key bigint, p_own boolean)
RETURNS boolean
LANGUAGE sql
STABLE
SET search_path = pg_catalog, pg_temp
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

-- Record one processing run as failed if its importer is gone; true when it
-- did. Takes the liveness lock for the moment of the update, so a claim of
-- the batch meanwhile sees the run as busy (and retries), never half-settled.
CREATE FUNCTION ingest.fail_run_if_importer_gone(p_run_id uuid)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- Settle the processing runs (all, or one) whose importer is gone; returns
-- how many were recorded as failed.
CREATE FUNCTION ingest.fail_dead_runs(p_run_id uuid DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- rollback_import_run: a processing run whose importer is gone is recorded
-- as failed, then rolled back; everything else goes to the previous
-- implementation, kept under another name (so this migration does not
-- restate, or undo, what earlier migrations defined for completed runs).
ALTER FUNCTION ingest.rollback_import_run(uuid, text, text) RENAME TO rollback_completed_run;
COMMENT ON FUNCTION ingest.rollback_completed_run(uuid, text, text) IS
    'Rollback of a completed run; called by ingest.rollback_import_run (use that).';

CREATE FUNCTION ingest.rollback_import_run(p_run_id uuid, p_reason text, p_actor text DEFAULT NULL)
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
                -- The login is the actor (0005); the client's word is a note.
                'rolled_back_by', session_user::text,
                'rolled_back_db_user', session_user::text,
                'rolled_back_client_user', nullif(trim(p_actor), ''),
                'rolled_back_at', now())
        WHERE r.id = p_run_id;
        RETURN QUERY SELECT p_run_id, v_rows, 0::bigint;
        RETURN;
    END IF;
    RETURN QUERY SELECT * FROM ingest.rollback_completed_run(p_run_id, p_reason, p_actor);
END;
$$;

REVOKE ALL ON FUNCTION ingest.batch_lock_held(bigint, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.fail_run_if_importer_gone(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.fail_dead_runs(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.rollback_import_run(uuid, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.rollback_completed_run(uuid, text, text) FROM PUBLIC, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.fail_dead_runs(uuid)
    TO intake_operator, intake_manager, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.rollback_import_run(uuid, text, text) TO intake_admin;
