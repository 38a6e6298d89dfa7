#!/bin/sh
# Runs the recorder page's browser tests: EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh
# Needs chromium, ffmpeg and the npm registry (for playwright-core; no browser is downloaded).
set -eu
cd "$(dirname "$0")"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d node_modules/playwright-core ]; then
    npm ci --no-audit --no-fund || npm install --no-audit --no-fund
fi
exec node --test --test-concurrency=1 "$@"
