#!/usr/bin/env bash
# What live transcription costs on this machine (docs/transcription.md), with real read speech
# (LibriVox, pocketsphinx-testdata):
#   1. the recognizer's real-time factor and memory: `earshot --transcribe` on 47 s of read
#      speech, alone on core 0 (CPU time / audio length; peak RSS of the process);
#   2. how many streams one core transcribes live: 1..3 of those runs at once on core 0, each
#      carried live when the wall time stays within the audio's length;
#   3. what it costs the other streams: the ack latency of 200 plain PCM streams, with and without
#      8 transcribed ones beside them (the server transcribes every session, at most 8 at once;
#      their audio is the bench's payload, which the recognizer works on like any other).
#
#   bench/transcription.sh [--build-dir DIR] [--no-build] [--duration-s S]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=$root/build-bench
build_first=1
duration_s=20
while (($#)); do
    case $1 in
    --build-dir) build=${2:?}; shift 2 ;;
    --no-build) build_first=0; shift ;;
    --duration-s) duration_s=${2:?}; shift 2 ;;
    -h | --help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "transcription.sh: unknown option $1" >&2; exit 1 ;;
    esac
done
if ((build_first)); then
    [[ -f $build/build.ninja ]] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build" --target earshot earshot-bench -j2
fi
earshot=$build/app/earshot
librivox=/usr/share/pocketsphinx/test/data/librivox
[[ -d $librivox ]] || { echo "transcription.sh: needs pocketsphinx-testdata" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/earshot-transcription.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The five LibriVox sentences, twice over.
inputs=()
filter=
n=0
for ((round = 0; round < 2; ++round)); do
    for wav in "$librivox"/*.wav; do
        inputs+=(-i "$wav")
        filter+="[$n]"
        n=$((n + 1))
    done
done
ffmpeg -nostdin -loglevel error "${inputs[@]}" -filter_complex "${filter}concat=n=$n:v=0:a=1" \
    -ar 16000 -ac 1 "$work/speech.wav"
audio_s=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/speech.wav")
printf 'Speech: %.1f s of LibriVox read speech\n\n' "$audio_s"

# 1. One recognizer alone on core 0.
export QT_QPA_PLATFORM=offscreen
/usr/bin/time -f '%e %U %S %M' -o "$work/one.time" taskset -c 0 "$earshot" --transcribe \
    "$work/speech.wav" >"$work/one.out" 2>/dev/null
read -r wall user sys rss_kib <"$work/one.time"
cues=$(grep -c -- ' --> ' "$work/speech.vtt")
awk -v wall="$wall" -v cpu="$(echo "$user + $sys" | bc)" -v audio="$audio_s" -v rss="$rss_kib" -v cues="$cues" 'BEGIN {
    printf "1. One recognizer on one core: %.1f s wall, %.1f s CPU for %.1f s of audio\n", wall, cpu, audio
    printf "   real-time factor %.2f (CPU / audio), %d cues, peak RSS %.0f MiB (the whole process)\n\n",
        cpu / audio, cues, rss / 1024 }'

# 2. Several at once on the same core.
echo "2. Recognizers sharing core 0 (each stream is carried live while wall <= ${audio_s%.*} s):"
for k in 1 2 3; do
    pids=()
    for ((i = 0; i < k; ++i)); do
        cp "$work/speech.wav" "$work/par$i.wav"
        /usr/bin/time -f '%e' -o "$work/par$i.time" taskset -c 0 "$earshot" --transcribe \
            "$work/par$i.wav" >/dev/null 2>&1 &
        pids+=($!)
    done
    wait "${pids[@]}"
    worst=$(cat "$work"/par*.time | sort -n | tail -1)
    verdict=$(awk -v w="$worst" -v a="$audio_s" 'BEGIN { print (w <= a) ? "live" : "falls behind" }')
    printf '   %d at once: slowest %.1f s -> %s\n' "$k" "$worst" "$verdict"
    rm -f "$work"/par*.time "$work"/par*.wav "$work"/par*.vtt
done
echo

# 3. Ack latency of the plain streams, with and without transcribed ones beside them.
latency() {
    "$here/run-bench.sh" --no-build --build-dir "$build" --streams 208 --duration-s "$duration_s" \
        --port 18090 "$@" 2>&1 | grep -E '^(Streams|Files|Ack latency):'
}
echo "3. 208 PCM streams of 3200 B every 100 ms for ${duration_s} s, server on core 0:"
echo "   without transcription:"
latency | sed 's/^/     /'
echo "   8 of them transcribed (--transcribe-all --max-transcriptions 8):"
latency --server-arg --transcribe-all --server-arg --max-transcriptions --server-arg 8 | sed 's/^/     /'
