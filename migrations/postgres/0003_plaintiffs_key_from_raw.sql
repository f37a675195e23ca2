-- Row-level idempotency lives on ONE index: the live dedupe key of
-- ingest.plaintiffs_raw (the runbook's "UNIQUE(dedupe_key) on plaintiffs_raw").
--
-- A public.plaintiffs row is only ever made from a live raw row (promotion
-- links the two both ways), and it stays live exactly as long as that raw row
-- does: a rollback soft-deletes both, and a hard delete of raw rows (the
-- runbook's "Hard Delete") soft-deletes their plaintiffs through the trigger
-- below. So at most one live plaintiff per key follows from the raw index, and
-- a second unique index on public.plaintiffs (dedupe_key) only doubled the
-- cost of every import: each one is a random 64-hex B-tree insert, measured at
-- ~6 s of a 16 s million-row import (scripts/bench.sh).
--
-- What this gives up: a plaintiff inserted into public.plaintiffs by hand,
-- not through an import, is no longer detected by later imports. Only the
-- importer roles may insert there.

-- Before this version a live plaintiff could exist without a live raw row of
-- its own (entered by hand and then linked by an import, or left behind by a
-- hard delete). Such a plaintiff would hold its key with no raw row guarding
-- it, so a later import could store it twice. Refuse to upgrade until they are
-- dealt with (README, "Upgrading to one dedupe index").
DO $$
DECLARE
    v_orphans bigint;
BEGIN
    SELECT count(*) INTO v_orphans
    FROM public.plaintiffs p
    WHERE p.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM ingest.plaintiffs_raw x
                      WHERE x.id = p.raw_id AND x.plaintiff_id = p.id AND x.status = 'promoted');
    IF v_orphans > 0 THEN
        RAISE EXCEPTION 'Cannot upgrade: % live plaintiff(s) in public.plaintiffs have no promoted ingest.plaintiffs_raw row of their own (entered by hand, or their raw row was deleted). Import them through intake or soft-delete them (set deleted_at), then run intake migrate again; the README section "Upgrading to one dedupe index" lists them.', v_orphans
            USING ERRCODE = 'IN005';
    END IF;
END;
$$;

DROP INDEX IF EXISTS public.plaintiffs_live_key_uq;

-- Promote pending rows (of one run, or of all runs). Concurrency-safe without
-- a unique index on the plaintiffs: the UPDATE takes each pending raw row's
-- lock, so two promoters never both see a row as pending, and each promoted
-- raw row gets exactly one plaintiff (its key is already the one live key).
CREATE OR REPLACE FUNCTION ingest.promote_pending(p_run_id uuid DEFAULT NULL)
RETURNS TABLE (runs bigint, promoted bigint)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

REVOKE ALL ON FUNCTION ingest.promote_pending(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.promote_pending(uuid) TO intake_admin;

-- The runbook's hard delete removes raw rows (normally of a run already
-- rolled back). If a run's rows are deleted while they are still live, their
-- plaintiffs leave production with them: otherwise the key would be free in
-- the raw table while a live plaintiff still holds it, and a re-import would
-- store that plaintiff twice. A statement trigger: one UPDATE per DELETE, and
-- nothing at all on the import path (which never deletes raw rows).
CREATE FUNCTION ingest.retire_plaintiffs_of_deleted_raw_rows()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

REVOKE ALL ON FUNCTION ingest.retire_plaintiffs_of_deleted_raw_rows() FROM PUBLIC;

CREATE TRIGGER plaintiffs_raw_hard_delete_retires_plaintiffs
    AFTER DELETE ON ingest.plaintiffs_raw
    REFERENCING OLD TABLE AS deleted_raw_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION ingest.retire_plaintiffs_of_deleted_raw_rows();
