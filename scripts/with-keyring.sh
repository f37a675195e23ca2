#!/usr/bin/env bash
# Run a command with a private, unlocked Secret Service (gnome-keyring) on a
# private D-Bus session, e.g.:
#   scripts/with-keyring.sh cargo test --test keychain
# The keyring lives in a temp dir (HOME is kept) and is gone afterwards.
set -euo pipefail

if [ -z "${INTAKE_KEYRING_INNER:-}" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/data" "$tmp/cache" "$tmp/runtime"
  chmod 700 "$tmp/runtime"
  status=0
  INTAKE_KEYRING_INNER=1 XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime" \
    dbus-run-session -- "$0" "$@" || status=$?
  exit $status
fi

# Inside the private bus: a foreground daemon we own, unlocked with a throwaway password.
printf 'e2e-keyring-password' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
export INTAKE_KEYRING_WRAPPED=1
"$@"
