#!/usr/bin/env bash
# Installs the .deb built by scripts/package.sh into a clean Debian 12 root
# and starts what it installed:
#
#   scripts/test-package.sh [path/to/plaintiff-intake.deb]
#
# - the root is a fresh copy of a minimal Debian 12 (`debootstrap --variant=
#   minbase`, made once and cached in $PKGTEST_CACHE) holding nothing of this
#   machine: `apt-get install ./the.deb` inside it must find every library
#   the app needs through the package's declared dependencies;
# - checks the installed files (both binaries, the desktop entry with its
#   MimeType associations), that `intake --version` and `intake runs` work
#   from /usr/bin, and that the installed app opens its window on a headless
#   X server (Xvfb on this machine, whose socket is the only thing shared
#   with the root) and draws its page (a screenshot with real content);
# - lists the .rpm's files and dependencies (it is not installed: there is
#   no RPM-based root here).
#
# Needs root (chroot, mounts) and network on the first run (debootstrap,
# the app's dependencies; both cached). Not part of scripts/test.sh: it
# needs the installers (a ~10 min dist build) and takes 2–3 min itself.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE=${PKGTEST_CACHE:-/var/cache/plaintiff-intake-pkgtest}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEB=${1:-$(ls target/dist/bundle/deb/*.deb 2>/dev/null | head -n1 || true)}
RPM=$(ls target/dist/bundle/rpm/*.rpm 2>/dev/null | head -n1 || true)
OUT="$ROOT/target/package-test"
log() { printf '[test-package] %s\n' "$*" >&2; }
fail() { printf '[test-package] FAIL: %s\n' "$*" >&2; exit 1; }

[ -n "$DEB" ] && [ -f "$DEB" ] || fail "no .deb: run scripts/package.sh first"
[ "$(id -u)" = 0 ] || fail "run as root (chroot and mounts)"
for tool in debootstrap Xvfb xdotool import rpm; do
  command -v "$tool" >/dev/null || need_apt=1
done
if [ -n "${need_apt:-}" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    debootstrap xvfb xdotool imagemagick rpm >/dev/null
fi

# --- the clean root -----------------------------------------------------------
BASE="$CACHE/bookworm-minbase"
if [ ! -d "$BASE" ]; then
  log "making a minimal Debian 12 root (once; cached in $CACHE)"
  mkdir -p "$CACHE"
  rm -rf "$BASE.tmp"
  debootstrap --variant=minbase bookworm "$BASE.tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || fail "debootstrap failed: see $CACHE/debootstrap.log"
  mv "$BASE.tmp" "$BASE"
fi
mkdir -p "$CACHE/apt-archives/partial" "$OUT"
WORK=$(mktemp -d /var/tmp/intake-pkgtest.XXXXXX)
CH="$WORK/root"
APP_PID= XVFB_PID=
mounted=()
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  sleep 0.5
  # Processes left in the root (dbus daemons) would keep mounts busy.
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$CH" ] && kill "${p#/proc/}" 2>/dev/null || true
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
bind() { mkdir -p "$2"; mount --bind "$1" "$2"; mounted+=("$2"); }

log "copying the clean root"
cp -a "$BASE" "$CH"
mount -t proc proc "$CH/proc" && mounted+=("$CH/proc")
bind /sys "$CH/sys"
bind /dev "$CH/dev"
bind /dev/pts "$CH/dev/pts"
bind "$CACHE/apt-archives" "$CH/var/cache/apt/archives"
cp /etc/resolv.conf "$CH/etc/resolv.conf"
# No services start inside the root (dbus's postinst would try).
printf '#!/bin/sh\nexit 101\n' >"$CH/usr/sbin/policy-rc.d" && chmod +x "$CH/usr/sbin/policy-rc.d"
in_root() { chroot "$CH" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# --- install ------------------------------------------------------------------
log "installing $(basename "$DEB") with apt (dependencies from the package's Depends)"
cp "$DEB" "$CH/tmp/app.deb"
in_root apt-get update -qq >/dev/null
# dbus: the session bus every desktop session has (the app is started in one).
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  /tmp/app.deb dbus >"$OUT/apt.log" 2>&1; then
  tail -20 "$OUT/apt.log" >&2
  fail "apt-get install of the .deb failed (log: $OUT/apt.log)"
fi
in_root dpkg-query -W -f='${Status} ${Version}\n' plaintiff-intake | grep -q '^install ok installed ' \
  || fail "plaintiff-intake is not installed"
log "installed: $(in_root dpkg-query -W -f='${Package} ${Version}, Installed-Size ${Installed-Size} kB' plaintiff-intake)"

# --- files ------------------------------------------------------------------
for f in /usr/bin/plaintiff-intake /usr/bin/intake; do
  [ -x "$CH$f" ] || fail "$f is not installed"
  file "$CH$f" | grep -q ', stripped' || fail "$f is not stripped: $(file "$CH$f")"
  log "$f: $(du -k --apparent-size "$CH$f" | awk '{printf "%.1f MB", $1/1024}'), stripped"
done
desktop=$(in_root dpkg -L plaintiff-intake | grep '^/usr/share/applications/.*\.desktop$' || true)
[ -n "$desktop" ] || fail "no desktop entry in the package"
grep -qx 'Exec=plaintiff-intake %F' "$CH$desktop" || fail "desktop entry does not pass files: $(grep ^Exec "$CH$desktop")"
mime=$(grep '^MimeType=' "$CH$desktop" || true)
for type in text/csv application/vnd.openxmlformats-officedocument.spreadsheetml.sheet application/vnd.ms-excel; do
  [[ "${mime/MimeType=/;};" == *";$type;"* ]] || fail "desktop entry does not declare $type: $mime"
done
log "desktop entry $desktop: $mime"

# --- the CLI from its installed path -----------------------------------------
version=$(in_root /usr/bin/intake --version)
[ "$version" = "intake $(in_root dpkg-query -W -f='${Version}' plaintiff-intake)" ] \
  || fail "intake --version says '$version'"
runs=$(in_root /usr/bin/intake runs 2>&1) || fail "intake runs failed: $runs"
[[ "$runs" == *"No import runs yet."* ]] || fail "intake runs said: $runs"
log "intake --version: $version; intake runs: embedded database created"

# --- the app's window ---------------------------------------------------------
DISPLAY_NUM=$((90 + RANDOM % 100))
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 50); do [ -S "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.1; done
bind /tmp/.X11-unix "$CH/tmp/.X11-unix"
in_root env DISPLAY=":$DISPLAY_NUM" dbus-run-session -- /usr/bin/plaintiff-intake >"$OUT/app.log" 2>&1 &
APP_PID=$!
wid=
for _ in $(seq 1 120); do
  wid=$(DISPLAY=":$DISPLAY_NUM" xdotool search --onlyvisible --name '^Plaintiff Intake$' 2>/dev/null | head -n1 || true)
  [ -n "$wid" ] && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/app.log" >&2; fail "the installed app exited"; }
  sleep 0.5
done
[ -n "$wid" ] || { cat "$OUT/app.log" >&2; fail "no 'Plaintiff Intake' window after 60 s"; }
# The page is drawn: wait until the window shows more than a blank background.
colors=0
for _ in $(seq 1 60); do
  DISPLAY=":$DISPLAY_NUM" import -window "$wid" "$OUT/window.png" 2>/dev/null || true
  colors=$(convert "$OUT/window.png" -format '%k' info: 2>/dev/null || echo 0)
  [ "$colors" -gt 50 ] && break
  sleep 0.5
done
[ "$colors" -gt 50 ] || fail "the window stayed blank ($colors colours): $OUT/window.png"
# A last look once the page has settled (kept for the record).
sleep 3
DISPLAY=":$DISPLAY_NUM" import -window "$wid" "$OUT/window.png" 2>/dev/null || true
geometry=$(DISPLAY=":$DISPLAY_NUM" xdotool getwindowgeometry "$wid" | awk '/Geometry/ {print $2}')
log "window $wid ($geometry) drew its page: $colors colours (screenshot $OUT/window.png)"

# --- the .rpm (contents only) ---------------------------------------------------
if [ -n "$RPM" ]; then
  files=$(rpm -qlp "$RPM" 2>/dev/null)
  for f in /usr/bin/plaintiff-intake /usr/bin/intake; do
    grep -qx "$f" <<<"$files" || fail "the .rpm lacks $f"
  done
  log "rpm $(basename "$RPM"): $(wc -l <<<"$files") files incl. /usr/bin/intake; requires $(rpm -qp --requires "$RPM" 2>/dev/null | grep -v '^rpmlib' | tr '\n' ' ')"
fi
log "PASS"
