-- History at scale (issue 12 point 3): any page of a run's errored rows or
-- blocked duplicates without walking every row before it (OFFSET). Each
-- run keeps marks: the row_index of every 100th of its errored rows (kind
-- 'failed') and of its blocked duplicates (kind 'skipped'), in file order,
-- by their position among them (`ordinal`, from 0). A page at position p
-- seeks the mark at or before p and walks at most 99 rows from it.
--
-- `of_rows` is how many rows of the kind the run had when marked; a reader
-- uses the marks only while it equals the run's kept count (`tally_errored`
-- / `tally_skipped`, 0009), else walks from the start (slower, still exact).
-- Marks are made when a run completes (trigger below, in the transaction
-- that completes it) and here for the runs there are. A rollback keeps the
-- rows' status before the rollback: the marks stay.

CREATE TABLE run_row_marks (
    import_run_id TEXT    NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('failed', 'skipped')),
    ordinal       INTEGER NOT NULL,
    row_index     INTEGER NOT NULL,
    of_rows       INTEGER NOT NULL,
    PRIMARY KEY (import_run_id, kind, ordinal)
) WITHOUT ROWID;

INSERT INTO run_row_marks (import_run_id, kind, ordinal, row_index, of_rows)
SELECT import_run_id, kind, ordinal, row_index, of_rows
  FROM (SELECT s.import_run_id, coalesce(s.status_before_rollback, s.status) AS kind, s.row_index,
               row_number() OVER w - 1 AS ordinal,
               count(*) OVER (PARTITION BY s.import_run_id, coalesce(s.status_before_rollback, s.status))
                   AS of_rows
          FROM plaintiffs_raw s
          JOIN import_runs r ON r.id = s.import_run_id AND r.status <> 'processing'
         WHERE coalesce(s.status_before_rollback, s.status) IN ('failed', 'skipped')
        WINDOW w AS (PARTITION BY s.import_run_id, coalesce(s.status_before_rollback, s.status)
                     ORDER BY s.row_index))
 WHERE ordinal > 0 AND ordinal % 100 = 0;

CREATE TRIGGER import_runs_mark_rows_on_completion
AFTER UPDATE OF status ON import_runs
FOR EACH ROW WHEN NEW.status = 'completed' AND OLD.status IS NOT 'completed'
BEGIN
    DELETE FROM run_row_marks WHERE import_run_id = NEW.id;
    INSERT INTO run_row_marks (import_run_id, kind, ordinal, row_index, of_rows)
    SELECT NEW.id, kind, ordinal, row_index, of_rows
      FROM (SELECT coalesce(s.status_before_rollback, s.status) AS kind, s.row_index,
                   row_number() OVER w - 1 AS ordinal,
                   count(*) OVER (PARTITION BY coalesce(s.status_before_rollback, s.status))
                       AS of_rows
              FROM plaintiffs_raw s
             WHERE s.import_run_id = NEW.id
               AND coalesce(s.status_before_rollback, s.status) IN ('failed', 'skipped')
            WINDOW w AS (PARTITION BY coalesce(s.status_before_rollback, s.status)
                         ORDER BY s.row_index))
     WHERE ordinal > 0 AND ordinal % 100 = 0;
END;
