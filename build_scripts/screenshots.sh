#!/usr/bin/env bash
# Screenshots of the first-start wizard, the login dialog and the main screens, taken on a
# throw-away database under a virtual X display. Output: screenshots/*.png
#   bash build_scripts/screenshots.sh [--language es] [DIR]
# With --language the same set is taken in that language, into DIR/es.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
language=()
if [[ ${1:-} == --language ]]; then
  language=(--language "$2")
  shift 2
fi
out=${1:-screenshots}
mkdir -p "$out"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Nothing of the user's own data or window settings is read or written.
export PEERCENTER_DATA_DIR="$work/data"
export XDG_CONFIG_HOME="$work/config"
export QT_QPA_PLATFORM=xcb
# The source tree, whether or not the package is installed into the environment.
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
unset PEERCENTER_DB

# A 1366 x 768 laptop screen, the smallest the window is made for.
xvfb-run -a -s "-screen 0 1366x768x24" "$python" build_scripts/screenshots.py "${language[@]}" "$out"
if [[ ${#language[@]} -gt 0 ]]; then
  echo "Screenshots written to $out/${language[1]}/"
  exit 0
fi
# Reading and reach: a 1366 x 768 window, then the same at twice the scale, light and dark.
xvfb-run -a -s "-screen 0 1366x768x24" "$python" build_scripts/access_shots.py "$out"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2732x1536x24" \
  "$python" build_scripts/access_shots.py "$out"
echo "Screenshots written to $out/"
