#!/usr/bin/env bash
# Measures Earshot against its peers in one go on this machine and prints the figures as markdown
# tables (bench/README.md, "Comparing servers"):
#   - the floor (bench/floor, a bare epoll loop), the Qt baseline (bench/qtbaseline, a one-thread
#     QWebSocketServer) and Earshot headless, at each stream count: 3200 B every 100 ms a stream,
#     CPU per chunk and ack latency in a steady window after the ramp-up;
#   - bulk: one stream of 64 KiB messages as fast as the acks allow, against raw TCP into a file
#     (socat), in MiB/s and server CPU per MiB;
#   - the monitor (the GUI, under xvfb-run): its GUI thread's CPU with 1000 live streams.
# The server runs pinned to core 0, earshot-bench to core 1. The stream runs use earshot-bench's
# raw client (--raw-client: plain sockets in an epoll loop), so that the bench is not the limit
# long before the servers are; the bulk runs use its QWebSocket client. Every run checks every file byte
# for byte.
#
#   bench/compare.sh [--servers floor,qt,earshot] [--streams 1000,2000,3000] [--earshot PATH]
#                    [--duration-s 10] [--window-after-s 3] [--window-s 5]
#                    [--no-bulk] [--bulk-s 10] [--socat-mib 2048] [--no-gui] [--gui-streams 1000]
#                    [--port-base 18400] [--server-cpu 0] [--bench-cpu 1] [--bench-threads 1]
#                    [--qt-client] [--nice N] [--build-dir DIR] [--no-build] [--keep]
#
# Exit code: 0 when every run gave its figures and every file was byte-exact, 1 otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${EARSHOT_BUILD_DIR:-$root/build-bench}
servers=floor,qt,earshot
stream_counts=1000,2000,3000
earshot_bin=
duration_s=10
window_after_s=3
window_s=5
bulk=1
bulk_s=10
socat_mib=2048
gui=1
gui_streams=1000
port=18400
server_cpu=0
bench_cpu=1
bench_threads=1
# How earshot-bench runs the stream rows: --raw-client, or nothing for its QWebSocket streams
# (--qt-client, as the tables measured before the raw client).
stream_client=(--raw-client)
nice_level=
build_first=1
keep=0

# Bounds of every wait below, in tenths of a second.
readonly start_wait=300 # server start-up until the port accepts (the GUI makes its certificates)
readonly stop_wait=300  # SIGTERM until the server has exited

die() {
    echo "compare: $*" >&2
    exit 1
}

while (($#)); do
    case $1 in
    --servers) servers=${2:?}; shift 2 ;;
    --streams) stream_counts=${2:?}; shift 2 ;;
    --earshot) earshot_bin=${2:?}; shift 2 ;;
    --duration-s) duration_s=${2:?}; shift 2 ;;
    --window-after-s) window_after_s=${2:?}; shift 2 ;;
    --window-s) window_s=${2:?}; shift 2 ;;
    --no-bulk) bulk=0; shift ;;
    --bulk-s) bulk_s=${2:?}; shift 2 ;;
    --socat-mib) socat_mib=${2:?}; shift 2 ;;
    --no-gui) gui=0; shift ;;
    --gui-streams) gui_streams=${2:?}; shift 2 ;;
    --port-base) port=${2:?}; shift 2 ;;
    --server-cpu) server_cpu=${2:?}; shift 2 ;;
    --bench-cpu) bench_cpu=${2:?}; shift 2 ;;
    --bench-threads) bench_threads=${2:?}; shift 2 ;;
    --qt-client) stream_client=(); shift ;;
    --nice) nice_level=${2:?}; shift 2 ;;
    --build-dir) build=${2:?}; shift 2 ;;
    --no-build) build_first=0; shift ;;
    --keep) keep=1; shift ;;
    -h | --help)
        sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown option $1 (see --help)" ;;
    esac
done

IFS=, read -r -a server_list <<<"$servers"
IFS=, read -r -a count_list <<<"$stream_counts"
for server in "${server_list[@]}"; do
    [[ $server =~ ^(floor|qt|earshot)$ ]] || die "--servers takes floor, qt and earshot, not $server"
done
for count in "${count_list[@]}"; do
    [[ $count =~ ^[0-9]+$ ]] || die "--streams takes numbers, not $count"
done
command -v jq >/dev/null || die "jq is missing (apt-get install jq)"

wants() { [[ ,$servers, == *,$1,* ]]; }

