#!/usr/bin/env bash
# The finder beside the bare Netty server, side by side: this version with its access log on and
# off, the fixed-body server (a body of the same size as the reply), and optionally another
# version of the project (PREVIOUS=DIR, a checkout whose bench/classpath.sh works), all with the
# flags the launcher gives `serve`. Then `wrk -t2 -c64 --latency` on each in turn, ROUNDS times,
# printing requests a second, p99, the share of the bare server's throughput in the same round,
# the server's CPU time (user and system, all its threads) per request, and how many times the
# scheduler preempted its threads.
#
# LOOPS=N gives every server N event loops instead of Netty's default (two a core).
# PREVIOUS_OPTS="..." gives the previous version's server JVM options of its own (an experiment's
# switches, say). WARMUP (default 20s) is how long wrk runs on each server before the first round:
# the JIT is still compiling the finder's handlers 20 s into a load.
#
#   bench/near-netty.sh                          # ROUNDS=3 DURATION=10s
#   PREVIOUS=../charfinder-old bench/near-netty.sh
#   LOOPS=2 bench/near-netty.sh                  # as many loops as serve has on two cores
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-20s}
QUERY=${QUERY:-/api/search?query=cat+face}
SERVE_FLAGS=(-XX:+UseParallelGC -Xmx256m -Dloops="${LOOPS:-0}")
LOG_CONFIG=-Dlogback.configurationFile=src/main/resources/logback.xml

CP="$(bench/classpath.sh)"
names=()
declare -A port pid
trap 'for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

# start NAME PORT DIR CLASSPATH JAVA-ARGS...: a server of the project in DIR, its log in target/.
start() {
    local name=$1 p=$2 dir=$3 cp=$4
    shift 4
    (cd "$dir" && exec java "${SERVE_FLAGS[@]}" -cp "$cp" "$@") 2>"target/bench-near-netty-$name.log" &
    pid[$name]=$!
    port[$name]=$p
    names+=("$name")
}

if [[ -n ${PREVIOUS:-} ]]; then
    previous_cp="$(cd "$PREVIOUS" && bench/classpath.sh)"
    # shellcheck disable=SC2086 # PREVIOUS_OPTS is a list of options
    start previous 19101 "$PREVIOUS" "$previous_cp" "$LOG_CONFIG" ${PREVIOUS_OPTS:-} charfinder.bench.HttpBenchServer 19101 index-cache
fi
start log-on 19102 . "$CP" "$LOG_CONFIG" charfinder.bench.HttpBenchServer 19102 index-cache
start log-off 19103 . "$CP" "$LOG_CONFIG" -Dcharfinder.log.access=warn charfinder.bench.HttpBenchServer 19103 index-cache
for name in "${names[@]}"; do
    for _ in $(seq 600); do
        curl -fso /dev/null "http://127.0.0.1:${port[$name]}$QUERY" && break
        kill -0 "${pid[$name]}" 2>/dev/null || { echo "$name did not start" >&2; exit 1; }
        sleep 0.1
    done
done
bytes=$(curl -s "http://127.0.0.1:${port[log-on]}$QUERY" | wc -c)
start fixed 19104 . "$CP" charfinder.bench.FixedBodyServer 19104 "$bytes"
for _ in $(seq 100); do curl -so /dev/null "http://127.0.0.1:19104/" && break; sleep 0.1; done

ticks=$(getconf CLK_TCK)
cpu() { awk '{ sub(/.*\) /, ""); split($0, f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
# Involuntary context switches of all the server's threads: how often the scheduler took a core from them.
switches() { cat /proc/"$1"/task/*/status | awk '/^nonvoluntary_ctxt_switches/ { n += $2 } END { print n }'; }
for name in "${names[@]}"; do
    wrk -t2 -c64 "-d$WARMUP" "http://127.0.0.1:${port[$name]}$QUERY" > /dev/null
done
echo "wrk -t2 -c64 -d$DURATION --latency on $QUERY ($bytes bytes), each server in turn"
for round in $(seq "$ROUNDS"); do
    declare -A rps=()
    lines=()
    for name in "${names[@]}"; do
        url="http://127.0.0.1:${port[$name]}$QUERY"
        wrk -t2 -c64 -d3s "$url" > /dev/null
        before=$(cpu "${pid[$name]}")
        switched=$(switches "${pid[$name]}")
        out=$(wrk -t2 -c64 "-d$DURATION" --latency "$url")
        after=$(cpu "${pid[$name]}")
        switched=$(($(switches "${pid[$name]}") - switched))
        requests=$(awk '/requests in/ {print $1}' <<< "$out")
        rps[$name]=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
        p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
        cpu_us=$(awk -v t="$((after - before))" -v n="$requests" -v hz="$ticks" 'BEGIN {printf "%.2f", t / hz * 1e6 / n}')
        lines+=("$name ${rps[$name]} $p99 $cpu_us $switched")
    done
    for line in "${lines[@]}"; do
        read -r name r p99 cpu_us switched <<< "$line"
        printf 'round %d  %-8s %10.0f/s  p99 %-7s  %.2f of bare Netty  %s us CPU a request  %s preempted\n' \
            "$round" "$name" "$r" "$p99" "$(awk -v a="$r" -v b="${rps[fixed]}" 'BEGIN {print a / b}')" "$cpu_us" \
            "$switched"
    done
done
