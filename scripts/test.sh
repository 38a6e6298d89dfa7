#!/usr/bin/env bash
# The one command to test Earshot on a fresh Debian 12 machine: installs what is missing,
# builds, and runs every test under ctest. Then the sanitizer stage: the server alone, built
# with clang, AddressSanitizer and UndefinedBehaviorSanitizer into build-sanitize/ (or
# $EARSHOT_SANITIZE_BUILD_DIR), runs its tests and each fuzz target for a bounded time
# (docs/security.md, "Fuzzing and sanitizers"). Arguments go to both ctest runs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${EARSHOT_BUILD_DIR:-$root/build}
sanitize_build=${EARSHOT_SANITIZE_BUILD_DIR:-$root/build-sanitize}

"$root/scripts/install-deps.sh" --test
"$root/scripts/build.sh"
ctest --test-dir "$build" --output-on-failure --parallel 2 "$@"

started=$SECONDS
cmake -S "$root" -B "$sanitize_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DEARSHOT_SERVER_ONLY=ON -DEARSHOT_FUZZ=ON
cmake --build "$sanitize_build" --parallel "$(nproc)"
built=$SECONDS
ctest --test-dir "$sanitize_build" --output-on-failure --parallel 2 "$@"
echo "Sanitizer stage: build $((built - started)) s, tests $((SECONDS - built)) s"