if ((build_first)); then
    targets=(earshot-bench earshot-floor earshot-qtbaseline)
    [[ -n $earshot_bin ]] || targets+=(earshot)
    if [[ ! -f $build/build.ninja ]]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$build" --target "${targets[@]}" -j2
fi
earshot_bin=${earshot_bin:-$build/app/earshot}
bench_bin=$build/bench/earshot-bench
floor_bin=$build/bench/floor/earshot-floor
qt_bin=$build/bench/qtbaseline/earshot-qtbaseline
[[ -x $bench_bin ]] || die "no bench at $bench_bin"
! wants floor || [[ -x $floor_bin ]] || die "no floor server at $floor_bin"
! wants qt || [[ -x $qt_bin ]] || die "no Qt baseline at $qt_bin"
if wants earshot || ((gui)); then
    [[ -x $earshot_bin ]] || die "no Earshot at $earshot_bin (build it, or pass --earshot PATH)"
fi
if ((bulk)); then
    command -v socat >/dev/null || die "socat is missing (apt-get install socat), or pass --no-bulk"
fi
if ((gui)); then
    command -v xvfb-run >/dev/null || die "xvfb-run is missing (apt-get install xvfb), or pass --no-gui"
fi

niced=()
[[ -z $nice_level ]] || niced=(nice -n "$nice_level")
server_pin=(taskset -c "$server_cpu" ${niced[@]+"${niced[@]}"})
bench_pin=(taskset -c "$bench_cpu" ${niced[@]+"${niced[@]}"})

# Each stream is a socket on both sides and an open file in the server.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

work=$(mktemp -d "${TMPDIR:-/tmp}/earshot-compare.XXXXXX")
server_pid=
gui_wrapper_pid=
gui_pid=
failed=0

port_accepts() {
    timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# The next port of the range, checked to be free: every run has its own, so that no run waits
# for the last one's connections to leave TIME_WAIT.
next_port() {
    port=$((port + 1))
    port_accepts "$port" && die "something already listens on port $port; pick another --port-base"
    return 0
}

wait_until_accepting() { # pid name log
    for ((i = 0; ; ++i)); do
        if ! kill -0 "$1" 2>/dev/null; then
            tail -n 20 "$3" >&2 || true
            echo "compare: $2 exited during start-up" >&2
            return 1
        fi
        port_accepts "$port" && return 0
        if ((i >= start_wait)); then
            echo "compare: $2 did not accept on port $port within $((start_wait / 10)) s" >&2
            return 1
        fi
        sleep 0.1
    done
}

# SIGTERM to signalled (a child of this shell by default), then wait for child to exit; 1 when it
# did not exit cleanly. The monitor is xvfb-run's child: it is signalled, xvfb-run is waited for
# (it exits with the monitor's status).
stop_process() { # child [signalled]
    local pid=$1
    kill -TERM "${2:-$pid}" 2>/dev/null || true
    for ((i = 0; i < stop_wait; ++i)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "compare: pid $pid did not exit within $((stop_wait / 10)) s of SIGTERM; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return 1
    fi
    local rc=0
    wait "$pid" 2>/dev/null || rc=$?
    ((rc == 0))
}

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    [[ -z $server_pid ]] || stop_process "$server_pid" || true
    [[ -z $gui_wrapper_pid ]] || stop_process "$gui_wrapper_pid" "${gui_pid:-$gui_wrapper_pid}" || true
    if ((keep)) || ((failed)); then
        echo "compare: results, logs and recordings kept in $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() { # kind recordings log
    local kind=$1 dir=$2 log=$3
    case $kind in
    floor) "${server_pin[@]}" "$floor_bin" --port "$port" --dir "$dir" >"$log" 2>&1 & ;;
    qt) "${server_pin[@]}" "$qt_bin" --port "$port" --dir "$dir" >"$log" 2>&1 & ;;
    earshot)
        # As run-bench.sh starts it: headless, loopback only.
        "${server_pin[@]}" "$earshot_bin" --headless --bind 127.0.0.1 --port "$port" \
            --dir "$dir" >"$log" 2>&1 &
        ;;
    esac
    server_pid=$!
}

