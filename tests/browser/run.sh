#!/bin/sh
# The recorder page's tests in a real Chromium against a real Earshot:
#   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh [node --test options]
# and in the other engines, one file each (ctest's browser_firefox and browser_webkit):
#   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh firefox.engine.mjs
#   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh webkit.engine.mjs
# and a take of two pages and a scripted guest, aligned (ctest's browser_take_aligned):
#   EARSHOT_BINARY=/path/to/earshot tests/browser/run.sh takealigned.scenario.mjs
# Needs /usr/bin/chromium (firefox-esr, WebKitWebDriver and Xvfb for the others), ffmpeg/ffprobe
# and the npm registry (or npm's cache) for playwright-core and puppeteer-core; no browser is
# ever downloaded.
set -eu
cd "$(dirname "$0")"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
npm ci --prefer-offline --no-audit --no-fund --loglevel=error || npm install --prefer-offline --no-audit --no-fund --loglevel=error
exec node --test --test-concurrency=1 "$@"
