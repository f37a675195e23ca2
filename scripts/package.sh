#!/usr/bin/env bash
# Builds the Linux installers: target/dist/bundle/deb/*.deb and rpm/*.rpm.
# Both install the desktop app (/usr/bin/plaintiff-intake, with its desktop
# entry and the .csv/.xlsx/.xls "Open with" associations) and the `intake`
# CLI (/usr/bin/intake).
#
#   scripts/package.sh
#
# Binaries are built with the `dist` profile (Cargo.toml) and shipped
# stripped; their symbols and line tables are kept beside them in
# target/dist/{plaintiff-intake,intake}.debug (linked by .gnu_debuglink:
# `gdb` or `addr2line -e X.debug` symbolizes a crash report).
#
# Updater artifacts: when the updater's private key is present
# (keys/updater.key, or TAURI_SIGNING_PRIVATE_KEY; see README "Updates"),
# the bundles are also signed (*.sig beside them) for the update manifest.
#
# Installs what it needs first (scripts/setup.sh). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PROFILE=dist
OUT="$ROOT/target/$PROFILE"
STAGE="$ROOT/target/package" # files mapped into the packages (tauri.conf.json)
export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '[package] %s\n' "$*" >&2; }

# Move a binary's debug info and symbols into BIN.debug, strip BIN and link
# the two (gdb, addr2line and debuginfod find the .debug by the link).
split_debug() {
  local bin=$1
  # Already split (cargo found nothing to relink): keep the .debug of that build.
  if readelf -S "$bin" | grep -q '\.gnu_debuglink' && [ -s "$bin.debug" ]; then return; fi
  objcopy --only-keep-debug "$bin" "$bin.debug"
  objcopy --strip-all --add-gnu-debuglink="$bin.debug" "$bin"
}

if [ "${1:-}" = "--before-bundle" ]; then
  # Called by `tauri build` between compiling and bundling (build.beforeBundleCommand).
  split_debug "$OUT/plaintiff-intake"
  exit 0
fi

bash scripts/setup.sh

log "building the intake CLI (profile $PROFILE)"
cargo build --locked --profile "$PROFILE" -p intake-cli
split_debug "$OUT/intake"
mkdir -p "$STAGE"
install -m 0755 "$OUT/intake" "$STAGE/intake"

sign_config=
if [ -z "${TAURI_SIGNING_PRIVATE_KEY:-}" ] && [ -f keys/updater.key ]; then
  export TAURI_SIGNING_PRIVATE_KEY="$ROOT/keys/updater.key"
  export TAURI_SIGNING_PRIVATE_KEY_PASSWORD="${TAURI_SIGNING_PRIVATE_KEY_PASSWORD:-}"
fi
if [ -n "${TAURI_SIGNING_PRIVATE_KEY:-}" ]; then
  log "signing the bundles for the updater"
  sign_config=', "bundle": {"createUpdaterArtifacts": true}'
else
  log "no updater key (keys/updater.key): bundles are not signed for updates"
fi

log "building the app and the .deb/.rpm (profile $PROFILE)"
rm -rf "$OUT/bundle/deb" "$OUT/bundle/rpm"
npm --prefix ui exec -- tauri build --ci --bundles deb,rpm \
  --config "{\"build\": {\"beforeBundleCommand\": {\"script\": \"bash scripts/package.sh --before-bundle\", \"cwd\": \"$ROOT\"}}$sign_config}" \
  -- --locked --profile "$PROFILE"

deb=$(ls "$OUT"/bundle/deb/*.deb)
rpm=$(ls "$OUT"/bundle/rpm/*.rpm)

# tauri compresses the .deb's files with gzip; xz (Debian's own default)
# makes it about 30% smaller. Same files, same control data; re-signed.
log "recompressing the .deb with xz"
repack=$(mktemp -d)
dpkg-deb -R "$deb" "$repack/root"
dpkg-deb --root-owner-group -Zxz -b "$repack/root" "$deb" >/dev/null
rm -rf "$repack"
if [ -n "$sign_config" ]; then
  # `signer sign` takes the key's text (`build` also accepts a path).
  key=$TAURI_SIGNING_PRIVATE_KEY
  [ -f "$key" ] && key=$(cat "$key")
  TAURI_SIGNING_PRIVATE_KEY=$key npm --prefix ui exec -- tauri signer sign \
    -p "${TAURI_SIGNING_PRIVATE_KEY_PASSWORD:-}" "$deb" >/dev/null
fi
size() { du -k --apparent-size "$1" | awk '{printf "%.1f MB", $1/1024}'; }
log "built:"
for f in "$deb" "$rpm" "$OUT/plaintiff-intake" "$OUT/intake" "$OUT/plaintiff-intake.debug" "$OUT/intake.debug"; do
  printf '  %-10s %s\n' "$(size "$f")" "${f#"$ROOT"/}" >&2
done
