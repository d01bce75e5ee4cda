#!/usr/bin/env bash
# Fairness of the web finder: `cat face` alone, then while slow clients download the whole `cjk`
# answer at a fixed pace each (bench/SlowStreams.java), then alone again; prints the ratios of p99
# and throughput. Needs wrk and curl; builds the classes first.
#
#   bench/fair-streams.sh                      # 50 clients at 1 MB/s, 10 s wrk runs
#   STREAMS=20 RATE=500000 DURATION=5s bench/fair-streams.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
STREAMS=${STREAMS:-50}
RATE=${RATE:-1000000}
PORT=${PORT:-18891}
SMALL="/api/search?query=cat+face"
WRK=(wrk -t2 -c64 "-d$DURATION" --latency)

CP="$(bench/classpath.sh)"
if curl -so /dev/null "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is already in use" >&2
    exit 1
fi

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# As `serve` runs (the launcher's flags, the server's own log configuration, access log on).
java -XX:+UseParallelGC -Xmx256m -Dlogback.configurationFile=src/main/resources/logback.xml \
    -cp "$CP" charfinder.bench.HttpBenchServer "$PORT" index-cache 2>target/bench-fair-server.log &
pids+=($!)
URL="http://127.0.0.1:$PORT"
for _ in $(seq 100); do
    curl -fso /dev/null "$URL/api/health" && break
    kill -0 "${pids[0]}" 2>/dev/null || { echo "the server did not start" >&2; exit 1; }
    sleep 0.1
done

# Prints "requests/s p99-in-ms" of a wrk run on the small query.
small() {
    "${WRK[@]}" "$URL$SMALL" | awk '
        /Requests\/sec/ { rps = $2 }
        / 99%/ { v = $2; if (v ~ /us$/) p = v / 1000; else if (v ~ /ms$/) p = v + 0; else p = v * 1000 }
        END { printf "%.0f %.3f\n", rps, p }'
}

echo "== warming up"
wrk -t2 -c64 -d5s "$URL$SMALL" >/dev/null
# The streams warm up too, so that the run beside them measures the server, not its JIT.
java bench/SlowStreams.java --clients "$STREAMS" --rate "$RATE" --seconds 4 --port "$PORT" >/dev/null

read -r alone_rps alone_p99 < <(small)
echo "cat face alone:                $alone_rps requests/s, p99 $alone_p99 ms"

seconds=${DURATION%s}
java bench/SlowStreams.java --clients "$STREAMS" --rate "$RATE" --seconds $((seconds + 4)) --port "$PORT" \
    >target/bench-fair-streams.txt &
streams=$!
sleep 2
read -r with_rps with_p99 < <(small)
wait "$streams"
echo "cat face beside the streams:   $with_rps requests/s, p99 $with_p99 ms"
echo "the streams:                   $(cat target/bench-fair-streams.txt)"

read -r again_rps again_p99 < <(small)
echo "cat face alone again:          $again_rps requests/s, p99 $again_p99 ms"

awk -v a="$alone_rps" -v b="$again_rps" -v w="$with_rps" -v pa="$alone_p99" -v pb="$again_p99" -v pw="$with_p99" 'BEGIN {
    rps = (a + b) / 2; p99 = (pa + pb) / 2
    printf "ratios against the mean of the two runs alone: p99 %.2fx (goal at most 3x), throughput %.0f%% (goal at least 70%%)\n", pw / p99, 100 * w / rps
}'
