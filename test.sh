#!/usr/bin/env bash
# The README's second command: install what is missing, build, run every test. Exits non-zero on
# any failure. Arguments go to ctest (e.g. ./test.sh -L unit, ./test.sh -R RenderScene).
# Display tests always run on one Xvfb server of their own for the whole run, with Mesa's
# software renderer (tools/with-xvfb.sh says why), whether or not a display is open.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/tools/setup.sh" --with-tests
cd "$root/build"
"$root/tools/with-xvfb.sh" ctest --output-on-failure -j2 "$@"
