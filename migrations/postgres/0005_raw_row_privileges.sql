-- Least privilege on raw rows, the database login as the actor, and importers
-- whose connection was lost.
--
-- 1. Operators (and admins) could UPDATE ingest.plaintiffs_raw by hand: a
--    status, dedupe key or link changed in psql silently broke the one dedupe
--    index's guarantee and the reconciliation of runs. The two updates the
--    importing session needs (linking skipped rows, promoting its own run)
--    move into SECURITY DEFINER functions that only the session that claimed
--    the run may call; nobody but the owner may UPDATE raw rows. The bulk path
--    only INSERTs (COPY), so it is unchanged.
-- 2. imported_by / rolled_back_by were whatever the client said (its $USER).
--    They are now the database login (session_user, which neither SET ROLE
--    nor SECURITY DEFINER changes); what the client says is kept as a note:
--    import_runs.client_user and error_details.rolled_back_client_user.
-- 3. A claim that meets the liveness lock of an importer whose client is gone
--    (killed, connection terminated) waits for its backend to go away instead
--    of answering in_progress; a lost importer's run can be recorded failed by
--    a new connection (ingest.fail_lost_import_run).

-- ---------------------------------------------------------------------------
-- 1. Raw rows: INSERT only
-- ---------------------------------------------------------------------------

-- Also revokes any column-level UPDATE granted by hand.
REVOKE UPDATE ON ingest.plaintiffs_raw FROM intake_operator, intake_admin;

-- The importing session links its skipped rows (of $2, its chunk's raw ids)
-- to the live row of their key when that row was committed by another import
-- after the chunk's snapshot. Returns how many were linked.
CREATE FUNCTION ingest.link_skipped_rows(p_run_id uuid, p_raw_ids bigint[])
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- The importing session promotes its own run's pending rows inside its
-- transaction (rows landed pending, then the import promotes): the same
-- statement as ingest.promote_pending, which only admins may call for any
-- run. finish_import_run records the run as promoted.
CREATE FUNCTION ingest.promote_processing_run(p_run_id uuid)
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

-- ---------------------------------------------------------------------------
-- 2. The login is the actor; the client's word is a note
-- ---------------------------------------------------------------------------

-- What the client said about who is at the keyboard (its OS user). Runs
-- recorded before this migration have imported_by = that word and no note.
ALTER TABLE ingest.import_runs ADD COLUMN client_user text;

-- ---------------------------------------------------------------------------
-- 3. Liveness locks of importers that are going away
-- ---------------------------------------------------------------------------

-- Take the liveness lock p_key (session level), waiting up to p_max_wait
-- seconds while its holder is going away. False at once when the holder is
-- seen twice waiting on its client (reading the next statement or COPY data,
-- or writing a result): its client is connected, a live importer. A backend
-- whose client has gone never waits on it: it ends as soon as it next reads
-- or writes, and the importer's sessions check their client every second
-- during long statements (client_connection_check_interval), so such a
-- backend releases the lock within about a second of finishing its abort.
-- Also false when the holder's activity cannot be seen (the function owner
-- lacks pg_read_all_stats): it is then assumed alive.
CREATE FUNCTION ingest.take_liveness_lock(p_key bigint, p_max_wait double precision)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- Record as failed the processing run of an importer whose connection was
-- lost, from another connection: once the lost backend is gone (up to 10 s),
-- its rows are rolled back and its liveness lock is free; take the lock,
-- mark the run failed, let go. Returns the run's status afterwards:
-- 'failed'; 'completed' when the lost connection had committed it; or
-- 'processing' when a live session still holds its lock.
CREATE FUNCTION ingest.fail_lost_import_run(p_run_id uuid, p_code text, p_message text)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- Roll back as before; rolled_back_by is the login, p_actor (the client's
-- OS user) a note.
CREATE OR REPLACE FUNCTION ingest.rollback_import_run(p_run_id uuid, p_reason text, p_actor text DEFAULT NULL)
RETURNS TABLE (run_id uuid, rows_rolled_back bigint, plaintiffs_removed bigint)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

-- The summary view gains the two notes (new columns go last).
CREATE OR REPLACE VIEW ingest.v_import_runs_summary AS
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
       extract(epoch FROM (r.finished_at - coalesce(r.started_at, r.created_at)))::double precision
           AS duration_seconds,
       CASE WHEN r.status = 'processing' THEN NULL
            ELSE (r.rows_fetched = a.actual_total
                  AND r.rows_inserted = a.actual_inserted
                  AND r.rows_skipped = a.actual_skipped
                  AND r.rows_errored = a.actual_errored
                  AND r.rows_fetched = r.rows_inserted + r.rows_skipped + r.rows_errored)
       END AS is_reconciled,
       a.rows_pending,
       a.rows_promoted,
       r.error_details ->> 'code'            AS error_code,
       r.error_details ->> 'message'         AS error_message,
       r.error_details ->> 'rollback_reason' AS rollback_reason,
       r.error_details ->> 'rolled_back_by'  AS rolled_back_by,
       (r.error_details ->> 'rolled_back_at')::timestamptz AS rolled_back_at,
       r.client_user,
       r.error_details ->> 'rolled_back_client_user' AS rolled_back_client_user
FROM ingest.import_runs r
CROSS JOIN LATERAL (
    SELECT count(*) AS actual_total,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted')) AS actual_inserted,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'skipped') AS actual_skipped,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'failed') AS actual_errored,
           count(*) FILTER (WHERE x.status = 'pending') AS rows_pending,
           count(*) FILTER (WHERE x.status = 'promoted') AS rows_promoted
    FROM ingest.plaintiffs_raw x
    WHERE x.import_run_id = r.id
) a;

REVOKE ALL ON FUNCTION ingest.link_skipped_rows(uuid, bigint[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.promote_processing_run(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.take_liveness_lock(bigint, double precision) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.fail_lost_import_run(uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.link_skipped_rows(uuid, bigint[]),
                          ingest.promote_processing_run(uuid),
                          ingest.fail_lost_import_run(uuid, text, text)
    TO intake_operator, intake_admin;
