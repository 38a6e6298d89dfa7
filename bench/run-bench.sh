#!/usr/bin/env bash
# Runs the real Earshot server (headless, pinned to core 0) and earshot-bench against it (pinned to
# core 1) over loopback, then stops the server with SIGTERM. See bench/README.md.
#
#   bench/run-bench.sh [--streams N] [--chunk-bytes B] [--interval-ms I] [--duration-s S]
#                      [--soak [S]] [--kill-at S|random]
#                      [--port P] [--build-dir DIR] [--no-pcm] [--no-build] [--keep]
#                      [--server-arg ARG]... (passed to the server, e.g. --transcribe-all)
#                      [any other earshot-bench option, e.g. --threads 2]
#
# Defaults: 1000 streams x 3200 B every 100 ms for 10 s, PCM, port 18080, build dir build-bench.
# --soak: send for S seconds (default 3600) and check the server's VmRSS stays flat. --kill-at:
# kill -9 the server then (or at a seeded random moment), restart it on the same folder, resume.
# Exit code: earshot-bench's (0 = every stream completed and every file matched), 3 when the
# server did not stop cleanly, 1 for a setup problem.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${EARSHOT_BUILD_DIR:-$root/build-bench}
port=18080
streams=1000
chunk_bytes=3200
interval_ms=100
duration_s=10
pcm=(--pcm)
build_first=1
keep=0
soak_s=
kill_at=
extra=()
server_args=()

# Bounds of every wait below, in tenths of a second.
readonly start_wait=100 # server start-up until the port accepts
readonly stop_wait=300  # SIGTERM until the server has exited

die() {
    echo "run-bench: $*" >&2
    exit 1
}

while (($#)); do
    case $1 in
    --streams) streams=${2:?--streams needs a value}; shift 2 ;;
    --chunk-bytes) chunk_bytes=${2:?--chunk-bytes needs a value}; shift 2 ;;
    --interval-ms) interval_ms=${2:?--interval-ms needs a value}; shift 2 ;;
    --duration-s) duration_s=${2:?--duration-s needs a value}; shift 2 ;;
    --soak)
        # The seconds are optional: an hour unless a number follows.
        if [[ ${2:-} =~ ^[0-9]+([.][0-9]+)?$ ]]; then
            soak_s=$2
            shift 2
        else
            soak_s=3600
            shift
        fi
        ;;
    --kill-at) kill_at=${2:?--kill-at needs a value (seconds or random)}; shift 2 ;;
    --port) port=${2:?--port needs a value}; shift 2 ;;
    --build-dir) build=${2:?--build-dir needs a value}; shift 2 ;;
    --pcm) pcm=(--pcm); shift ;;
    --no-pcm) pcm=(); shift ;;
    --no-build) build_first=0; shift ;;
    --keep) keep=1; shift ;;
    --server-arg) server_args+=("${2:?--server-arg needs a value}"); shift 2 ;;
    -h | --help)
        sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) extra+=("$1"); shift ;;
    esac
done

