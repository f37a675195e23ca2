#!/usr/bin/env bash
# History at scale (issue 12 point 3): a fresh PostgreSQL database holding
# 1,000 runs and N raw rows (default 20M) generated straight in SQL — one
# large run of min(1M, N/4) rows, the rest sharing the remainder; per run 2%
# errored rows, 10% blocked duplicates, the rest promoted; some runs failed
# (no rows) or rolled back. Then it times, against the targets:
#   (a) the history's first page: `intake runs --limit 20` (all, by source,
#       by status) — the CLI's wall time (process start and connection
#       included) and the engine's own time (examples/bench_history.rs);
#   (b) opening a run's page: summary + first page of errored rows + first
#       page of blocked duplicates, through the engine;
# and the baselines measured in the same invocation on the same data: the
# previous summary view (it recounted every run's rows on each listing) and
# the previous run page (every errored row and duplicate at once).
#   scripts/bench-history.sh [--rows N] [--runs N] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=20000000; RUNS=1000; KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2;;
    --runs) RUNS=$2; shift 2;;
    --keep) KEEP=1; shift;;
    *) echo "usage: $0 [--rows N] [--runs N] [--keep]" >&2; exit 2;;
  esac
done
# Two invocations: with --example, cargo builds no binary of the packages named.
cargo build --release -q -p intake-cli
cargo build --release -q -p intake-engine --example bench_history
INTAKE=$PWD/target/release/intake
BENCH=$PWD/target/release/examples/bench_history
DB=intake_hist_$$; ADMIN=postgres://postgres@127.0.0.1:5432/postgres; URL=postgres://postgres@127.0.0.1:5432/$DB
psql "$ADMIN" -qXc "CREATE DATABASE $DB" >/dev/null
if [ "$KEEP" = 1 ]; then echo "keeping database $DB"; else
  trap 'psql "$ADMIN" -qXc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null' EXIT
fi
"$INTAKE" --database "$URL" migrate >/dev/null

