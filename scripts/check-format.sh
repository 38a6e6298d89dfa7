#!/usr/bin/env bash
# Fails when a C++ file of the project differs from .clang-format; with --fix, formats them.
#   scripts/check-format.sh          check (a ctest test: scripts/test.sh and CI run it)
#   scripts/check-format.sh --fix    format in place
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
clang_format=${CLANG_FORMAT:-clang-format}

mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ ${#files[@]} -eq 0 ]]; then
    echo "check-format: no C++ files found (not a git checkout?)" >&2
    exit 1
fi

if [[ "${1:-}" == "--fix" ]]; then
    "$clang_format" -i "${files[@]}"
    exit 0
fi

unformatted=()
for file in "${files[@]}"; do
    if ! "$clang_format" --dry-run --Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done
if [[ ${#unformatted[@]} -gt 0 ]]; then
    echo "These files differ from .clang-format (scripts/check-format.sh --fix formats them):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "${#files[@]} C++ files formatted as .clang-format says."
