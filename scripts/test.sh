#!/usr/bin/env bash
# The one command to test Earshot on a fresh Debian 12 machine: installs what is missing,
# builds, and runs every test under ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${EARSHOT_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh" --test
"$root/scripts/build.sh"
ctest --test-dir "$build" --output-on-failure --parallel 2 "$@"
