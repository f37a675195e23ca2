#!/usr/bin/env bash
# Installs everything the app, the tests and the benchmark need on a fresh
# Debian 12 machine. Idempotent: every step checks before it acts.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

APT_PACKAGES=(
  # build the Tauri app
  libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  librsvg2-dev libayatana-appindicator3-dev libxdo-dev build-essential pkg-config
  libssl-dev file
  # headless window, end-to-end tests, screenshots
  xvfb xauth x11-utils xdotool imagemagick fonts-dejavu-core at-spi2-core
  webkit2gtk-driver dbus dbus-x11 python3-gi gir1.2-gtk-3.0
  # accessibility audit of the built UI (axe-core in headless Chromium)
  chromium
  # keychain tests (real Secret Service)
  gnome-keyring libsecret-tools
  # database server and client
  postgresql postgresql-client
  # benchmark: peak RSS
  time bc
  # benchmark: the sqlite3 shell baseline of the embedded backend
  sqlite3
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing apt packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PostgreSQL must answer on 127.0.0.1:5432 (trust auth, user postgres).
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  log "starting PostgreSQL"
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

# Node packages of the UI (vite, typescript, @tauri-apps/cli, axe-core and
# playwright-core for the accessibility audit).
if [ -f ui/package.json ]; then
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    log "installing npm packages"
    (cd ui && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi)
  fi
fi

# tauri-driver (WebDriver bridge for end-to-end tests); pin ^2, 3.x is alpha.
if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  log "installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked --quiet
fi
log "ready"
