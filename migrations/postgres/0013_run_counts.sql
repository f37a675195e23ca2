-- History at scale (issue 12 point 3): the runs list and a run's page read
-- counts kept on the run instead of recounting every run's raw rows on each
-- listing (4 runs of 4M rows took seconds; 1,000 runs of 20M rows must list
-- in milliseconds).
--
-- ingest.import_runs gains the run's rows as counted while they change
-- (`tally_*`):
--   * when a run ends (its status changes), in the transaction that ends it:
--     a completed run's tallies are its reported counts, which the importer
--     checked against its rows (ingest.finish_import_run's reconciliation)
--     before committing; pending/promoted follow its `promoted` flag. A
--     failed run kept no rows; a rolled-back run keeps its counts by status
--     before the rollback and has nothing pending or promoted.
--   * afterwards, statement-level triggers with transition tables on
--     ingest.plaintiffs_raw UPDATE and DELETE move them (promotion, rollback,
--     a hard delete). Landing only INSERTs, which fires nothing: an import is
--     not slowed down. Rows of a processing run are not counted (nobody else
--     sees them; the run's end sets its tallies).
-- ingest.v_import_runs_summary keeps its columns and reads the tallies:
-- `is_reconciled` compares the reported counts with them, so a hard delete
-- shows at once. ingest.reconcile_import_run / v_import_reconciliation still
-- count the rows themselves: they find any drift (e.g. rows inserted by hand
-- into a finished run). ingest.recount_import_runs sets the tallies of some
-- runs from their rows again (the export into a team database uses it).
--
-- Errored rows and blocked duplicates are paged by (run, row_index): two
-- partial indexes hold just those rows (~12% of a typical file).

ALTER TABLE ingest.import_runs
    ADD COLUMN tally_total    bigint NOT NULL DEFAULT 0,
    ADD COLUMN tally_inserted bigint NOT NULL DEFAULT 0,
    ADD COLUMN tally_skipped  bigint NOT NULL DEFAULT 0,
    ADD COLUMN tally_errored  bigint NOT NULL DEFAULT 0,
    ADD COLUMN tally_pending  bigint NOT NULL DEFAULT 0,
    ADD COLUMN tally_promoted bigint NOT NULL DEFAULT 0;

-- The tallies of the given runs (all runs when NULL) counted from their rows.
-- Returns how many runs were recounted.
CREATE FUNCTION ingest.recount_import_runs(p_run_ids uuid[] DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

SELECT ingest.recount_import_runs(NULL);

-- A run's tallies when its status changes (or it is inserted, as the export
-- into a team database does).
CREATE FUNCTION ingest.set_run_tallies_on_status()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
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

CREATE TRIGGER import_runs_tallies_on_status
BEFORE INSERT OR UPDATE OF status ON ingest.import_runs
FOR EACH ROW EXECUTE FUNCTION ingest.set_run_tallies_on_status();

-- Moves the tallies of finished runs by the rows an UPDATE changed
-- (promotion, rollback), or a DELETE removed.
CREATE FUNCTION ingest.tally_updated_raw_rows()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

CREATE FUNCTION ingest.tally_deleted_raw_rows()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
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

CREATE TRIGGER plaintiffs_raw_update_moves_run_tallies
AFTER UPDATE ON ingest.plaintiffs_raw
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.tally_updated_raw_rows();

CREATE TRIGGER plaintiffs_raw_delete_moves_run_tallies
AFTER DELETE ON ingest.plaintiffs_raw
REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION ingest.tally_deleted_raw_rows();

-- Same columns as before; the counts are the tallies.
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
            ELSE r.rows_fetched = r.tally_total
             AND r.rows_inserted = r.tally_inserted
             AND r.rows_skipped = r.tally_skipped
             AND r.rows_errored = r.tally_errored
             AND r.rows_fetched = r.rows_inserted + r.rows_skipped + r.rows_errored
       END AS is_reconciled,
       r.tally_pending AS rows_pending,
       r.tally_promoted AS rows_promoted,
       r.error_details ->> 'code' AS error_code,
       r.error_details ->> 'message' AS error_message,
       r.error_details ->> 'rollback_reason' AS rollback_reason,
       r.error_details ->> 'rolled_back_by' AS rolled_back_by,
       (r.error_details ->> 'rolled_back_at')::timestamptz AS rolled_back_at,
       r.client_user,
       r.error_details ->> 'rolled_back_client_user' AS rolled_back_client_user
FROM ingest.import_runs r;

-- A run's errored rows and blocked duplicates in file order, a page at a time.
CREATE INDEX plaintiffs_raw_errored_idx ON ingest.plaintiffs_raw (import_run_id, row_index)
    WHERE coalesce(status_before_rollback, status) = 'failed';
CREATE INDEX plaintiffs_raw_skipped_idx ON ingest.plaintiffs_raw (import_run_id, row_index)
    WHERE coalesce(status_before_rollback, status) = 'skipped';
-- The history filtered by source, newest first.
CREATE INDEX import_runs_source_created_idx ON ingest.import_runs (source_system, created_at DESC);

REVOKE ALL ON FUNCTION ingest.recount_import_runs(uuid[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.set_run_tallies_on_status() FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.tally_updated_raw_rows() FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.tally_deleted_raw_rows() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.recount_import_runs(uuid[]) TO intake_admin;
