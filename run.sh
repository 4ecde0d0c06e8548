#!/usr/bin/env bash
# The README's first command: install what is missing, build, open the viewer on the bundled
# data. Arguments go to aimap (e.g. ./run.sh --fullscreen, ./run.sh --data my.json).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/tools/setup.sh"
exec "$root/build/aimap" "$@"
