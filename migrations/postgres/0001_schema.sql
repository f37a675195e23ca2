-- Plaintiff Intake: PostgreSQL schema (SPEC §3).
--
-- Tables  ingest.import_runs, ingest.plaintiffs_raw, public.plaintiffs
-- Funcs   ingest.claim_import_run, ingest.reconcile_import_run,
--         ingest.rollback_import_run, ingest.promote_pending (+ session helpers)
-- Views   ingest.v_import_runs_summary, ingest.v_import_reconciliation,
--         ingest.v_blocked_duplicates, ingest.v_errored_rows
-- Roles   intake_operator (import), intake_manager (read), intake_admin (all)
--
-- Every function is SECURITY DEFINER with a pinned search_path and fully
-- qualified names, and nobody but the granted roles may execute it.

CREATE SCHEMA IF NOT EXISTS ingest;
REVOKE ALL ON SCHEMA ingest FROM PUBLIC;

-- Functions the migrating role creates later are not executable by PUBLIC
-- either. (A per-schema default can only add privileges, so the revoke has
-- to be the role's database-wide default.)
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ---------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------

CREATE TABLE ingest.import_runs (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    source_system   text NOT NULL,
    source_batch_id text,
    file_hash       text NOT NULL,
    filename        text,
    file_kind       text,
    status          text NOT NULL DEFAULT 'processing'
                    CHECK (status IN ('processing', 'completed', 'failed', 'rolled_back')),
    imported_by     text NOT NULL,
    rows_fetched    integer NOT NULL DEFAULT 0,
    rows_inserted   integer NOT NULL DEFAULT 0,
    rows_skipped    integer NOT NULL DEFAULT 0,
    rows_errored    integer NOT NULL DEFAULT 0,
    promoted        boolean NOT NULL DEFAULT false,
    -- failure: {"code","message"}; rollback: {"rollback_reason","rolled_back_by","rolled_back_at"}
    error_details   jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    finished_at     timestamptz
);

-- Batch identity is unique among live runs only: a failed or rolled-back
-- batch may be imported again while its run stays for audit.
CREATE UNIQUE INDEX import_runs_live_batch_uq
    ON ingest.import_runs (source_system, coalesce(source_batch_id, ''), file_hash)
    WHERE status IN ('processing', 'completed');
CREATE INDEX import_runs_created_at_idx ON ingest.import_runs (created_at DESC);

CREATE TABLE ingest.plaintiffs_raw (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- No foreign key to import_runs: measured at 5.5 s per million landed rows
    -- (a per-row trigger). Rows only ever get their run id from a claim.
    import_run_id          uuid NOT NULL,
    row_index              integer NOT NULL,          -- 0-based data record
    source_system          text NOT NULL,
    dedupe_key             text,                      -- NULL for failed rows
    plaintiff_name         text,
    firm_name              text,
    short_name             text,
    contact_name           text,
    contact_email          text,
    contact_phone          text,
    contact_address        text,
    source_reference       text,
    raw_payload            jsonb NOT NULL DEFAULT '{}'::jsonb,
    status                 text NOT NULL DEFAULT 'pending'
                           CHECK (status IN ('pending', 'processing', 'promoted', 'failed', 'skipped', 'rolled_back')),
    -- What a rolled-back row was, so reconciliation and audit still know.
    status_before_rollback text,
    error_code             text,
    error_message          text,
    duplicate_of           bigint,                    -- the live raw row a skipped row duplicates
    plaintiff_id           uuid,                      -- the public.plaintiffs row it became
    created_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT plaintiffs_raw_run_row_uq UNIQUE (import_run_id, row_index)
);

-- Row-level idempotency: at most one live row per dedupe key. Rolled-back
-- rows leave the index and release their key.
CREATE UNIQUE INDEX plaintiffs_raw_live_key_uq
    ON ingest.plaintiffs_raw (dedupe_key)
    WHERE status IN ('pending', 'promoted');

CREATE TABLE public.plaintiffs (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plaintiff_name   text NOT NULL,
    firm_name        text,
    short_name       text,
    contact_name     text,
    contact_email    text,
    contact_phone    text,
    contact_address  text,
    source_reference text,
    source_system    text,
    dedupe_key       text NOT NULL,
    import_run_id    uuid,
    raw_id           bigint,
    created_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz,                    -- NULL = live
    deleted_reason   text
);

CREATE UNIQUE INDEX plaintiffs_live_key_uq
    ON public.plaintiffs (dedupe_key)
    WHERE deleted_at IS NULL;

-- ---------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------

-- Reported counts (what the importer wrote on the run) against the rows
-- actually stored. A rolled-back row counts as what it was before.
CREATE VIEW ingest.v_import_reconciliation AS
SELECT r.id,
       r.id AS import_run_id,
       r.filename,
       r.source_system,
       r.status,
       r.created_at,
       r.rows_fetched::bigint  AS reported_fetched,
       r.rows_inserted::bigint AS reported_inserted,
       r.rows_skipped::bigint  AS reported_skipped,
       r.rows_errored::bigint  AS reported_errored,
       a.actual_total,
       a.actual_inserted,
       a.actual_skipped,
       a.actual_errored,
       r.rows_fetched  - a.actual_total    AS fetched_discrepancy,
       r.rows_inserted - a.actual_inserted AS inserted_discrepancy,
       r.rows_skipped  - a.actual_skipped  AS skipped_discrepancy,
       r.rows_errored  - a.actual_errored  AS errored_discrepancy,
       (r.rows_fetched = a.actual_total
        AND r.rows_inserted = a.actual_inserted
        AND r.rows_skipped = a.actual_skipped
        AND r.rows_errored = a.actual_errored
        AND r.rows_fetched = r.rows_inserted + r.rows_skipped + r.rows_errored) AS is_reconciled
FROM ingest.import_runs r
CROSS JOIN LATERAL (
    SELECT count(*) AS actual_total,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted')) AS actual_inserted,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'skipped') AS actual_skipped,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'failed') AS actual_errored
    FROM ingest.plaintiffs_raw x
    WHERE x.import_run_id = r.id
) a;

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
       (r.error_details ->> 'rolled_back_at')::timestamptz AS rolled_back_at
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

-- Skipped rows (also after a rollback) and the row each one duplicates.
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
       o.row_index     AS duplicate_of_row_index,
       orun.filename   AS duplicate_of_filename
FROM ingest.plaintiffs_raw s
JOIN ingest.import_runs run ON run.id = s.import_run_id
LEFT JOIN ingest.plaintiffs_raw o ON o.id = s.duplicate_of
LEFT JOIN ingest.import_runs orun ON orun.id = o.import_run_id
WHERE coalesce(s.status_before_rollback, s.status) = 'skipped';

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
       s.source_system
FROM ingest.plaintiffs_raw s
JOIN ingest.import_runs run ON run.id = s.import_run_id
WHERE coalesce(s.status_before_rollback, s.status) = 'failed';

-- ---------------------------------------------------------------------------
-- Functions
-- ---------------------------------------------------------------------------

-- Claim a batch (SPEC §2.2). Claims of one batch are serialized by a
-- transaction-level advisory lock. The live importer holds a SESSION-level
-- advisory lock on (2, hash of the identity) for the whole import: if a
-- 'processing' run exists and that lock can be taken, its importer is gone
-- (crash, kill -9, lost connection) and this claim takes the batch over.
-- On 'claimed' the caller's session keeps that lock until it unlocks.
CREATE FUNCTION ingest.claim_import_run(
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
    v_identity text;
    v_lock_key integer;
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

    v_identity := v_source || chr(31) || coalesce(v_batch, '') || chr(31) || p_hash;
    v_lock_key := pg_catalog.hashtext(v_identity);
    PERFORM pg_catalog.pg_advisory_xact_lock(1, v_lock_key);

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
            IF pg_catalog.pg_try_advisory_lock(2, v_lock_key) THEN
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
            PERFORM pg_catalog.pg_advisory_unlock(2, v_lock_key);
            SELECT * INTO v_run FROM ingest.import_runs r WHERE r.id = v_run.id;
            IF v_run.status = 'completed' THEN
                RETURN QUERY SELECT 'duplicate'::text, v_run.id, v_run.status, v_run.imported_by, v_run.created_at;
                RETURN;
            END IF;
            -- It failed on its own meanwhile: the batch is free; claim it.
            PERFORM pg_catalog.pg_try_advisory_lock(2, v_lock_key);
        END IF;
    ELSE
        -- A hash collision with another live batch's lock does not block this
        -- claim: the lock then only protects the other batch.
        PERFORM pg_catalog.pg_try_advisory_lock(2, v_lock_key);
    END IF;

    INSERT INTO ingest.import_runs AS r
        (source_system, source_batch_id, file_hash, filename, file_kind, status, imported_by, started_at)
    VALUES (v_source, v_batch, p_hash, p_filename, coalesce(p_kind, 'csv'), 'processing',
            coalesce(nullif(trim(p_imported_by), ''), session_user::text), now())
    RETURNING * INTO v_run;

    RETURN QUERY SELECT 'claimed'::text, v_run.id, v_run.status, v_run.imported_by, v_run.created_at;
END;
$$;

CREATE FUNCTION ingest.reconcile_import_run(p_run_id uuid)
RETURNS TABLE (
    run_id               uuid,
    status               text,
    reported_fetched     bigint,
    reported_inserted    bigint,
    reported_skipped     bigint,
    reported_errored     bigint,
    actual_total         bigint,
    actual_inserted      bigint,
    actual_skipped       bigint,
    actual_errored       bigint,
    fetched_discrepancy  bigint,
    inserted_discrepancy bigint,
    skipped_discrepancy  bigint,
    errored_discrepancy  bigint,
    is_reconciled        boolean
)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT v.id, v.status, v.reported_fetched, v.reported_inserted, v.reported_skipped,
           v.reported_errored, v.actual_total, v.actual_inserted, v.actual_skipped,
           v.actual_errored, v.fetched_discrepancy, v.inserted_discrepancy,
           v.skipped_discrepancy, v.errored_discrepancy, v.is_reconciled
    FROM ingest.v_import_reconciliation v
    WHERE v.id = p_run_id;
$$;

-- Used by the importer's session, inside its transaction: write the counts,
-- mark the run completed and return its reconciliation. The caller commits
-- only when it reconciles. Only a processing run can be finished.
CREATE FUNCTION ingest.finish_import_run(
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

-- Record a processing run as failed (after its rows were rolled back).
CREATE FUNCTION ingest.fail_import_run(p_run_id uuid, p_code text, p_message text)
RETURNS void
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    UPDATE ingest.import_runs r
    SET status = 'failed',
        finished_at = now(),
        rows_fetched = 0, rows_inserted = 0, rows_skipped = 0, rows_errored = 0,
        promoted = false,
        error_details = jsonb_build_object('code', p_code, 'message', p_message)
    WHERE r.id = p_run_id AND r.status = 'processing';
$$;

-- Undo promotion of a run that is still being imported (same transaction):
-- used when rows were landed directly as 'promoted' but the import ends
-- with "do not promote".
CREATE FUNCTION ingest.unpromote_processing_run(p_run_id uuid)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_count bigint;
BEGIN
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

-- Promote pending rows (of one run, or of all runs) into public.plaintiffs.
-- Idempotent and concurrency-safe: a key already live in public.plaintiffs
-- is not inserted twice; the raw row is linked to the live plaintiff.
CREATE FUNCTION ingest.promote_pending(p_run_id uuid DEFAULT NULL)
RETURNS TABLE (runs bigint, promoted bigint)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_runs     uuid[];
    v_promoted bigint;
BEGIN
    INSERT INTO public.plaintiffs
        (plaintiff_name, firm_name, short_name, contact_name, contact_email, contact_phone,
         contact_address, source_reference, source_system, dedupe_key, import_run_id, raw_id)
    SELECT x.plaintiff_name, x.firm_name, x.short_name, x.contact_name, x.contact_email,
           x.contact_phone, x.contact_address, x.source_reference, x.source_system,
           x.dedupe_key, x.import_run_id, x.id
    FROM ingest.plaintiffs_raw x
    WHERE x.status = 'pending'
      AND (p_run_id IS NULL OR x.import_run_id = p_run_id)
    ORDER BY x.dedupe_key
    ON CONFLICT (dedupe_key) WHERE deleted_at IS NULL DO NOTHING;

    WITH linked AS (
        UPDATE ingest.plaintiffs_raw x
        SET status = 'promoted', plaintiff_id = p.id
        FROM public.plaintiffs p
        WHERE x.status = 'pending'
          AND (p_run_id IS NULL OR x.import_run_id = p_run_id)
          AND p.dedupe_key = x.dedupe_key
          AND p.deleted_at IS NULL
        RETURNING x.import_run_id
    )
    SELECT array_agg(DISTINCT l.import_run_id), count(*) INTO v_runs, v_promoted FROM linked l;

    UPDATE ingest.import_runs r
    SET promoted = true
    WHERE r.id = ANY (coalesce(v_runs, '{}'))
      AND NOT EXISTS (SELECT 1 FROM ingest.plaintiffs_raw x
                      WHERE x.import_run_id = r.id AND x.status = 'pending');

    RETURN QUERY SELECT coalesce(cardinality(v_runs), 0)::bigint, v_promoted;
END;
$$;

-- Soft-delete a completed run (SPEC §2.10): records why, who and when, marks
-- its rows rolled_back (remembering what they were) and takes the plaintiffs
-- it promoted out of production. Its dedupe keys are released.
CREATE FUNCTION ingest.rollback_import_run(p_run_id uuid, p_reason text, p_actor text DEFAULT NULL)
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
        error_details = r.error_details || jsonb_build_object(
            'rollback_reason', v_reason,
            'rolled_back_by', coalesce(nullif(trim(p_actor), ''), session_user::text),
            'rolled_back_db_user', session_user::text,
            'rolled_back_at', v_now)
    WHERE r.id = p_run_id;

    RETURN QUERY SELECT p_run_id, v_rows, v_removed;
END;
$$;

-- ---------------------------------------------------------------------------
-- Least privilege
-- ---------------------------------------------------------------------------

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'intake_operator') THEN
        CREATE ROLE intake_operator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'intake_manager') THEN
        CREATE ROLE intake_manager NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'intake_admin') THEN
        CREATE ROLE intake_admin NOLOGIN;
    END IF;
