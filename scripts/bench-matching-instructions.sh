#!/usr/bin/env bash
# What cross-vendor matching costs a SQLite import, in instructions
# (issue 11's bar: <= +10%). Wall-clock A/Bs on these shared machines vary
# by more than the bar itself; valgrind's instruction counts repeat exactly.
#
# The first 100,000 rows of the benchmark file are imported under callgrind
# twice into fresh databases: once beside another vendor's 1,000 rows (keys
# indexed, report looked up), once with the two match indexes dropped and
# no other source (nothing to maintain or look up). Prints both counts and
# the ratio. Usage: scripts/bench-matching-instructions.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
command -v valgrind >/dev/null || { sudo -n true 2>/dev/null && SUDO=sudo || SUDO=; $SUDO apt-get install -y -qq valgrind >/dev/null; }
command -v sqlite3 >/dev/null || { sudo -n true 2>/dev/null && SUDO=sudo || SUDO=; $SUDO apt-get install -y -qq sqlite3 >/dev/null; }
if [ -n "${INTAKE_BIN:-}" ]; then INTAKE=$INTAKE_BIN; else
  cargo build --release -q -p intake-cli
  INTAKE=$PWD/target/release/intake
fi
mkdir -p bench-data
FULL=bench-data/plaintiffs_1000000.csv
[ -s "$FULL" ] || python3 scripts/gen_plaintiffs.py --rows 1000000 --out "$FULL" \
  --baseline bench-data/baseline_1000000.all-records.tsv
CSV=bench-data/plaintiffs_head_$ROWS.csv
OTHER=bench-data/other_vendor_1000.csv
head -n $((ROWS + 1)) "$FULL" > "$CSV"
head -n 1001 "$FULL" > "$OTHER"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

count() { # variant -> instructions
  local url="sqlite://$WORK/$1.sqlite3"
  "$INTAKE" --database "$url" migrate >/dev/null
  if [ "$1" = with ]; then
    "$INTAKE" --database "$url" import --file "$OTHER" --source bench-other --json >/dev/null 2>&1
  else
    sqlite3 "$WORK/$1.sqlite3" "DROP INDEX plaintiffs_match_email_idx; DROP INDEX plaintiffs_match_name_phone_idx;"
  fi
  valgrind --tool=callgrind --callgrind-out-file="$WORK/$1.out" \
    "$INTAKE" --database "$url" import --file "$CSV" --source bench --json \
    >"$WORK/$1.json" 2>"$WORK/$1.err"
  grep -o 'refs: *[0-9,]*' "$WORK/$1.err" | tr -dc '0-9'
}
without=$(count without)
with=$(count with)
echo "SQLite import of $ROWS rows, instructions (callgrind):"
echo "  without matching: $without"
echo "  with matching:    $with  ($(grep -o '"cross_source_match_count":[0-9]*' "$WORK/with.json"))"
awk -v a="$with" -v b="$without" 'BEGIN { printf "  matching costs %+.1f%% (bar <= +10%%)\n", (a/b - 1) * 100 }'
