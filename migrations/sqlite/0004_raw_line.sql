-- The file line of each landed row (issue 10 point 7): the line a clerk sees
-- in a spreadsheet program (header and title lines counted; for Excel the
-- sheet row). `row_index` stays the runbook's 0-based data record. NULL for
-- rows landed before this migration.
ALTER TABLE plaintiffs_raw ADD COLUMN line INTEGER;

-- Same columns as before, `line` added at the end.
DROP VIEW v_errored_rows;
CREATE VIEW v_errored_rows AS
SELECT
    p.import_run_id,
    r.filename,
    p.row_index,
    p.plaintiff_name,
    p.error_code,
    p.error_message,
    p.created_at,
    p.source_system,
    p.line
FROM plaintiffs_raw p
JOIN import_runs r ON r.id = p.import_run_id
WHERE coalesce(p.status_before_rollback, p.status) = 'failed';
