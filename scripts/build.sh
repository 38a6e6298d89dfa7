#!/usr/bin/env bash
# Configures and builds Earshot into build/ (or $EARSHOT_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${EARSHOT_BUILD_DIR:-$root/build}
build_type=${EARSHOT_BUILD_TYPE:-RelWithDebInfo}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
cmake --build "$build" --parallel "$(nproc)"