echo "== History at scale: $RUNS runs, $ROWS raw rows (PostgreSQL)"
start=$(date +%s.%N)
psql "$URL" -qX -v ON_ERROR_STOP=1 -v runs="$RUNS" -v rows="$ROWS" <<'SQL'
-- Runs: every 50th failed (no rows), every 40th rolled back; one large run.
CREATE TEMP TABLE bench_runs AS
WITH r AS (
    SELECT g AS n,
           CASE WHEN g % 50 = 7 THEN 'failed' WHEN g % 40 = 3 THEN 'rolled_back'
                ELSE 'completed' END AS status
    FROM generate_series(1, :runs) g
), sized AS (
    SELECT r.*,
           CASE WHEN r.status = 'failed' THEN 0
                WHEN r.n = :runs / 2 THEN least(1000000, :rows / 4)
                ELSE (:rows - least(1000000, :rows / 4))
                     / ((SELECT count(*) FROM r WHERE status <> 'failed') - 1) END AS nrows
    FROM r
)
SELECT gen_random_uuid() AS id, n, status, nrows,
       coalesce(sum(nrows) OVER (ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS first_id,
       (nrows + 49) / 50 AS errored, (nrows + 4) / 10 AS skipped
FROM sized;

INSERT INTO ingest.import_runs
    (id, source_system, file_hash, filename, file_kind, status, imported_by,
     rows_fetched, rows_inserted, rows_skipped, rows_errored, promoted, error_details,
     created_at, started_at, finished_at)
SELECT id, 'vendor' || lpad((n % 10)::text, 2, '0'), md5(n::text), 'file_' || n || '.csv', 'csv',
       status, 'bench', nrows, nrows - errored - skipped, skipped, errored, status <> 'failed',
       CASE status
           WHEN 'failed' THEN '{"code":"NOT_RECONCILED","message":"bench"}'::jsonb
           WHEN 'rolled_back' THEN jsonb_build_object('rollback_reason', 'bench',
               'rolled_back_by', 'bench', 'rolled_back_at', now())
           ELSE '{}'::jsonb END,
       now() - make_interval(mins => :runs - n), now() - make_interval(mins => :runs - n),
       now() - make_interval(mins => :runs - n) + interval '20 seconds'
FROM bench_runs;

-- Rows: explicit ids (first_id + i + 1), so a duplicate points at the row
-- before it (its live twin, same key).
INSERT INTO ingest.plaintiffs_raw
    (id, import_run_id, row_index, line, source_system, dedupe_key, plaintiff_name,
     raw_payload, status, status_before_rollback, error_code, error_message, duplicate_of)
SELECT r.first_id + i + 1, r.id, i, i + 2, 'vendor' || lpad((r.n % 10)::text, 2, '0'),
       CASE WHEN i % 50 = 0 THEN NULL
            WHEN i % 10 = 5 THEN 'k' || (r.first_id + i)
            ELSE 'k' || (r.first_id + i + 1) END,
       'Name ' || i,
       CASE WHEN i % 50 = 0 THEN jsonb_build_object('Name', 'Name ' || i, 'Email', 'not-an-email')
            ELSE '{}'::jsonb END,
       CASE WHEN r.status = 'rolled_back' THEN 'rolled_back'
            WHEN i % 50 = 0 THEN 'failed' WHEN i % 10 = 5 THEN 'skipped' ELSE 'promoted' END,
       CASE WHEN r.status <> 'rolled_back' THEN NULL
            WHEN i % 50 = 0 THEN 'failed' WHEN i % 10 = 5 THEN 'skipped' ELSE 'promoted' END,
       CASE WHEN i % 50 = 0 THEN 'INVALID_EMAIL' END,
       CASE WHEN i % 50 = 0 THEN 'contact_email is not an email address' END,
       CASE WHEN i % 10 = 5 THEN r.first_id + i END
FROM bench_runs r, generate_series(0, r.nrows - 1) i
WHERE r.nrows > 0;

SELECT setval('ingest.plaintiffs_raw_id_seq', (SELECT max(id) FROM ingest.plaintiffs_raw));
-- The marks a deep page seeks by (0015): the runs were written before their
-- rows here, as the export into a team database does; it marks them after.
SELECT ingest.mark_run_rows(NULL);
ANALYZE;

-- The baseline: the summary view as it was before 0013 (recounting).
CREATE SCHEMA bench;
CREATE VIEW bench.v_import_runs_summary_recount AS
SELECT r.id, r.source_system, r.status, r.created_at, r.rows_fetched,
    CASE WHEN r.status = 'processing' THEN NULL
         ELSE r.rows_fetched = a.actual_total AND r.rows_inserted = a.actual_inserted
          AND r.rows_skipped = a.actual_skipped AND r.rows_errored = a.actual_errored END AS is_reconciled,
    a.rows_pending, a.rows_promoted
FROM ingest.import_runs r
CROSS JOIN LATERAL (
    SELECT count(*) AS actual_total,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) IN ('pending', 'promoted')) AS actual_inserted,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'skipped') AS actual_skipped,
           count(*) FILTER (WHERE coalesce(x.status_before_rollback, x.status) = 'failed') AS actual_errored,
           count(*) FILTER (WHERE x.status = 'pending') AS rows_pending,
           count(*) FILTER (WHERE x.status = 'promoted') AS rows_promoted
    FROM ingest.plaintiffs_raw x WHERE x.import_run_id = r.id) a;
SQL
printf "generated in %.0f s: %s runs, %s raw rows, database %s\n" "$(echo "$(date +%s.%N) - $start" | bc)" \
  "$(psql "$URL" -qtAXc "SELECT count(*) FROM ingest.import_runs")" \
  "$(psql "$URL" -qtAXc "SELECT count(*) FROM ingest.plaintiffs_raw")" \
  "$(psql "$URL" -qtAXc "SELECT pg_size_pretty(pg_database_size(current_database()))")"
