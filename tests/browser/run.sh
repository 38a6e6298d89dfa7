#!/bin/sh
# The recorder page's tests in a real Chromium against a real Earshot:
#   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh [node --test options]
# Needs /usr/bin/chromium, ffmpeg/ffprobe and the npm registry (or npm's cache) for
# playwright-core; no browser is ever downloaded.
set -eu
cd "$(dirname "$0")"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --prefer-offline --no-audit --no-fund --loglevel=error || npm install --prefer-offline --no-audit --no-fund --loglevel=error
exec node --test --test-concurrency=1 "$@"
