#!/usr/bin/env bash
# Benchmark: generate a plaintiff CSV (default 1M rows, ~10% disguised
# duplicates, ~2% invalid), import it into a fresh database with the release
# build, and print seconds, rows/s, peak RSS, the ratio against `psql \copy`
# of the same records into a table of the landing shape (measured in the same
# run), and the time to re-import the same file (a duplicate batch).
# For the embedded backend the baseline is the sqlite3 shell importing the
# same records into the same schema (scripts/sqlite_shell_baseline.sh).
# Then it fuzzes the reading side for a fixed time (tests/fuzz_parse.rs;
# inputs that break a property are saved to its corpus, to be committed).
# With --history N it also times the history and a run's page on a fresh
# database of 1,000 runs and N raw rows (scripts/bench-history.sh).
# PostgreSQL also measures (pg_resent, pg_remote below): the same records
# re-sent under a new batch id (all already live: every row `skipped`)
# against the first import and against a bare \copy of those skipped rows;
# and the first import into a database behind a relay that delays each
# direction by half of --rtt-ms, against the local first import.
# --growth instead imports 10k, 100k, 1M and 5M rows on both backends (or
# --backend) and prints seconds, rows/s and peak RSS per size: the cost
# should be linear and the memory flat.
#   scripts/bench.sh [--rows N] [--backend postgres|sqlite|both|none] [--fuzz-seconds N]
#                    [--history N] [--rtt-ms N (default 20; 0 skips the remote run)] [--no-resent]
#   scripts/bench.sh --growth [--backend postgres|sqlite|both] [--sizes "10000 100000"]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=1000000; BACKEND=both; FUZZ_SECONDS=60; HISTORY_ROWS=; RTT_MS=20; RESENT=1
GROWTH=0; SIZES="10000 100000 1000000 5000000"
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2;;
    --backend) BACKEND=$2; shift 2;;
    --fuzz-seconds) FUZZ_SECONDS=$2; shift 2;;
    --history) HISTORY_ROWS=$2; shift 2;;
    --rtt-ms) RTT_MS=$2; shift 2;;
    --no-resent) RESENT=0; shift;;
    --growth) GROWTH=1; shift;;
    --sizes) SIZES=$2; shift 2;;
    *) echo "usage: $0 [--rows N] [--backend postgres|sqlite|both|none] [--fuzz-seconds N] [--history N] [--rtt-ms N] [--no-resent] | --growth [--backend B] [--sizes \"N...\"]" >&2; exit 2;;
  esac
done
bash scripts/setup.sh >/dev/null
# INTAKE_BIN=path measures another build (e.g. the one before a change).
if [ -n "${INTAKE_BIN:-}" ]; then INTAKE=$INTAKE_BIN; else
  cargo build --release -q -p intake-cli
  INTAKE=$PWD/target/release/intake
fi
mkdir -p bench-data
# generate N → the CSV and its baseline records for N rows, made once
generate() {
  if [ ! -s "bench-data/plaintiffs_$1.csv" ] || [ ! -s "bench-data/baseline_$1.all-records.tsv" ]; then
    echo "generating $1 rows..." >&2
    python3 scripts/gen_plaintiffs.py --rows "$1" --out "bench-data/plaintiffs_$1.csv" --baseline "bench-data/baseline_$1.all-records.tsv"
  fi
}
# run CMD... → prints "<seconds> <peak RSS KiB>" of the command, output to bench-data/last.json
measure() { /usr/bin/time -f "%e %M" -o bench-data/time.txt "$@" > bench-data/last.json 2> bench-data/last.err || { cat bench-data/last.err >&2; return 1; }; cat bench-data/time.txt | tail -n1; }
ADMIN=postgres://postgres@127.0.0.1:5432/postgres

if [ "$GROWTH" = 1 ]; then
  printf "%-10s %-8s %10s %12s %14s  %s\n" backend rows seconds rows/s "peak RSS MB" result
  for n in $SIZES; do
    generate "$n"
    for b in postgres sqlite; do
      [ "$BACKEND" = both ] || [ "$BACKEND" = "$b" ] || continue
      if [ "$b" = postgres ]; then
        DB=intake_growth_$$; URL=postgres://postgres@127.0.0.1:5432/$DB
        psql "$ADMIN" -qXc "CREATE DATABASE $DB" >/dev/null
        "$INTAKE" --database "$URL" migrate >/dev/null
        psql "$URL" -qXc "CHECKPOINT" >/dev/null
      else
        SQ=$(mktemp -d); URL=sqlite://$SQ/intake.sqlite3
      fi
      read -r s m < <(measure "$INTAKE" --database "$URL" import --file "bench-data/plaintiffs_$n.csv" --source bench --json)
      awk -v b="$b" -v n="$n" -v s="$s" -v m="$m" -v r="$(grep -o '"status":"[a-z_]*"' bench-data/last.json | cut -d'"' -f4)" \
        'BEGIN { printf "%-10s %-8d %10.2f %12.0f %14.1f  %s\n", b, n, s, n/s, m/1024, r }'
      if [ "$b" = postgres ]; then psql "$ADMIN" -qXc "DROP DATABASE $DB WITH (FORCE)" >/dev/null; else rm -rf "$SQ"; fi
    done
  done
  exit 0
