-- File lines for blocked duplicates (issue 10 point 7): the skipped row's
-- line and the line of the row it duplicates. Same columns as before, the
-- two lines added at the end. NULL for rows landed before lines were stored.
DROP VIEW v_blocked_duplicates;
CREATE VIEW v_blocked_duplicates AS
SELECT
    s.import_run_id,
    s.row_index,
    s.dedupe_key,
    s.plaintiff_name,
    s.source_system,
    r.filename,
    s.created_at,
    d.import_run_id AS duplicate_of_run_id,
    d.row_index     AS duplicate_of_row_index,
    dr.filename     AS duplicate_of_filename,
    s.line,
    d.line          AS duplicate_of_line
FROM plaintiffs_raw s
JOIN import_runs r ON r.id = s.import_run_id
LEFT JOIN plaintiffs_raw d ON d.id = s.duplicate_of
LEFT JOIN import_runs dr ON dr.id = d.import_run_id
WHERE coalesce(s.status_before_rollback, s.status) = 'skipped';