END;
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA ingest FROM PUBLIC;
REVOKE ALL ON TABLE public.plaintiffs FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.claim_import_run(text, text, text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.reconcile_import_run(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.finish_import_run(uuid, bigint, bigint, bigint, bigint, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.fail_import_run(uuid, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.unpromote_processing_run(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.promote_pending(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.rollback_import_run(uuid, text, text) FROM PUBLIC;

-- Read: managers (and everyone above them).
GRANT USAGE ON SCHEMA ingest TO intake_operator, intake_manager, intake_admin;
GRANT SELECT ON ingest.v_import_runs_summary, ingest.v_import_reconciliation,
                ingest.v_blocked_duplicates, ingest.v_errored_rows
    TO intake_operator, intake_manager, intake_admin;
GRANT SELECT ON ingest.import_runs, ingest.plaintiffs_raw, public.plaintiffs
    TO intake_operator, intake_manager, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.reconcile_import_run(uuid)
    TO intake_operator, intake_manager, intake_admin;

-- Import: the bulk path writes landing rows itself (COPY + set-based
-- INSERT); run status changes go through the functions only.
GRANT INSERT, UPDATE ON ingest.plaintiffs_raw TO intake_operator, intake_admin;
GRANT INSERT ON public.plaintiffs TO intake_operator, intake_admin;
GRANT EXECUTE ON FUNCTION ingest.claim_import_run(text, text, text, text, text, text),
                          ingest.finish_import_run(uuid, bigint, bigint, bigint, bigint, boolean),
                          ingest.fail_import_run(uuid, text, text),
                          ingest.unpromote_processing_run(uuid)
    TO intake_operator, intake_admin;

-- Admin only: promote later, roll back.
GRANT EXECUTE ON FUNCTION ingest.promote_pending(uuid),
                          ingest.rollback_import_run(uuid, text, text)
    TO intake_admin;
