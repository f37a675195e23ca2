-- Rollback finds a run's plaintiffs through its raw rows' `plaintiff_id`
-- (primary-key lookups), so this index only cost time on every promotion.
DROP INDEX IF EXISTS plaintiffs_import_run_idx;
