#!/usr/bin/env bash
# Benchmarks of the web finder with wrk on 127.0.0.1, against a bare Netty server that answers
# every request with a fixed body of the same size. Needs wrk and curl; builds the classes first.
# The finder runs twice: as served (access log on, to a file) and with its access log off.
#
#   bench/http.sh            # 15 s per wrk run, as in the figures of the README
#   DURATION=5s bench/http.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
PORT=${PORT:-18888}
QUIET_PORT=${QUIET_PORT:-18890}
BASE_PORT=${BASE_PORT:-18889}
SMALL="/api/search?query=cat+face"
HUGE_PAGE="/api/search?query=cjk&stop=15"
STREAM="/api/stream?query=cjk"
WRK=(wrk -t2 -c64 "-d$DURATION" --latency)

CP="$(bench/classpath.sh)"

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# Waits until the server just started (the last pid) answers $1; fails if it died instead.
wait_for() {
    for _ in $(seq 100); do
        kill -0 "${pids[-1]}" 2>/dev/null || { echo "the server for $1 did not start" >&2; exit 1; }
        curl -fso /dev/null "$1" && return 0
        sleep 0.1
    done
    echo "no answer from $1" >&2
    exit 1
}

for port in "$PORT" "$QUIET_PORT" "$BASE_PORT"; do
    if curl -so /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is already in use" >&2
        exit 1
    fi
done

# Warms the JIT, then measures.
measure() {
    echo "== $1"
    wrk -t2 -c64 -d3s "$2" >/dev/null
    "${WRK[@]}" "$2" | grep -E "Requests/sec|Latency  |  50%|  99%|requests in|Non-2xx"
}

# The server's own log configuration, not the tests' (which logs warnings only), and the JVM
# flags the launcher gives `serve`; the bare Netty server runs with the same flags.
LOG_CONFIG=-Dlogback.configurationFile=src/main/resources/logback.xml
SERVE_FLAGS=(-XX:+UseParallelGC -Xmx256m)
java "${SERVE_FLAGS[@]}" "$LOG_CONFIG" -cp "$CP" charfinder.bench.HttpBenchServer "$PORT" index-cache 2>target/bench-http-server.log &
pids+=($!)
URL="http://127.0.0.1:$PORT"
wait_for "$URL/api/health"
BYTES=$(curl -s "$URL$SMALL" | wc -c)
java "${SERVE_FLAGS[@]}" "$LOG_CONFIG" -Dcharfinder.log.access=warn -cp "$CP" charfinder.bench.HttpBenchServer \
    "$QUIET_PORT" index-cache 2>target/bench-http-server-quiet.log &
pids+=($!)
QUIET="http://127.0.0.1:$QUIET_PORT"
wait_for "$QUIET/api/health"
java "${SERVE_FLAGS[@]}" -cp "$CP" charfinder.bench.FixedBodyServer "$BASE_PORT" "$BYTES" 2>target/bench-fixed-server.log &
pids+=($!)
BASE="http://127.0.0.1:$BASE_PORT"
wait_for "$BASE/"

# Each server in turn, twice, so that both see the same machine (other work on it skews single runs).
for round in 1 2; do
    measure "round $round: charfinder $SMALL ($BYTES bytes)" "$URL$SMALL"
    measure "round $round: charfinder, access log off, $SMALL" "$QUIET$SMALL"
    measure "round $round: bare Netty, fixed body of $BYTES bytes" "$BASE$SMALL"
    measure "round $round: charfinder $HUGE_PAGE" "$URL$HUGE_PAGE"
    measure "round $round: charfinder, access log off, $HUGE_PAGE" "$QUIET$HUGE_PAGE"
done
echo "== charfinder, random 15-item pages of cjk (bench/random-cjk-page.lua: few remembered)"
"${WRK[@]}" -s bench/random-cjk-page.lua "$URL" | grep -E "Requests/sec|Latency  |  50%|  99%|requests in|Non-2xx"

echo "== $STREAM alone: time to first byte, total time (seconds), size (bytes); 10 runs"
for _ in $(seq 10); do
    curl -s -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download}\n' "$URL$STREAM"
done

# The 8 downloaders are processes of their own that take CPU to receive ~100 MB/s each; the
# second run gives them the lowest priority, which shows what the server does for the small
# query when the clients' own work does not starve wrk of the 2 cores.
downloaders() {
    for _ in $(seq 8); do
        (while true; do $1 curl -s -o /dev/null "$URL$STREAM" || true; done) &
        pids+=($!)
    done
    sleep 1
}
stop_downloaders() {
    for pid in "${pids[@]:3}"; do kill "$pid" 2>/dev/null || true; done
    pids=("${pids[@]:0:3}")
    sleep 1
}
echo "== charfinder $SMALL while 8 clients download $STREAM in a loop"
downloaders ""
"${WRK[@]}" "$URL$SMALL" | grep -E "Requests/sec|Latency  |  50%|  99%|requests in|Non-2xx"
stop_downloaders
echo "== the same, downloaders at nice 19"
downloaders "nice -n 19"
"${WRK[@]}" "$URL$SMALL" | grep -E "Requests/sec|Latency  |  50%|  99%|requests in|Non-2xx"
stop_downloaders
echo "== charfinder $SMALL alone again"
"${WRK[@]}" "$URL$SMALL" | grep -E "Requests/sec|Latency  |  50%|  99%|requests in|Non-2xx"
