#!/usr/bin/env bash
# Installs the Debian 12 packages Earshot needs, and only those that are missing.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --test   build, run and test
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-websockets-dev qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev libssl-dev libqrencode-dev libavformat-dev libavcodec-dev
    libavutil-dev libswresample-dev libpocketsphinx-dev libsphinxbase-dev dpkg-dev file
)
run_packages=(
    qt6-qpa-plugins qt6-translations-l10n libqt6svg6
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
    # The speech model for live transcription (English, US).
    pocketsphinx-en-us
)
test_packages=(
    ffmpeg xvfb xauth imagemagick procps util-linux iproute2
    chromium pulseaudio pulseaudio-utils desktop-file-utils clang-format git
    # The recorder page in the other engines: Firefox ESR, and WebKitGTK's driver (MiniBrowser
    # comes with libwebkit2gtk-4.1-0), whose MediaRecorder needs an AAC encoder (voaacenc, in
    # GStreamer's bad plugins): without one it throws NotSupportedError at start().
    firefox-esr webkit2gtk-driver gstreamer1.0-plugins-bad
    # A disk that fails its syncs (tests/support/faultyfs): FUSE.
    libfuse3-dev fuse3
    # The sanitizer stage: clang with libFuzzer and the sanitizer runtimes, llvm-symbolizer.
    clang libclang-rt-14-dev llvm
    # Icecast source clients that stream to Earshot in the tests.
    ices2 darkice ezstream
    # A reverse proxy in front of Earshot (TLS ends there), and curl as a source client through it.
    haproxy curl
    # Real read speech for the transcription tests (LibriVox, with its transcription).
    pocketsphinx-testdata
    # The service's unit checked with systemd-analyze (tests/package/check-unit.sh).
    systemd
    # promtool, which checks what GET /metrics answers (tests/server/api/tst_metrics).
    prometheus
)

packages=("${build_packages[@]}" "${run_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
# Node.js for the browser tests: any install that provides node and npm will do (Debian's, or
# NodeSource's, whose nodejs package carries npm and conflicts with Debian's npm).
if [[ "${1:-}" == "--test" ]]; then
    command -v node >/dev/null || missing+=(nodejs)
    command -v npm >/dev/null || missing+=(npm)
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
