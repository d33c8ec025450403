#!/usr/bin/env bash
# Installs the Debian packages PeerCenter needs for a purpose ("run" or "test"), or, when not
# root, prints the exact command to run. Does nothing when everything is present.
set -euo pipefail

purpose=${1:-test}

qt_offscreen="libgl1 libegl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libdbus-1-3 fonts-dejavu-core libcups2"
qt_x11="libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1"
test_tools="xvfb xauth postgresql poppler-utils imagemagick cups cups-client printer-driver-cups-pdf
  binutils"
# Building the bundle: PyInstaller strips the libraries it copies; build.py reads what each
# one needs and assembles the trimmed ICU data (as, ld).
dist_tools="binutils"

case "$purpose" in
  run) wanted="$qt_offscreen $qt_x11" ;;
  dist) wanted="$qt_offscreen $qt_x11 $dist_tools" ;;
  test) wanted="$qt_offscreen $qt_x11 $test_tools" ;;
  *) echo "usage: $0 run|dist|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian-like system: install the equivalents of these packages yourself:" >&2
  echo "  $(echo $wanted)" >&2
  exit 0
fi

missing=()
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "These Debian packages are missing. Install them with:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
