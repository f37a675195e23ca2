-- History at scale (issue 12 point 3): the runs list reads counts kept on
-- the run instead of recounting every run's raw rows on each listing.
--
-- import_runs gains its rows as counted while they change (`tally_*`): when
-- a run's status changes (trigger below, in the transaction that changes
-- it) a completed run's tallies are its reported counts, which the importer
-- checked against its rows before committing; a failed run kept none; a
-- rolled-back run keeps its counts by status before the rollback and has
-- nothing pending or promoted. `intake promote` moves pending to promoted
-- in its own transaction, and a hard delete of raw rows is counted by a
-- trigger. v_import_runs_summary keeps its columns and reads the tallies;
-- v_import_reconciliation still counts the rows themselves.

ALTER TABLE import_runs ADD COLUMN tally_total    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN tally_inserted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN tally_skipped  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN tally_errored  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN tally_pending  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_runs ADD COLUMN tally_promoted INTEGER NOT NULL DEFAULT 0;

UPDATE import_runs
   SET tally_total = (SELECT count(*) FROM plaintiffs_raw p WHERE p.import_run_id = import_runs.id),
       tally_inserted = (SELECT count(*) FROM plaintiffs_raw p WHERE p.import_run_id = import_runs.id
                           AND coalesce(p.status_before_rollback, p.status) IN ('pending', 'promoted')),
       tally_skipped = (SELECT count(*) FROM plaintiffs_raw p WHERE p.import_run_id = import_runs.id
                          AND coalesce(p.status_before_rollback, p.status) = 'skipped'),
       tally_errored = (SELECT count(*) FROM plaintiffs_raw p WHERE p.import_run_id = import_runs.id
                          AND coalesce(p.status_before_rollback, p.status) = 'failed'),
       tally_pending = (SELECT count(*) FROM plaintiffs_raw p WHERE p.import_run_id = import_runs.id
                          AND p.status = 'pending'),
       tally_promoted = (SELECT count(*) FROM plaintiffs_raw p WHERE p.import_run_id = import_runs.id
                           AND p.status = 'promoted')
 WHERE status <> 'processing';

CREATE TRIGGER import_runs_tallies_on_status
AFTER UPDATE OF status ON import_runs
FOR EACH ROW WHEN OLD.status IS NOT NEW.status
BEGIN
    UPDATE import_runs
       SET tally_total    = CASE NEW.status WHEN 'completed' THEN NEW.rows_fetched
                                            WHEN 'rolled_back' THEN OLD.tally_total ELSE 0 END,
           tally_inserted = CASE NEW.status WHEN 'completed' THEN NEW.rows_inserted
                                            WHEN 'rolled_back' THEN OLD.tally_inserted ELSE 0 END,
           tally_skipped  = CASE NEW.status WHEN 'completed' THEN NEW.rows_skipped
                                            WHEN 'rolled_back' THEN OLD.tally_skipped ELSE 0 END,
           tally_errored  = CASE NEW.status WHEN 'completed' THEN NEW.rows_errored
                                            WHEN 'rolled_back' THEN OLD.tally_errored ELSE 0 END,
           tally_pending  = CASE WHEN NEW.status = 'completed' AND NOT NEW.promoted
                                 THEN NEW.rows_inserted ELSE 0 END,
           tally_promoted = CASE WHEN NEW.status = 'completed' AND NEW.promoted
                                 THEN NEW.rows_inserted ELSE 0 END
     WHERE id = NEW.id;
END;

CREATE TRIGGER plaintiffs_raw_delete_moves_run_tallies
AFTER DELETE ON plaintiffs_raw
FOR EACH ROW
BEGIN
    UPDATE import_runs
       SET tally_total    = tally_total - 1,
           tally_inserted = tally_inserted
               - (coalesce(OLD.status_before_rollback, OLD.status) IN ('pending', 'promoted')),
           tally_skipped  = tally_skipped - (coalesce(OLD.status_before_rollback, OLD.status) = 'skipped'),
           tally_errored  = tally_errored - (coalesce(OLD.status_before_rollback, OLD.status) = 'failed'),
           tally_pending  = tally_pending - (status = 'completed' AND OLD.status = 'pending'),
           tally_promoted = tally_promoted - (status = 'completed' AND OLD.status = 'promoted')
     WHERE id = OLD.import_run_id AND status <> 'processing';
END;

DROP VIEW v_import_runs_summary;
CREATE VIEW v_import_runs_summary AS
SELECT
    r.id,
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
    r.created_at,
    r.started_at,
    r.finished_at,
    round((julianday(r.finished_at) - julianday(coalesce(r.started_at, r.created_at))) * 86400.0, 3)
        AS duration_seconds,
    CASE WHEN r.status = 'processing' THEN NULL
         ELSE (r.rows_fetched = r.tally_total
               AND r.rows_inserted = r.tally_inserted
               AND r.rows_skipped = r.tally_skipped
               AND r.rows_errored = r.tally_errored) END AS is_reconciled,
    r.tally_pending AS rows_pending,
    r.error_details ->> '$.code'            AS error_code,
    r.error_details ->> '$.message'         AS error_message,
    r.error_details ->> '$.rollback_reason' AS rollback_reason,
    r.error_details ->> '$.rolled_back_by'  AS rolled_back_by,
    r.error_details ->> '$.rolled_back_at'  AS rolled_back_at
FROM import_runs r;

-- The history filtered by source, newest first.
CREATE INDEX import_runs_source_created_idx ON import_runs (source_system, created_at);
