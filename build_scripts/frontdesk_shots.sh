#!/usr/bin/env bash
# Screenshots of the front desk's screens on a 1366×768 virtual screen, at 1× and at 2×
# (QT_SCALE_FACTOR=2 on a 2732×1536 screen: the same 1366×768 of room). Output: DIR/1x, DIR/2x
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
out=${1:-screenshots/frontdesk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PEERCENTER_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
unset PEERCENTER_DB
mkdir -p "$work/1x" "$work/2x"
xvfb-run -a -s "-screen 0 1366x768x24" "$python" build_scripts/frontdesk_shots.py "$out/1x" "$work/1x"
QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2732x1536x24" \
  "$python" build_scripts/frontdesk_shots.py "$out/2x" "$work/2x"
echo "Screenshots written to $out/"