# earshot-bench against the server on $port; its RESULT line goes to $label.json.
run_bench() { # label recordings pid bench-options...
    local label=$1 dir=$2 pid=$3
    shift 3
    local limit=$(($(printf '%.0f' "$duration_s") + $(printf '%.0f' "$bulk_s") + 600))
    local rc=0
    "${bench_pin[@]}" timeout --signal=TERM --kill-after=10 "$limit" "$bench_bin" \
        --url "ws://127.0.0.1:$port/ws" --dir "$dir" --server-pid "$pid" \
        --threads "$bench_threads" "$@" \
        >"$work/$label.bench.log" 2>&1 || rc=$?
    if ! grep '^RESULT ' "$work/$label.bench.log" | cut -c8- >"$work/$label.json" \
        || [[ ! -s $work/$label.json ]]; then
        echo "compare: $label gave no RESULT (exit $rc); see $work/$label.bench.log" >&2
        rm -f "$work/$label.json"
        failed=1
        return 0
    fi
    if [[ $(jq '.filesMatched == .streams' "$work/$label.json") != true ]]; then
        echo "compare: $label: files not byte-exact; see $work/$label.bench.log" >&2
        failed=1
    fi
    return 0
}

# One run against one server: a fresh folder, a fresh process, the bench with the given
# options, SIGTERM.
run_against() { # kind label bench-options...
    local kind=$1 label=$2
    shift 2
    local dir=$work/$label
    mkdir -p "$dir"
    next_port
    start_server "$kind" "$dir" "$work/$label.server.log"
    if ! wait_until_accepting "$server_pid" "$kind" "$work/$label.server.log"; then
        server_pid=
        failed=1
        return 0
    fi
    echo "compare: $label: server pid $server_pid on port $port" >&2
    run_bench "$label" "$dir" "$server_pid" "$@"
    local pid=$server_pid
    server_pid=
    stop_process "$pid" || echo "unclean" >"$work/$label.unclean"
    ((keep)) || rm -rf "$dir"
}

# One server at one stream count.
run_streams() { # kind streams
    run_against "$1" "$1-$2" --streams "$2" --chunk-bytes 3200 --interval-ms 100 \
        --duration-s "$duration_s" --pcm --window-after-s "$window_after_s" --window-s "$window_s" \
        ${stream_client[@]+"${stream_client[@]}"}
}

# Bulk through a server: one stream of 64 KiB messages, the window over most of the send phase.
# Always the QWebSocket client: the raw one sends on a schedule only.
run_bulk() { # kind
    run_against "$1" "bulk-$1" --streams 1 --chunk-bytes 65536 --bulk --duration-s "$bulk_s" \
        --window-after-s 1 --window-s "$(awk "BEGIN { print $bulk_s - 2 }")"
}

# Raw TCP into a file: socat listens (pinned like the servers) and writes what a second socat
# sends from a file of random bytes. CPU time from the shell's `times` of its child.
run_socat() {
    local label=bulk-socat
    local payload=$work/socat.payload out=$work/socat.received
    head -c "$((socat_mib * 1024 * 1024))" /dev/urandom >"$payload"
    next_port
    (
        "${server_pin[@]}" socat -u -b 65536 "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr" \
            "OPEN:$out,creat,trunc"
        times >"$work/$label.times"
    ) 2>"$work/$label.server.log" &
    local listener=$!
    # A probe connection would be the one socat serves: watch for its listening socket instead.
    for ((i = 0; ; ++i)); do
        [[ -n $(ss -Hltn "sport = :$port") ]] && break
        if ((i >= start_wait)) || ! kill -0 "$listener" 2>/dev/null; then
            echo "compare: socat did not listen on port $port" >&2
            failed=1
            return 0
        fi
        sleep 0.1
    done
    local begin end
    begin=$(date +%s%N)
    "${bench_pin[@]}" socat -u -b 65536 "OPEN:$payload" "TCP:127.0.0.1:$port"
    wait "$listener"
    end=$(date +%s%N)
    # The children's line of `times`: "0m1.234s 0m0.567s" (user, system).
    local cpu_s exact=false
    cpu_s=$(sed -n 2p "$work/$label.times" | awk '{
        n = split($1 " " $2, t, " "); s = 0
        for (i = 1; i <= n; ++i) { split(t[i], p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] }
        print s }')
    cmp -s "$payload" "$out" && exact=true
    [[ $exact == true ]] || failed=1
    jq -n --argjson bytes "$((socat_mib * 1024 * 1024))" --argjson ns "$((end - begin))" \
        --argjson cpu "$cpu_s" --argjson exact "$exact" \
        '{mibPerS: ($bytes / 1048576 / ($ns / 1e9)), cpuPerMiBMs: ($cpu * 1000 / ($bytes / 1048576)),
          serverCpuPercent: (100 * $cpu / ($ns / 1e9)), exact: $exact}' >"$work/$label.json"
    rm -f "$payload" "$out"
    sync # whatever writeback of them had begun ends here, not in the next run
}

