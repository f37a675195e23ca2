-- The file line of each landed row (issue 10 point 7): the line a clerk sees
-- in a spreadsheet program (header and title lines counted; for Excel the
-- sheet row). `row_index` stays the runbook's 0-based data record. NULL for
-- rows landed before this migration.
ALTER TABLE ingest.plaintiffs_raw ADD COLUMN IF NOT EXISTS line integer;

-- Same columns as before, `line` added at the end.
CREATE OR REPLACE VIEW ingest.v_errored_rows AS
SELECT s.id AS raw_id,
       s.import_run_id,
       run.filename,
       s.row_index,
       s.plaintiff_name,
       s.error_code,
       s.error_message,
       s.status,
       s.created_at,
       s.source_system,
       s.line
FROM ingest.plaintiffs_raw s
JOIN ingest.import_runs run ON run.id = s.import_run_id
WHERE coalesce(s.status_before_rollback, s.status) = 'failed';
