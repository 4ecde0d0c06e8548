#!/usr/bin/env bash
# Runs a command on an Xvfb server of its own, started for the whole command and stopped after:
#   tools/with-xvfb.sh COMMAND [ARG...]
# -noreset: by default Xvfb resets itself whenever its last client disconnects, and a client
# connecting in that moment fails ("Failed to open X11 display"): one test run in two did.
# LIBGL_ALWAYS_SOFTWARE=1: Mesa's software renderer, never a real display's GPU, whose pixels
# differ from the expected images.
set -euo pipefail
if ! command -v Xvfb >/dev/null; then
  echo "with-xvfb.sh: Xvfb is missing: apt-get install xvfb xauth" >&2
  exit 1
fi
dir="$(mktemp -d)"
mkfifo "$dir/display"
# -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -noreset -nolisten tcp 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
cleanup() {
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
display=""
read -r -t 30 display <"$dir/display" || true
if [[ -z "$display" ]]; then
  echo "with-xvfb.sh: Xvfb did not start:" >&2
  cat "$dir/log" >&2
  exit 1
fi
export DISPLAY=":$display"
export LIBGL_ALWAYS_SOFTWARE=1
unset WAYLAND_DISPLAY
"$@"