# The monitor under a virtual display: the GUI on the server's core, Xvfb with the bench. Its own
# settings folder, so that the run leaves the user's monitor settings alone.
run_gui() {
    local label=gui-$gui_streams
    local dir=$work/$label
    mkdir -p "$dir" "$work/gui-config"
    next_port
    XDG_CONFIG_HOME=$work/gui-config "${bench_pin[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" \
        "${server_pin[@]}" "$earshot_bin" --bind 127.0.0.1 --port "$port" --dir "$dir" \
        >"$work/$label.server.log" 2>&1 &
    gui_wrapper_pid=$!
    # The monitor is a child of xvfb-run's shell; find it by its executable.
    local target
    target=$(readlink -f "$earshot_bin")
    for ((i = 0; i < start_wait; ++i)); do
        for child in $(pgrep -P "$gui_wrapper_pid" || true); do
            [[ $(readlink -f "/proc/$child/exe" 2>/dev/null) == "$target" ]] && gui_pid=$child
        done
        [[ -z $gui_pid ]] || break
        sleep 0.1
    done
    if [[ -z $gui_pid ]] || ! wait_until_accepting "$gui_pid" "the monitor" "$work/$label.server.log"; then
        stop_process "$gui_wrapper_pid" "${gui_pid:-$gui_wrapper_pid}" || true
        gui_wrapper_pid=
        failed=1
        return 0
    fi
    echo "compare: $label: monitor pid $gui_pid on port $port" >&2
    run_bench "$label" "$dir" "$gui_pid" --streams "$gui_streams" --chunk-bytes 3200 \
        --interval-ms 100 --duration-s "$duration_s" --pcm \
        --window-after-s "$window_after_s" --window-s "$window_s" \
        ${stream_client[@]+"${stream_client[@]}"}
    stop_process "$gui_wrapper_pid" "$gui_pid" || echo "unclean" >"$work/$label.unclean"
    gui_wrapper_pid=
    ((keep)) || rm -rf "$dir"
}

for count in "${count_list[@]}"; do
    for server in floor qt earshot; do
        wants "$server" && run_streams "$server" "$count"
    done
done
if ((bulk)); then
    for server in floor qt earshot; do
        wants "$server" && run_bulk "$server"
    done
    # Last: its page cache (the payload and its copy) would be written back under the runs after it.
    run_socat
fi
((gui)) && run_gui

# The tables. Figures of the steady window unless said otherwise.
name_of() {
    case $1 in
    floor) echo "bare epoll loop (bench/floor)" ;;
    qt) echo "one-thread QWebSocketServer (bench/qtbaseline)" ;;
    earshot) echo "Earshot" ;;
    esac
}
join_notes() {
    local IFS=';'
    local joined="$*"
    echo "${joined//;/; }"
}
fmt() { # jq filter on a result file, printed with one decimal, "?" when null
    jq -r "($1) as \$v | if \$v == null then \"?\" else (\$v * 10 | round / 10 | tostring) end" "$2"
}

