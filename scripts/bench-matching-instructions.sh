#!/usr/bin/env bash
# What cross-vendor matching costs a SQLite import, in instructions
# (issue 11's bar: <= +10%). Wall-clock A/Bs on these shared machines vary
# by more than the bar itself; valgrind's instruction counts repeat exactly.
#
# The first 100,000 rows of the benchmark file are imported under callgrind
# twice into fresh databases: once beside another vendor's 1,000 rows (keys
# computed, stored and written to the key tables, report looked up), once
# with matching switched off (INTAKE_BENCH_DEFER_MATCH_KEYS) and no other
# source (no keys, nothing to look up). Prints both counts and the ratio. Usage: scripts/bench-matching-instructions.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
command -v valgrind >/dev/null || { sudo -n true 2>/dev/null && SUDO=sudo || SUDO=; $SUDO apt-get install -y -qq valgrind >/dev/null; }
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

# Instructions of one import: all threads, and SQLite's worker threads
# alone (the run's connection and the report's — the critical path; the
# engine's key hashing runs beside it, and valgrind's CPU has no SHA
# extensions, so the all-threads count overstates it several times).
count() { # variant -> "all sqlite"
  local url="sqlite://$WORK/$1.sqlite3"
  "$INTAKE" --database "$url" migrate >/dev/null
  local defer=()
  if [ "$1" = with ]; then
    "$INTAKE" --database "$url" import --file "$OTHER" --source bench-other --json >/dev/null 2>&1
  else
    defer=(env INTAKE_BENCH_DEFER_MATCH_KEYS=1)
  fi
  "${defer[@]}" valgrind --tool=callgrind --separate-threads=yes \
    --callgrind-out-file="$WORK/$1.out" \
    "$INTAKE" --database "$url" import --file "$CSV" --source bench --json \
    >"$WORK/$1.json" 2>"$WORK/$1.err"
  local all sqlite=0 f n
  all=$(grep -o 'refs: *[0-9,]*' "$WORK/$1.err" | tr -dc '0-9')
  for f in "$WORK/$1.out"-*; do
    if grep -q sqlite3VdbeExec "$f"; then
      n=$(grep -m1 '^summary:' "$f" | awk '{print $2}')
      sqlite=$((sqlite + n))
    fi
  done
  echo "$all $sqlite"
}
read -r without without_sq < <(count without)
read -r with with_sq < <(count with)
echo "SQLite import of $ROWS rows, instructions (callgrind):"
echo "  without matching: $without (SQLite threads $without_sq)"
echo "  with matching:    $with (SQLite threads $with_sq)  ($(grep -o '"cross_source_match_count":[0-9]*' "$WORK/with.json"))"
awk -v a="$with" -v b="$without" -v c="$with_sq" -v d="$without_sq" 'BEGIN { printf "  matching costs %+.1f%% in all, %+.1f%% on SQLite'"'"'s threads (bar <= +10%% wall-clock)\n", (a/b - 1) * 100, (c/d - 1) * 100 }'