if ((build_first)); then
    if [[ ! -f $build/build.ninja ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$build" --target earshot earshot-bench -j2
fi
server_bin=$build/app/earshot
bench_bin=$build/bench/earshot-bench
[[ -x $server_bin ]] || die "no server at $server_bin (build the earshot target first)"
[[ -x $bench_bin ]] || die "no bench at $bench_bin"

port_accepts() {
    timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}
port_accepts "$port" && die "something already listens on port $port; pick another with --port"

# Server on one core, bench on the other, so that neither steals the other's time.
server_pin=()
bench_pin=()
if (($(nproc) >= 2)); then
    server_pin=(taskset -c 0)
    bench_pin=(taskset -c 1)
else
    echo "run-bench: fewer than 2 cores; server and bench share them (figures are less clean)" >&2
fi

# Each stream is a socket on both sides and an open file in the server.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

work=$(mktemp -d "${TMPDIR:-/tmp}/earshot-bench.XXXXXX")
recordings=$work/recordings
mkdir -p "$recordings"
# The bench reads the server's pid from here: after the crash phase's kill it is the new one's.
pid_file=$work/server.pid
server_pid=
bench_pid=
status=1

# --bind keeps the server off the network: the run stays on loopback. A restart appends to the log.
start_server() {
    "${server_pin[@]}" "$server_bin" --headless --bind 127.0.0.1 --port "$port" \
        --dir "$recordings" ${server_args[@]+"${server_args[@]}"} >>"$work/server.log" 2>&1 &
    server_pid=$!
    echo "$server_pid" >"$pid_file.new"
    mv -f "$pid_file.new" "$pid_file"
}

stop_server() {
    [[ -n $server_pid ]] || return 0
    local pid=$server_pid
    server_pid=
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < stop_wait; ++i)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "run-bench: the server did not exit within $((stop_wait / 10)) s of SIGTERM; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return 1
    fi
    local rc=0
    wait "$pid" || rc=$?
    if ((rc != 0)); then
        echo "run-bench: the server exited with status $rc after SIGTERM" >&2
        return 1
    fi
    return 0
}

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [[ -n $bench_pid ]]; then
        kill -TERM "$bench_pid" 2>/dev/null || true
        wait "$bench_pid" 2>/dev/null || true
    fi
    stop_server || true
    if ((keep)) || ((status != 0)); then
        echo "run-bench: recordings and server log kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server

for ((i = 0; ; ++i)); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        server_pid=
        tail -n 20 "$work/server.log" >&2 || true
        die "the server exited during start-up"
    fi
    port_accepts "$port" && break
    ((i < start_wait)) || die "the server did not accept on port $port within $((start_wait / 10)) s"
    sleep 0.1
done
echo "run-bench: server pid $server_pid on port $port, recordings in $recordings" >&2

timing=(--duration-s "$duration_s")
if [[ -n $soak_s ]]; then
    timing=(--soak "$soak_s")
    duration_s=$soak_s
fi
crash=()
[[ -z $kill_at ]] || crash=(--kill-at "$kill_at" --server-pid-file "$pid_file")

# The bench bounds itself; this outer limit only catches a hang. It leaves room to read every file
# back at a slow 20 MiB/s: an hour of 500 streams is 54 GiB, more than the page cache holds, and a
# soak's check took over ten minutes here. SIGTERM, since a background job ignores SIGINT.
whole_s=$(printf '%.0f' "$duration_s")
offered_bytes=$((streams * chunk_bytes * 1000 / interval_ms * whole_s))
bench_limit=$((whole_s + 600 + offered_bytes / (20 * 1024 * 1024)))
"${bench_pin[@]}" timeout --signal=TERM --kill-after=10 "$bench_limit" "$bench_bin" \
    --url "ws://127.0.0.1:$port/ws" --streams "$streams" --chunk-bytes "$chunk_bytes" \
    --interval-ms "$interval_ms" "${timing[@]}" --dir "$recordings" \
    --server-pid "$server_pid" ${crash[@]+"${crash[@]}"} ${pcm[@]+"${pcm[@]}"} \
    ${extra[@]+"${extra[@]}"} &
bench_pid=$!

# Wait for the bench; if the server dies first, restart it on the same folder when that was the
# crash phase's kill -9 (status 128 + 9), once. Any other end of the server is the bench's to report.
bench_rc=0
restarts=0
while [[ -n $bench_pid ]]; do
    ended=
    rc=0
    if [[ -n $server_pid ]]; then
        wait -n -p ended "$bench_pid" "$server_pid" || rc=$?
    else
        wait "$bench_pid" || rc=$?
        ended=$bench_pid
    fi
    if [[ $ended == "$bench_pid" ]]; then
        bench_rc=$rc
        bench_pid=
    elif [[ $ended == "$server_pid" ]]; then
        server_pid=
        if [[ -n $kill_at ]] && ((rc == 137 && restarts == 0)); then
            restarts=$((restarts + 1))
            start_server
            echo "run-bench: the server was killed; restarted it as pid $server_pid" >&2
        else
            echo "run-bench: the server exited with status $rc during the run" >&2
        fi
    fi
done

server_ok=1
stop_server || server_ok=0
if ((!server_ok)); then
    tail -n 20 "$work/server.log" >&2 || true
fi

if ((bench_rc != 0)); then
    status=$bench_rc
elif ((!server_ok)); then
    status=3
else
    status=0
fi
exit "$status"
