#!/usr/bin/env bash
# Benchmark: generate a plaintiff CSV (default 1M rows, ~10% disguised
# duplicates, ~2% invalid), import it into a fresh database with the release
# build, and print seconds, rows/s, peak RSS, the ratio against `psql \copy`
# of the same records into a table of the landing shape (measured in the same
# run), and the time to re-import the same file (a duplicate batch).
# Then it fuzzes the reading side for a fixed time (tests/fuzz_parse.rs;
# inputs that break a property are saved to its corpus, to be committed).
#   scripts/bench.sh [--rows N] [--backend postgres|sqlite|both] [--fuzz-seconds N]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=1000000; BACKEND=both; FUZZ_SECONDS=60
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2;;
    --backend) BACKEND=$2; shift 2;;
    --fuzz-seconds) FUZZ_SECONDS=$2; shift 2;;
    *) echo "usage: $0 [--rows N] [--backend postgres|sqlite|both] [--fuzz-seconds N]" >&2; exit 2;;
  esac
done
bash scripts/setup.sh >/dev/null
cargo build --release -q -p intake-cli
INTAKE=$PWD/target/release/intake
mkdir -p bench-data
CSV=bench-data/plaintiffs_$ROWS.csv; BASE=bench-data/baseline_$ROWS.all-records.tsv
if [ ! -s "$CSV" ] || [ ! -s "$BASE" ]; then
  echo "generating $ROWS rows..." >&2
  python3 scripts/gen_plaintiffs.py --rows "$ROWS" --out "$CSV" --baseline "$BASE"
fi
echo "file: $CSV ($(du -h "$CSV" | cut -f1), $ROWS rows)"

# run CMD... → prints "<seconds> <peak RSS KiB>" of the command, output to bench-data/last.json
measure() { /usr/bin/time -f "%e %M" -o bench-data/time.txt "$@" > bench-data/last.json 2> bench-data/last.err || { cat bench-data/last.err >&2; return 1; }; cat bench-data/time.txt | tail -n1; }
report() { # label seconds rss_kib
  awk -v l="$1" -v s="$2" -v m="$3" -v n="$ROWS" 'BEGIN { printf "%-34s %8.2f s %10.0f rows/s  peak RSS %6.1f MB\n", l, s, n/s, m/1024 }'
}

if [ "$BACKEND" = postgres ] || [ "$BACKEND" = both ]; then
  DB=intake_bench_$$; ADMIN=postgres://postgres@127.0.0.1:5432/postgres; URL=postgres://postgres@127.0.0.1:5432/$DB
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
  read -r s m < <(measure "$INTAKE" --database "$URL" import --file "$CSV" --source bench --json)
  printf "  re-import (duplicate batch): %.2f s, peak RSS %.1f MB  -> %s\n" "$s" "$(echo "$m/1024" | bc -l)" "$(grep -o '"status":"[a-z_]*"' bench-data/last.json)"
  read -r s m < <(measure "$INTAKE" --database "$URL" import --file "$CSV" --source bench --batch-id second --dry-run --json)
  report "dry run (all already in database)" "$s" "$m"

  # Cross-vendor matching (issue 11): the same 1M-row import into two fresh
  # databases, one where another vendor already sent 1000 of these people
  # (the match indexes are maintained and the report looks every row up),
  # one without the match indexes and without another source (what an import
  # cost before matching). Bar: <= 10% slower.
  OTHER=bench-data/other_vendor_1000.csv
  head -n 1001 "$CSV" > "$OTHER"
  for variant in without with; do
    MDB=intake_bench_m_${variant}_$$; MURL=postgres://postgres@127.0.0.1:5432/$MDB
    psql "$ADMIN" -qXc "CREATE DATABASE $MDB" >/dev/null
    "$INTAKE" --database "$MURL" migrate >/dev/null
    if [ "$variant" = with ]; then
      "$INTAKE" --database "$MURL" import --file "$OTHER" --source bench-other --json >/dev/null
    else
      psql "$MURL" -qXc "DROP INDEX public.plaintiffs_match_email_idx; DROP INDEX public.plaintiffs_match_name_phone_idx"
    fi
    psql "$MURL" -qXc "CHECKPOINT" >/dev/null
    read -r s m < <(measure "$INTAKE" --database "$MURL" import --file "$CSV" --source bench --json)
    report "import, matching $variant" "$s" "$m"
    echo "  possible matches: $(grep -o '"cross_source_match_count":[0-9]*' bench-data/last.json)"
    eval "match_$variant=$s"
    psql "$ADMIN" -qXc "DROP DATABASE IF EXISTS $MDB WITH (FORCE)" >/dev/null
  done
  awk -v a="$match_with" -v b="$match_without" 'BEGIN { printf "  matching costs %+.1f%% (bar <= +10%%)\n", (a/b - 1) * 100 }'
fi

if [ "$BACKEND" = sqlite ] || [ "$BACKEND" = both ]; then
  echo "== SQLite (embedded)"
  SQ=$(mktemp -d)
  read -r s m < <(measure "$INTAKE" --database "sqlite://$SQ/intake.sqlite3" import --file "$CSV" --source bench --json)
  report "intake import (land + promote)" "$s" "$m"
  echo "  result: $(cat bench-data/last.json)"
  read -r s m < <(measure "$INTAKE" --database "sqlite://$SQ/intake.sqlite3" import --file "$CSV" --source bench --json)
  printf "  re-import (duplicate batch): %.2f s\n" "$s"
  rm -rf "$SQ"
fi

if [ "$FUZZ_SECONDS" -gt 0 ]; then
  echo "== Fuzzing the reader for ${FUZZ_SECONDS}s"
  FUZZ_SECONDS=$FUZZ_SECONDS cargo test --release -q -p intake-engine --test all -- \
    --ignored fuzz_for_a_while --nocapture 2>&1 | grep -E '^fuzz:|problems|input [0-9]'
fi
