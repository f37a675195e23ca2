-- History at scale (issue 12 point 3): any page of a run's errored rows or
-- blocked duplicates in < 100 ms, however deep. OFFSET walks every row before
-- the page (537 ms at a deep offset of a 1M-row run), so each run keeps
-- marks: the row_index of every 100th of its errored rows (kind 'failed')
-- and of its blocked duplicates (kind 'skipped'), in file order, by their
-- position among them (`ordinal`, from 0). A page at position p seeks the
-- mark at or before p and walks at most 99 rows from it.
--
-- `of_rows` is how many rows of the kind the run had when marked. A reader
-- uses the marks only while it equals the run's kept count (`tally_errored`
-- / `tally_skipped`, 0013): rows deleted or re-statused afterwards move the
-- tally, and the page falls back to walking from the start (slower, still
-- exact). Marks are made when a run completes (trigger below, in the
-- transaction that completes it), by the export into a team database
-- (after it recounts the runs it wrote), and here for the runs there are.
-- A rollback keeps the rows' status before the rollback: the marks stay.

CREATE TABLE ingest.run_row_marks (
    import_run_id uuid   NOT NULL REFERENCES ingest.import_runs (id) ON DELETE CASCADE,
    kind          text   NOT NULL CHECK (kind IN ('failed', 'skipped')),
    ordinal       bigint NOT NULL,
    row_index     bigint NOT NULL,
    of_rows       bigint NOT NULL,
    PRIMARY KEY (import_run_id, kind, ordinal)
);

-- (Re)marks the given runs (all finished runs when NULL); returns how many
-- marks were written. Each kind is read through its partial index (0013).
CREATE FUNCTION ingest.mark_run_rows(p_run_ids uuid[] DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_failed  bigint;
    v_skipped bigint;
BEGIN
    DELETE FROM ingest.run_row_marks m
    WHERE p_run_ids IS NULL OR m.import_run_id = ANY (p_run_ids);

    INSERT INTO ingest.run_row_marks (import_run_id, kind, ordinal, row_index, of_rows)
    SELECT x.import_run_id, 'failed', x.ordinal, x.row_index, x.of_rows
    FROM (
        SELECT s.import_run_id, s.row_index,
               row_number() OVER (PARTITION BY s.import_run_id ORDER BY s.row_index) - 1 AS ordinal,
               count(*) OVER (PARTITION BY s.import_run_id) AS of_rows
        FROM ingest.plaintiffs_raw s
        JOIN ingest.import_runs r ON r.id = s.import_run_id
        WHERE coalesce(s.status_before_rollback, s.status) = 'failed'
          AND r.status <> 'processing'
          AND (p_run_ids IS NULL OR s.import_run_id = ANY (p_run_ids))
    ) x
    WHERE x.ordinal > 0 AND x.ordinal % 100 = 0;
    GET DIAGNOSTICS v_failed = ROW_COUNT;

    INSERT INTO ingest.run_row_marks (import_run_id, kind, ordinal, row_index, of_rows)
    SELECT x.import_run_id, 'skipped', x.ordinal, x.row_index, x.of_rows
    FROM (
        SELECT s.import_run_id, s.row_index,
               row_number() OVER (PARTITION BY s.import_run_id ORDER BY s.row_index) - 1 AS ordinal,
               count(*) OVER (PARTITION BY s.import_run_id) AS of_rows
        FROM ingest.plaintiffs_raw s
        JOIN ingest.import_runs r ON r.id = s.import_run_id
        WHERE coalesce(s.status_before_rollback, s.status) = 'skipped'
          AND r.status <> 'processing'
          AND (p_run_ids IS NULL OR s.import_run_id = ANY (p_run_ids))
    ) x
    WHERE x.ordinal > 0 AND x.ordinal % 100 = 0;
    GET DIAGNOSTICS v_skipped = ROW_COUNT;

    RETURN v_failed + v_skipped;
END;
$$;

CREATE FUNCTION ingest.mark_rows_of_completed_run()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM ingest.mark_run_rows(ARRAY[NEW.id]);
    RETURN NULL;
END;
$$;

CREATE TRIGGER import_runs_mark_rows_on_completion
AFTER UPDATE OF status ON ingest.import_runs
FOR EACH ROW WHEN (NEW.status = 'completed' AND OLD.status IS DISTINCT FROM 'completed')
EXECUTE FUNCTION ingest.mark_rows_of_completed_run();

SELECT ingest.mark_run_rows(NULL);

REVOKE ALL ON FUNCTION ingest.mark_run_rows(uuid[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest.mark_rows_of_completed_run() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ingest.mark_run_rows(uuid[]) TO intake_admin;
GRANT SELECT ON ingest.run_row_marks TO intake_operator, intake_manager, intake_admin;
