#!/usr/bin/env bash
# Benchmark of the release app window previewing a large file (issue 12):
# drops the generated vendor file (default 1M rows) onto the real window
# under Xvfb and prints the first rows on screen after the drop, the full
# preview, the window's answers to clicks while it runs, a scroll to the
# middle of the file, and the memory of the app and its WebKit processes
# (peak, sampled every 100 ms). See tests/app_bench.rs.
#   scripts/bench-app.sh [--rows N]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2;;
    *) echo "usage: $0 [--rows N]" >&2; exit 2;;
  esac
done
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh >/dev/null
npm --prefix ui run --silent build >/dev/null
mkdir -p bench-data
FILE=bench-data/plaintiffs_$ROWS.csv
if [ ! -s "$FILE" ] || [ ! -s "bench-data/baseline_$ROWS.all-records.tsv" ]; then
  echo "generating $ROWS rows..." >&2
  python3 scripts/gen_plaintiffs.py --rows "$ROWS" --out "$FILE" --baseline "bench-data/baseline_$ROWS.all-records.tsv"
fi
cargo test --release -q --features custom-protocol --test app_bench --no-run
INTAKE_BENCH_FILE=$FILE xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- \
  cargo test --release -q --features custom-protocol --test app_bench -- --ignored --nocapture 2>&1 \
  | grep -vE '^(running [0-9]+ test|test result:|$)'
