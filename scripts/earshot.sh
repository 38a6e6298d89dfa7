#!/usr/bin/env bash
# The one command to run Earshot on a fresh Debian 12 machine: installs what is missing,
# builds, and launches the monitor (or the headless server when there is no display).
# Arguments are passed on to earshot, e.g. scripts/earshot.sh --port 8080.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${EARSHOT_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: starting the headless server (Ctrl+C stops it)."
    exec "$build/app/earshot" --headless "$@"
fi
exec "$build/app/earshot" "$@"
