-- File lines for blocked duplicates (issue 10 point 7): the skipped row's
-- line and the line of the row it duplicates, as a spreadsheet program shows
-- them. Same columns as before, the two lines added at the end; `row_index`
-- stays the runbook's 0-based data record. NULL for rows landed before lines
-- were stored (0007).
CREATE OR REPLACE VIEW ingest.v_blocked_duplicates AS
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
       orun.filename   AS duplicate_of_filename,
       s.line,
       o.line          AS duplicate_of_line
FROM ingest.plaintiffs_raw s
JOIN ingest.import_runs run ON run.id = s.import_run_id
LEFT JOIN ingest.plaintiffs_raw o ON o.id = s.duplicate_of
LEFT JOIN ingest.import_runs orun ON orun.id = o.import_run_id
WHERE coalesce(s.status_before_rollback, s.status) = 'skipped';
