#!/usr/bin/env bash
# Runs the desktop app on the embedded SQLite database (nothing to configure).
# Installs what it needs first (scripts/setup.sh), builds the UI and the app.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
npm --prefix ui run --silent build
cargo build --release --features custom-protocol --bin plaintiff-intake
APP=target/release/plaintiff-intake
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the app inside a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$APP" "$@"
fi
exec "$APP" "$@"
