#!/usr/bin/env bash
# Inside Xvfb and a private D-Bus session (see scripts/test.sh): unlock a
# throwaway gnome-keyring, then run the Rust test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
keyring_home=$(mktemp -d)
trap 'kill "${GKD_PID:-0}" 2>/dev/null || true; rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_CACHE_HOME="$keyring_home/cache" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'test-password' | gnome-keyring-daemon --unlock --components=secrets)"
GKD_PID=$(pgrep -n gnome-keyring-d || true)
export GNOME_KEYRING_CONTROL
cargo test --workspace --features custom-protocol "$@"
