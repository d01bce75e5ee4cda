#!/usr/bin/env bash
# `serve` with one event loop a core against two (Netty's default), side by side: two servers
# started by the launcher, each measured in turn, ROUNDS times, with
#   - wrk -t2 -c64 --latency on /api/search?query=cat+face (web throughput and p99),
#   - bench/TcpLoad.java latency: 100 telnet sessions looping on `cat face`,
#   - bench/TcpLoad.java mixed: one `cat face` session alone, then beside 4 sessions pulling `cjk`.
# Needs wrk, curl and a built launcher (./charfinder builds on first use).
#
#   bench/serve-loops.sh                 # ROUNDS=2 SECONDS_EACH=8
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-2}
SECONDS_EACH=${SECONDS_EACH:-8}
CORES=$(nproc)
QUERY=/api/search?query=cat+face
declare -A tcp=([one]=12323 [two]=22323) http=([one]=18888 [two]=28888) loops=([one]=$CORES [two]=$((2 * CORES)))
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

for name in one two; do
    CHARFINDER_JAVA_OPTS="-Dio.netty.eventLoopThreads=${loops[$name]}" \
        ./charfinder serve --tcp-port "${tcp[$name]}" --http-port "${http[$name]}" \
        >/dev/null 2>"target/bench-serve-loops-$name.log" &
    pids+=($!)
done
for name in one two; do
    for _ in $(seq 600); do
        curl -fso /dev/null "http://127.0.0.1:${http[$name]}$QUERY" && break
        sleep 0.1
    done
    wrk -t2 -c64 -d5s "http://127.0.0.1:${http[$name]}$QUERY" >/dev/null
done

for round in $(seq "$ROUNDS"); do
    for name in one two; do
        label="round $round, ${loops[$name]} loops"
        echo "$label, web: $(wrk -t2 -c64 "-d${SECONDS_EACH}s" --latency "http://127.0.0.1:${http[$name]}$QUERY" \
            | awk '/Requests\/sec/ {r = $2} $1 == "99%" {p = $2} END {printf "%.0f/s, p99 %s", r, p}')"
        echo "$label, telnet: $(java bench/TcpLoad.java latency --port "${tcp[$name]}" --sessions 100 \
            --seconds "$SECONDS_EACH" --query 'cat face' 2>&1 | tail -2 | tr -s ' \n' ' ')"
        echo "$label, beside cjk: $(java bench/TcpLoad.java mixed --port "${tcp[$name]}" --pullers 4 \
            --seconds "$SECONDS_EACH" --query 'cat face' 2>&1 | tail -3 | tr -s ' \n' ' ')"
    done
done