echo
echo "## Comparison ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), kernel $(uname -r))"
echo
echo "Earshot: \`$earshot_bin\` (built $(date -u -r "$earshot_bin" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '?'))."
if ((${#stream_client[@]})); then
    loader="raw client"
else
    loader="QWebSocket client"
fi
echo "Server on CPU $server_cpu, earshot-bench on CPU $bench_cpu ($loader, $bench_threads thread(s)); 3200 B every 100 ms a stream, PCM;"
echo "steady window ${window_s} s from ${window_after_s} s into the ${duration_s} s send phase."
echo
echo "| server | streams | CPU per chunk | ack p50 | ack p99 | acked within the run | vs floor | server core | bench core | files byte-exact | notes |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for count in "${count_list[@]}"; do
    floor_cost=
    [[ -f $work/floor-$count.json ]] && floor_cost=$(jq -r '.window.cpuPerChunkUs // empty' "$work/floor-$count.json")
    for server in floor qt earshot; do
        wants "$server" || continue
        file=$work/$server-$count.json
        if [[ ! -f $file ]]; then
            echo "| $(name_of "$server") | $count | – | – | – | – | – | – | – | – | no result |"
            continue
        fi
        cost=$(jq -r '.window.cpuPerChunkUs // empty' "$file")
        ratio=–
        [[ -n $cost && -n $floor_cost ]] && ratio=$(jq -n "$cost / $floor_cost * 100 | round / 100 | tostring + \"x\"" -r)
        notes=()
        [[ $(jq '.window.loaderSaturated' "$file") == true ]] && notes+=("loader saturated")
        other=$(jq -r '.window.otherCpuPercent // 0' "$file")
        (($(printf '%.0f' "$other") > 15)) && notes+=("other work ${other} %")
        failures=$(jq '.streams - .completed' "$file")
        ((failures == 0)) || notes+=("$failures streams incomplete")
        [[ ! -f $work/$server-$count.unclean ]] || notes+=("unclean exit")
        printf '| %s | %s | %s µs | %s ms | %s ms | %s %% | %s | %s %% | %s %% | %s | %s |\n' \
            "$(name_of "$server")" "$count" "$(fmt .window.cpuPerChunkUs "$file")" \
            "$(fmt .window.latencyMs.p50 "$file")" "$(fmt .window.latencyMs.p99 "$file")" \
            "$(jq -r '.chunksAcked / .chunksExpected * 1000 | round / 10' "$file")" "$ratio" \
            "$(fmt .window.serverCpuPercent "$file")" "$(fmt .window.benchCpuPercent "$file")" \
            "$(jq -r '"\(.filesMatched)/\(.streams)" + (if .filesMatched == .streams then " yes" else " NO" end)' "$file")" \
            "$(join_notes ${notes[@]+"${notes[@]}"})"
    done
done

if grep -qs '"loaderSaturated":true' "$work"/*-[0-9]*.json; then
    echo
    echo "Rows marked *loader saturated*: earshot-bench could not offer the load on its core; they"
    echo "measure the server under the load it got, not under the load of the row."
fi

if ((bulk)); then
    echo
    echo "Bulk: one stream, 64 KiB messages as fast as the acks allow (at most 8 MiB unacked), ${bulk_s} s;"
    echo "raw TCP: socat into a file, ${socat_mib} MiB."
    echo
    echo "| server | MiB/s | server CPU per MiB | server core | bench core | byte-exact |"
    echo "|---|---|---|---|---|---|"
    if [[ -f $work/bulk-socat.json ]]; then
        printf '| raw TCP into a file (socat) | %s | %s ms | %s %% | – | %s |\n' \
            "$(fmt .mibPerS "$work/bulk-socat.json")" "$(fmt .cpuPerMiBMs "$work/bulk-socat.json")" \
            "$(fmt .serverCpuPercent "$work/bulk-socat.json")" \
            "$(jq -r 'if .exact then "yes" else "NO" end' "$work/bulk-socat.json")"
    fi
    for server in floor qt earshot; do
        wants "$server" || continue
        file=$work/bulk-$server.json
        [[ -f $file ]] || { echo "| $(name_of "$server") | – | – | – | – | no result |"; continue; }
        printf '| %s | %s | %s ms | %s %% | %s %% | %s |\n' "$(name_of "$server")" \
            "$(fmt .window.mibPerS "$file")" "$(fmt .window.cpuPerMiBMs "$file")" \
            "$(fmt .window.serverCpuPercent "$file")" "$(fmt .window.benchCpuPercent "$file")" \
            "$(jq -r 'if .filesMatched == .streams then "yes" else "NO" end' "$file")$(jq -r 'if .window.loaderSaturated then " (loader saturated)" else "" end' "$file")"
    done
fi

if ((gui)); then
    file=$work/gui-$gui_streams.json
    echo
    echo "The monitor (GUI under xvfb-run) with $gui_streams live streams, steady window:"
    echo
    echo "| GUI thread | whole process | CPU per chunk | ack p50 | ack p99 | files byte-exact | notes |"
    echo "|---|---|---|---|---|---|---|"
    if [[ -f $file ]]; then
        notes=()
        [[ $(jq '.window.loaderSaturated' "$file") == true ]] && notes+=("loader saturated")
        failures=$(jq '.streams - .completed' "$file")
        ((failures == 0)) || notes+=("$failures streams incomplete")
        [[ ! -f $work/gui-$gui_streams.unclean ]] || notes+=("unclean exit")
        printf '| %s %% | %s %% | %s µs | %s ms | %s ms | %s | %s |\n' \
            "$(fmt .window.serverMainThreadCpuPercent "$file")" "$(fmt .window.serverCpuPercent "$file")" \
            "$(fmt .window.cpuPerChunkUs "$file")" "$(fmt .window.latencyMs.p50 "$file")" \
            "$(fmt .window.latencyMs.p99 "$file")" \
            "$(jq -r '"\(.filesMatched)/\(.streams)" + (if .filesMatched == .streams then " yes" else " NO" end)' "$file")" \
            "$(join_notes ${notes[@]+"${notes[@]}"})"
    else
        echo "| – | – | – | – | – | – | no result |"
    fi
fi
exit "$failed"
