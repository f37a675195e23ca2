#!/usr/bin/env bash
# End-to-end tests of the real app window: builds the UI, then runs
# tests/app_e2e.rs under a virtual X server and a private D-Bus session
# (embedded SQLite and PostgreSQL on 127.0.0.1:5432).
#   scripts/e2e.sh                      # both journeys
#   E2E_SCREENSHOTS=docs/screenshots scripts/e2e.sh embedded   # and refresh the screenshots
set -euo pipefail
cd "$(dirname "$0")/.."
npm --prefix ui run build >/dev/null
exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- \
  cargo test --features custom-protocol --test app_e2e -- "$@"
