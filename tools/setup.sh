#!/usr/bin/env bash
# Installs missing Debian packages (as root; otherwise prints the apt-get line and stops),
# then configures and builds aimap incrementally in build/.
#   tools/setup.sh [--with-tests]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(build-essential cmake pkg-config libsfml-dev libimgui-dev libgeographiclib-dev
          nlohmann-json3-dev libcli11-dev libglu1-mesa-dev libfontconfig-dev libfreetype-dev
          libgl1-mesa-dri fonts-wqy-microhei libgtest-dev libbenchmark-dev libx11-dev libxrandr-dev)
if [[ "${1:-}" == "--with-tests" ]]; then
  packages+=(xvfb xauth xdotool x11-xserver-utils x11-utils openbox imagemagick proj-bin geographiclib-tools librsvg2-bin ffmpeg xclip
    libxml2-utils libreoffice-calc-nogui unzip)
fi

"$root/tools/install-packages.sh" "${packages[@]}"

build="$root/build"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
