#!/usr/bin/env bash
# JMH benchmarks of the index. Arguments go to JMH, e.g.: bench/jmh.sh IndexBenchmark.queryCount
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/classpath.sh)"
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