fi

if [ "$BACKEND" != none ]; then
  generate "$ROWS"
  CSV=bench-data/plaintiffs_$ROWS.csv; BASE=bench-data/baseline_$ROWS.all-records.tsv
  echo "file: $CSV ($(du -h "$CSV" | cut -f1), $ROWS rows)"
fi
report() { # label seconds rss_kib
  awk -v l="$1" -v s="$2" -v m="$3" -v n="$ROWS" 'BEGIN { printf "%-34s %8.2f s %10.0f rows/s  peak RSS %6.1f MB\n", l, s, n/s, m/1024 }'
}

# The same records re-sent under a new batch id: every row is already live,
# so all land `skipped` (invalid ones `failed`), linked to their live twins.
# Baselines: the first import ($1 seconds) and a bare \copy of the same
# records as skipped rows into the landing shape (the floor: raw rows are
# written either way, reconciliation counts them).
pg_resent() {
  local first_s=$1 skipped_tsv=bench-data/baseline_$ROWS.skipped.tsv s m floor_s start
  [ -s "$skipped_tsv" ] || awk -F'\t' 'BEGIN { OFS = "\t" } { $3 = "skipped"; print }' "$BASE" > "$skipped_tsv"
  psql "$URL" -qXc "CREATE TABLE bench_skipped (LIKE bench_landing INCLUDING ALL)"
  checkpoint
  start=$(date +%s.%N)
  psql "$URL" -qXc "\\copy bench_skipped (row_index, dedupe_key, status, plaintiff_name, firm_name, contact_email, contact_phone, contact_address, source_reference, raw_payload) FROM '$skipped_tsv'"
  floor_s=$(echo "$(date +%s.%N) - $start" | bc)
  psql "$URL" -qXc "DROP TABLE bench_skipped"
  report "psql copy of the rows as skipped" "$floor_s" 0 | sed 's/peak RSS.*//'
  checkpoint
  read -r s m < <(measure "$INTAKE" --database "$URL" import --file "$CSV" --source bench --batch-id resent --json)
  report "re-sent rows (all already live)" "$s" "$m"
  echo "  result: $(cat bench-data/last.json)"
  awk -v a="$s" -v b="$first_s" -v c="$floor_s" 'BEGIN { printf "  re-sent / first import: %.2f (aim <= 0.25); re-sent / copy of skipped rows: %.2f\n", a/b, a/c }'
}

# The first import into a database behind a delaying relay (tc netem is not
# available in every kernel; the relay works everywhere): `$2` ms round trip.
# Baseline: the local first import ($1 seconds) of the same file.
pg_remote() {
  local local_s=$1 rtt=$2 port relay_pid rdb rurl s m
  port=$((20000 + $$ % 20000)); rdb=${DB}_remote
  psql "$ADMIN" -qXc "CREATE DATABASE $rdb" >/dev/null
  python3 scripts/delay_relay.py --listen "127.0.0.1:$port" --target 127.0.0.1:5432 \
    --delay-ms "$(echo "$rtt / 2" | bc -l)" > bench-data/relay.log 2>&1 &
  relay_pid=$!
  for _ in $(seq 50); do grep -q listening bench-data/relay.log 2>/dev/null && break; sleep 0.1; done
  rurl=postgres://postgres@127.0.0.1:$port/$rdb
  "$INTAKE" --database "postgres://postgres@127.0.0.1:5432/$rdb" migrate >/dev/null
  checkpoint
  if read -r s m < <(measure "$INTAKE" --database "$rurl" import --file "$CSV" --source bench --json); then
    report "intake import, ${rtt} ms RTT" "$s" "$m"
    echo "  result: $(cat bench-data/last.json)"
    awk -v a="$s" -v b="$local_s" 'BEGIN { printf "  remote / local import: %.2f (aim <= 1.3)\n", a/b }'
  fi
  kill "$relay_pid" 2>/dev/null || true
  wait "$relay_pid" 2>/dev/null || true
  psql "$ADMIN" -qXc "DROP DATABASE IF EXISTS $rdb WITH (FORCE)" >/dev/null
}