# The kept counts are what the rows say (checked once, on all runs).
psql "$URL" -qtAXc "SELECT 'runs whose kept counts differ from a recount: ' || count(*)
  FROM ingest.v_import_runs_summary v JOIN bench.v_import_runs_summary_recount b USING (id)
  WHERE (v.is_reconciled, v.rows_pending, v.rows_promoted) IS DISTINCT FROM (b.is_reconciled, b.rows_pending, b.rows_promoted)"

# Median wall time in ms of a command run 7 times (after one warm-up).
wall_ms() {
  "$@" >/dev/null
  local t=()
  for _ in 1 2 3 4 5 6 7; do
    local s=$(date +%s%N); "$@" >/dev/null; t+=($(( ($(date +%s%N) - s) / 1000 )))
  done
  printf '%s\n' "${t[@]}" | sort -n | sed -n 4p | awk '{ printf "%.1f", $1 / 1000 }'
}
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { printf "%s", (v < t) ? "ok" : "OVER" }'; }
# One timed psql statement (ms), output discarded.
sql_ms() {
  psql "$URL" -qtAX -c '\timing on' -c "$1" -o /dev/null | grep -o 'Time: [0-9.]*' | tail -1 | awk '{ printf "%.1f", $2 }'
}

SOURCE=$(psql "$URL" -qtAXc "SELECT source_system FROM ingest.import_runs ORDER BY created_at DESC LIMIT 1")
echo "-- (a) history, first page of 20 (target < 50 ms)"
for args in "" "--source $SOURCE" "--status rolled_back"; do
  ms=$(wall_ms "$INTAKE" --database "$URL" runs --limit 20 $args)
  printf "  intake runs --limit 20 %-22s %8s ms wall (process start + connect included)  %s\n" "$args" "$ms" "$(verdict "$ms" 50)"
done
new=$(sql_ms "SELECT * FROM ingest.v_import_runs_summary ORDER BY created_at DESC, id LIMIT 20")
old=$(sql_ms "SELECT * FROM bench.v_import_runs_summary_recount ORDER BY created_at DESC, id LIMIT 20")
printf "  SQL, first page: %s ms now; baseline (the recounting view before 0013): %s ms\n" "$new" "$old"

echo "-- engine (examples/bench_history.rs, median of 11)"
"$BENCH" "$URL"

LARGEST=$(psql "$URL" -qtAXc "SELECT id FROM ingest.import_runs ORDER BY rows_fetched DESC LIMIT 1")
echo "-- (b) baseline run page of the largest run: every errored row and duplicate at once (before 0013)"
old_err=$(sql_ms "SELECT import_run_id, row_index, filename, plaintiff_name, error_code, error_message, created_at, line FROM ingest.v_errored_rows WHERE import_run_id = '$LARGEST' ORDER BY row_index")
old_dup=$(sql_ms "SELECT * FROM ingest.v_blocked_duplicates WHERE import_run_id = '$LARGEST' ORDER BY row_index")
printf "  SQL: all errored rows %s ms + all duplicates %s ms (then every row into the page's DOM)\n" "$old_err" "$old_dup"
echo "-- streamed exports of the largest run (intake errors; constant memory)"
/usr/bin/time -f "%e %M" -o /tmp/bench-hist-time.$$ "$INTAKE" --database "$URL" errors "$LARGEST" --output /tmp/bench-hist-errors.$$.csv >/dev/null
read -r s m < /tmp/bench-hist-time.$$
printf "  intake errors: %s rows in %s s, peak RSS %.1f MB\n" "$(($(wc -l < /tmp/bench-hist-errors.$$.csv) - 1))" "$s" "$(echo "$m/1024" | bc -l)"
rm -f /tmp/bench-hist-time.$$ /tmp/bench-hist-errors.$$.csv
