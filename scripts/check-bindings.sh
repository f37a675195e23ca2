#!/usr/bin/env bash
# Fails when the committed TypeScript bindings (ui/src/bindings) differ from
# what the Rust types generate: the ts-rs exports and commands.ts are written
# into a scratch directory and compared file by file, so a changed type, a
# new one, and one that no longer exists all show. The same cargo flags as
# the test run (scripts/test-session.sh), so the build is shared with it.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
if ! TS_RS_EXPORT_DIR="$fresh" cargo test --quiet --workspace --features custom-protocol --lib \
  export_bindings >"$fresh.log" 2>&1; then
  cat "$fresh.log" >&2
  rm -f "$fresh.log"
  echo "error: generating the TypeScript bindings failed (see above)" >&2
  exit 1
fi
rm -f "$fresh.log"
if ! diff -ru ui/src/bindings "$fresh" >&2; then
  echo "error: ui/src/bindings is stale: it differs from what the Rust types generate (diff above)." >&2
  echo "  Regenerate with: rm ui/src/bindings/*.ts && cargo test --workspace --features custom-protocol --lib export_bindings" >&2
  echo "  then commit ui/src/bindings." >&2
  exit 1
fi
echo "ui/src/bindings matches the Rust types ($(ls "$fresh" | wc -l) files)"
