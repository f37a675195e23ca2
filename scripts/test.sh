#!/usr/bin/env bash
# Runs every test: formatting, lints, UI type check and unit tests, and the
# whole Rust suite (engine on real PostgreSQL and SQLite, CLI, keychain on a
# real Secret Service, the real app window under Xvfb over WebDriver).
# Installs what it needs first (scripts/setup.sh). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh

# Sample files live in ../shared/samples beside the checkout.
export INTAKE_SAMPLES_DIR="${INTAKE_SAMPLES_DIR:-$(cd .. && pwd)/shared/samples}"

# The UI first: the app's build embeds ui/dist (tauri::generate_context!).
echo "== UI: type check, unit tests, build"
npm --prefix ui run --silent typecheck
npm --prefix ui test --silent
npm --prefix ui run --silent build
echo "== UI: accessibility audit (axe-core in headless Chromium, IPC mocked by ui/a11y/harness.js)"
npm --prefix ui run --silent a11y

echo "== format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --features custom-protocol -- -D warnings

echo "== TypeScript bindings are current"
bash scripts/check-bindings.sh

echo "== Rust tests (one build for all: the app is built with custom-protocol)"
# A headless X server and a session bus with an unlocked gnome-keyring, so the
# window and the Secret Service are real.
exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  dbus-run-session -- bash scripts/test-session.sh "$@"