if [ "$BACKEND" = postgres ] || [ "$BACKEND" = both ]; then
  DB=intake_bench_$$; URL=postgres://postgres@127.0.0.1:5432/$DB
  psql "$ADMIN" -qXc "CREATE DATABASE $DB" >/dev/null
  trap 'psql "$ADMIN" -qXc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null' EXIT
  "$INTAKE" --database "$URL" migrate >/dev/null
  echo "== PostgreSQL"
  # Baseline: psql \copy of every record of the same file, pre-keyed and
  # pre-classified, into a table of the landing shape: primary key, unique
  # dedupe key (among live rows, since duplicates and invalid rows land too),
  # jsonb payload.
  psql "$URL" -qXc "CREATE TABLE bench_landing (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, row_index integer NOT NULL, dedupe_key text, status text NOT NULL, plaintiff_name text, firm_name text, contact_email text, contact_phone text, contact_address text, source_reference text, raw_payload jsonb NOT NULL); CREATE UNIQUE INDEX ON bench_landing (dedupe_key) WHERE status IN ('pending', 'promoted')"
  # Each timed step starts from a clean checkpoint, so neither pays for the
  # other's WAL.
  checkpoint() { psql "$URL" -qXc "CHECKPOINT" >/dev/null; }
  checkpoint
  start=$(date +%s.%N)
  psql "$URL" -qXc "\\copy bench_landing (row_index, dedupe_key, status, plaintiff_name, firm_name, contact_email, contact_phone, contact_address, source_reference, raw_payload) FROM '$BASE'"
  copy_s=$(echo "$(date +%s.%N) - $start" | bc)
  report "psql copy baseline" "$copy_s" 0 | sed 's/peak RSS.*//'
  checkpoint
  read -r s m < <(measure "$INTAKE" --database "$URL" import --file "$CSV" --source bench --json)
  report "intake import (land + promote)" "$s" "$m"
  echo "  result: $(cat bench-data/last.json)"
  awk -v a="$s" -v b="$copy_s" 'BEGIN { printf "  ratio vs psql \\copy: %.2f (bar <= 2, aim 1.3)\n", a/b }'
  first_s=$s
  read -r s m < <(measure "$INTAKE" --database "$URL" import --file "$CSV" --source bench --json)
  printf "  re-import (duplicate batch): %.2f s, peak RSS %.1f MB  -> %s\n" "$s" "$(echo "$m/1024" | bc -l)" "$(grep -o '"status":"[a-z_]*"' bench-data/last.json)"
  read -r s m < <(measure "$INTAKE" --database "$URL" import --file "$CSV" --source bench --batch-id second --dry-run --json)
  report "dry run (all already in database)" "$s" "$m"
  # Another vendor's preview of the same people right after the import
  # (statistics stale): every row a possible match.
  read -r s m < <(measure "$INTAKE" --database "$URL" import --file "$CSV" --source bench-preview --dry-run --json)
  report "dry run, new source (every row matches)" "$s" "$m"
  echo "  possible matches: $(grep -o '"cross_source_match_count":[0-9]*' bench-data/last.json)"
  if [ "$RESENT" = 1 ]; then pg_resent "$first_s"; fi
  if [ "$RTT_MS" != 0 ]; then pg_remote "$first_s" "$RTT_MS"; fi

  # Cross-vendor matching (issue 11): the same 1M-row import into two fresh
  # databases, one where another vendor already sent 1000 of these people
  # (every row's match keys are written beside the import and the report
  # looks the run up), one with matching switched off and no other source
  # (INTAKE_BENCH_DEFER_MATCH_KEYS: no keys written, nothing looked up —
  # what an import cost before matching). Run twice, alternating, since
  # this machine is noisy. Bar: <= 10% slower.
  OTHER=bench-data/other_vendor_1000.csv
  head -n 1001 "$CSV" > "$OTHER"
  match_with=0; match_without=0
  for variant in without with without with; do
    MDB=intake_bench_m_${variant}_$$; MURL=postgres://postgres@127.0.0.1:5432/$MDB
    psql "$ADMIN" -qXc "CREATE DATABASE $MDB" >/dev/null
    "$INTAKE" --database "$MURL" migrate >/dev/null
    defer=()
    if [ "$variant" = with ]; then
      "$INTAKE" --database "$MURL" import --file "$OTHER" --source bench-other --json >/dev/null
    else
      defer=(env INTAKE_BENCH_DEFER_MATCH_KEYS=1)
    fi
    psql "$MURL" -qXc "CHECKPOINT" >/dev/null
    read -r s m < <(measure "${defer[@]}" "$INTAKE" --database "$MURL" import --file "$CSV" --source bench --json)
    report "import, matching $variant" "$s" "$m"
    echo "  possible matches: $(grep -o '"cross_source_match_count":[0-9]*' bench-data/last.json)"
    eval "match_$variant=\$(echo \"\$match_$variant + $s\" | bc -l)"
    psql "$ADMIN" -qXc "DROP DATABASE IF EXISTS $MDB WITH (FORCE)" >/dev/null
  done
  awk -v a="$match_with" -v b="$match_without" 'BEGIN { printf "  matching costs %+.1f%% over two runs each (bar <= +10%%)\n", (a/b - 1) * 100 }'
