#!/usr/bin/env bash
# Smoke test of the real binary in a real window: starts it under Xvfb (with openbox, so the
# window is managed like on a desktop), takes a screenshot at 1280x800 and at 1920x1080
# (window maximised), quits with Ctrl+Q and checks the exit status.
#
# Usage: scripts/smoke.sh [BINARY] [OUTPUT_DIR]
# Needs: xvfb openbox xdotool imagemagick (apt-get install -y xvfb openbox xdotool imagemagick)
set -euo pipefail

bin=${1:-target/debug/briefline}
out=${2:-target/smoke}
mkdir -p "$out"
status=0

for size in 1280x800 1920x1080; do
  display=":$((70 + RANDOM % 20))"
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=$display openbox >/dev/null 2>&1 &
  wm=$!
  sleep 1
  home=$(mktemp -d)
  runtime=$(mktemp -d)
  DISPLAY=$display HOME=$home XDG_RUNTIME_DIR=$runtime "$bin" >"$out/app-$size.log" 2>&1 &
  app=$!
  wid=$(DISPLAY=$display timeout 60 xdotool search --sync --name '^Briefline$' | head -n1 || true)
  if [ -z "$wid" ]; then
    echo "smoke: no Briefline window on $size" >&2
    status=1
  else
    if [ "$size" != "1280x800" ]; then
      DISPLAY=$display xdotool windowsize "$wid" 100% 100% windowmove "$wid" 0 0
    fi
    # Park the pointer in a corner so no tooltip covers the screenshot.
    DISPLAY=$display xdotool mousemove 2 2 || true
    sleep 4
    DISPLAY=$display import -window root "$out/briefline-$size.png"
    DISPLAY=$display xdotool windowactivate --sync "$wid" key --clearmodifiers ctrl+q || true
  fi
  rc=0
  for _ in $(seq 1 30); do
    if ! kill -0 "$app" 2>/dev/null; then break; fi
    sleep 0.5
  done
  if kill -0 "$app" 2>/dev/null; then
    echo "smoke: the app did not quit on Ctrl+Q ($size)" >&2
    kill "$app" || true
    status=1
  else
    wait "$app" || rc=$?
    if [ "$rc" -ne 0 ]; then
      echo "smoke: the app exited with status $rc ($size)" >&2
      status=1
    fi
  fi
  kill "$wm" "$xvfb" 2>/dev/null || true
  wait "$wm" "$xvfb" 2>/dev/null || true
  [ -f "$out/briefline-$size.png" ] && echo "smoke: $size ok, screenshot $out/briefline-$size.png"
done
exit $status
