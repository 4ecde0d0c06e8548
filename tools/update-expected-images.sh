#!/usr/bin/env bash
# Rewrites the expected images of the render tests (tests/expected/scenes/) from what the current
# build draws, on the same Xvfb + software renderer as ./test.sh. Deliberate: run it only when a
# change of the picture is intended, then look at every changed PNG (git diff --stat shows which)
# before committing them.
#   tools/update-expected-images.sh [SCENE-REGEX]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/setup.sh" --with-tests
filter="${1:-.}"
cd "$root/build"
AIMAP_UPDATE_EXPECTED=1 "$root/tools/with-xvfb.sh" \
  ctest --output-on-failure -R "RenderScene.*(${filter})"
git -C "$root" status --short tests/expected