fi

if [ "$BACKEND" = sqlite ] || [ "$BACKEND" = both ]; then
  echo "== SQLite (embedded)"
  SQ=$(mktemp -d)
  # Baseline: the sqlite3 shell, same records, same schema, same settings
  # (page size, WAL, synchronous, the session's page cache).
  read -r shell_s shell_m < <(measure scripts/sqlite_shell_baseline.sh "$BASE" "$SQ/shell.sqlite3" 16384)
  report "sqlite3 shell baseline" "$shell_s" "$shell_m"
  rm -f "$SQ"/shell.sqlite3*
  SQURL="sqlite://$SQ/intake.sqlite3"
  "$INTAKE" --database "$SQURL" migrate >/dev/null
  read -r s m < <(measure "$INTAKE" --database "$SQURL" import --file "$CSV" --source bench --dry-run --json)
  report "dry run, empty database (bar < 4 s)" "$s" "$m"
  read -r s m < <(measure "$INTAKE" --database "$SQURL" import --file "$CSV" --source bench --json)
  report "intake import (land + promote)" "$s" "$m"
  first_s=$s
  echo "  result: $(cat bench-data/last.json)"
  awk -v a="$s" -v b="$shell_s" 'BEGIN { printf "  ratio vs sqlite3 shell: %.2f\n", a/b }'
  read -r s m < <(measure "$INTAKE" --database "$SQURL" import --file "$CSV" --source bench --json)
  printf "  re-import (duplicate batch): %.2f s\n" "$s"
  read -r s m < <(measure "$INTAKE" --database "$SQURL" import --file "$CSV" --source bench --batch-id second --dry-run --json)
  report "dry run (all already in database)" "$s" "$m"
  # The same records re-sent under a new batch id: every row lands skipped,
  # linked to its live twin (bar: <= 25% of the first import).
  read -r s m < <(measure "$INTAKE" --database "$SQURL" import --file "$CSV" --source bench --batch-id resent --json)
  report "re-sent under a new batch id (all already live)" "$s" "$m"
  awk -v a="$s" -v b="$first_s" 'BEGIN { printf "  re-sent / first import: %.2f (bar <= 0.25)\n", a/b }'

  # Cross-vendor matching on SQLite (issue 11): the 1M-row import beside
  # another vendor's 1000 rows (every row's keys computed, stored and
  # written to the key tables; the report looks the run up), against the
  # same import with matching switched off and no other source
  # (INTAKE_BENCH_DEFER_MATCH_KEYS: no keys computed or written, nothing
  # looked up — what an import cost before matching). Twice each, alternating.
  OTHER=bench-data/other_vendor_1000.csv
  head -n 1001 "$CSV" > "$OTHER"
  match_with=0; match_without=0
  for variant in without with without with; do
    rm -rf "$SQ"/m.sqlite3*
    MURL="sqlite://$SQ/m.sqlite3"
    "$INTAKE" --database "$MURL" migrate >/dev/null
    defer=()
    if [ "$variant" = with ]; then
      "$INTAKE" --database "$MURL" import --file "$OTHER" --source bench-other --json >/dev/null
    else
      defer=(env INTAKE_BENCH_DEFER_MATCH_KEYS=1)
    fi
    read -r s m < <(measure "${defer[@]}" "$INTAKE" --database "$MURL" import --file "$CSV" --source bench --json)
    report "import, matching $variant" "$s" "$m"
    echo "  possible matches: $(grep -o '"cross_source_match_count":[0-9]*' bench-data/last.json)"
    eval "match_$variant=\$(echo \"\$match_$variant + $s\" | bc -l)"
  done
  awk -v a="$match_with" -v b="$match_without" 'BEGIN { printf "  matching costs %+.1f%% over two runs each (bar <= +10%%)\n", (a/b - 1) * 100 }'
  rm -rf "$SQ"
fi

if [ "$FUZZ_SECONDS" -gt 0 ]; then
  echo "== Fuzzing the reader for ${FUZZ_SECONDS}s"
  FUZZ_SECONDS=$FUZZ_SECONDS cargo test --release -q -p intake-engine --test all -- \
    --ignored fuzz_for_a_while --nocapture 2>&1 | grep -E '^fuzz:|problems|input [0-9]'
fi

if [ -n "$HISTORY_ROWS" ]; then
  bash scripts/bench-history.sh --rows "$HISTORY_ROWS"
fi
