#!/usr/bin/env bash
# The embedded backend's baseline for scripts/bench.sh: the sqlite3 shell
# imports the same records as the import (bench-data/baseline_N.all-records.tsv:
# pre-keyed, pre-classified) into the same schema (migrations/sqlite/*.sql on a
# fresh file), with the engine's page size, WAL, synchronous = NORMAL and
# session page cache, in one transaction: every record becomes a
# plaintiffs_raw row (skipped rows point at the live row they duplicate,
# promoted rows get a time-ordered plaintiff id) and every promoted row a
# plaintiffs row. One pass, through an INSTEAD OF trigger on a view, so the
# shell stages nothing.
#   scripts/sqlite_shell_baseline.sh TSV DBFILE CACHE_KIB
set -euo pipefail
cd "$(dirname "$0")/.."
TSV=$1; DB=$2; CACHE_KIB=${3:-16384}
rm -f "$DB" "$DB-wal" "$DB-shm"
# The engine's own uuid v7 expression (storage/sqlite/promote.rs).
UUID="lower(printf('%s-%s-7%s-%s%s-%s', substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 1, 8), substr(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)), 9, 4), substr(hex(randomblob(2)), 2), substr('89ab', 1 + (abs(random()) % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6))))"
{
  echo "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL;"
  cat migrations/sqlite/[0-9]*.sql
  cat <<SQL
INSERT INTO import_runs (id, source_system, file_hash, filename, file_kind, imported_by, created_at)
VALUES ('00000000-0000-7000-8000-000000000000', 'bench', 'baseline', 'baseline.tsv', 'csv', 'bench',
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
CREATE VIEW bench_landing (row_index, dedupe_key, status, plaintiff_name, firm_name, contact_email,
                           contact_phone, contact_address, source_reference, raw_payload)
    AS SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL;
CREATE TRIGGER bench_landing_insert INSTEAD OF INSERT ON bench_landing BEGIN
    INSERT INTO plaintiffs_raw (import_run_id, source_system, created_at, row_index, dedupe_key,
                                plaintiff_name, firm_name, contact_email, contact_phone,
                                contact_address, source_reference, raw_payload, line, status,
                                error_code, duplicate_of, plaintiff_id)
    VALUES ('00000000-0000-7000-8000-000000000000', 'bench', '2026-01-01T00:00:00.000000Z',
            NEW.row_index, nullif(NEW.dedupe_key, '\N'), nullif(NEW.plaintiff_name, ''),
            nullif(NEW.firm_name, ''), nullif(NEW.contact_email, ''), nullif(NEW.contact_phone, ''),
            nullif(NEW.contact_address, ''), nullif(NEW.source_reference, ''), NEW.raw_payload,
            NEW.row_index + 2, NEW.status,
            CASE WHEN NEW.status = 'failed' THEN 'missing_required' END,
            CASE WHEN NEW.status = 'skipped' THEN
                (SELECT l.id FROM plaintiffs_raw l
                  WHERE l.dedupe_key = NEW.dedupe_key AND l.status IN ('pending', 'promoted')) END,
            CASE WHEN NEW.status = 'promoted' THEN $UUID END);
    INSERT INTO plaintiffs (id, plaintiff_name, firm_name, short_name, contact_name, contact_email,
                            contact_phone, contact_address, source_reference, source_system,
                            dedupe_key, import_run_id, raw_id, created_at)
    SELECT plaintiff_id, plaintiff_name, firm_name, short_name, contact_name, contact_email,
           contact_phone, contact_address, source_reference, source_system, dedupe_key,
           import_run_id, id, created_at
      FROM plaintiffs_raw WHERE id = last_insert_rowid() AND status = 'promoted';
END;
SQL
} | sqlite3 "$DB" >/dev/null
# Timed part: a new connection with the session's settings, one transaction.
sqlite3 "$DB" >/dev/null <<SQL
PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA temp_store = memory;
PRAGMA cache_size = -$CACHE_KIB;
.mode tabs
BEGIN IMMEDIATE;
.import $TSV bench_landing
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
