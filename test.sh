#!/usr/bin/env bash
# The README's second command: install what is missing, build, run every test (unit tests, and
# display tests under Xvfb when there is no display). Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/tools/setup.sh" --with-tests
cd "$root/build"
if [[ -n "${DISPLAY:-}" ]] && xdpyinfo >/dev/null 2>&1; then
  ctest --output-on-failure -j2 "$@"
else
  xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure -j2 "$@"
fi
