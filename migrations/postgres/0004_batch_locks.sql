-- Batch locks with 64-bit keys, and only the importer may end its run.
--
-- 1. The claim's advisory locks (class 1: claims of a batch one at a time;
--    class 2: the live importer's session lock) used 32-bit hashtext keys:
--    two batch identities sharing a key left one run without a liveness
--    lock. One helper now derives 64-bit keys (hashtextextended), used by
--    the claim and by `intake export-to`.
-- 2. finish_import_run, fail_import_run and unpromote_processing_run are
--    executable by every operator, so another operator's session could mark
--    a run that is still importing as completed (with the counts of the rows
--    committed so far: none) or failed. They now require the calling session
--    to hold the run's liveness lock, i.e. to be the session that claimed it.

CREATE FUNCTION ingest.batch_lock_key(p_class integer, p_source text, p_batch text, p_hash text)
RETURNS bigint
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT pg_catalog.hashtextextended(
        pg_catalog.lower(pg_catalog.btrim(p_source)) || pg_catalog.chr(31)
        || coalesce(nullif(pg_catalog.btrim(p_batch), ''), '') || pg_catalog.chr(31)
        || p_hash,
        p_class);
$$;

-- Raise unless this session holds the liveness lock of the run (it claimed
-- it and is importing it now).
CREATE FUNCTION ingest.assert_session_imports(p_run_id uuid)
RETURNS void
LANGUAGE plpgsql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

CREATE OR REPLACE FUNCTION ingest.claim_import_run(
    p_source      text,
    p_batch_id    text,
    p_hash        text,
    p_filename    text,
    p_kind        text DEFAULT 'csv',
    p_imported_by text DEFAULT NULL
)
RETURNS TABLE (outcome text, run_id uuid, run_status text, run_imported_by text, run_created_at timestamptz)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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
        -- A processing run: is its importer alive? A few short retries let a
        -- just-closed connection's backend finish releasing its lock.
        FOR v_attempt IN 1..4 LOOP
            IF pg_catalog.pg_try_advisory_lock(v_live_key) THEN
                v_is_dead := true;
                EXIT;
            END IF;
            PERFORM pg_catalog.pg_sleep(0.05);
        END LOOP;
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
        (source_system, source_batch_id, file_hash, filename, file_kind, status, imported_by, started_at)
    VALUES (v_source, v_batch, p_hash, p_filename, coalesce(p_kind, 'csv'), 'processing',
            coalesce(nullif(trim(p_imported_by), ''), session_user::text), now())
    RETURNING * INTO v_run;

    RETURN QUERY SELECT 'claimed'::text, v_run.id, v_run.status, v_run.imported_by, v_run.created_at;
END;
$$;

CREATE OR REPLACE FUNCTION ingest.finish_import_run(
    p_run_id   uuid,
    p_fetched  bigint,
    p_inserted bigint,
    p_skipped  bigint,
    p_errored  bigint,
    p_promoted boolean
)
RETURNS SETOF ingest.v_import_reconciliation
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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


CREATE OR REPLACE FUNCTION ingest.fail_import_run(p_run_id uuid, p_code text, p_message text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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


CREATE OR REPLACE FUNCTION ingest.unpromote_processing_run(p_run_id uuid)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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


REVOKE ALL ON FUNCTION ingest.batch_lock_key(integer, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.assert_session_imports(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.batch_lock_key(integer, text, text, text)
    TO intake_operator, intake_admin;
