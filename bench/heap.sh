#!/usr/bin/env bash
# Heap held by the loaded index.
set -euo pipefail
cd "$(dirname "$0")/.."
cp="$(bench/classpath.sh)"
exec java -XX:+UseSerialGC -cp "$cp" charfinder.bench.HeapFootprint "${1:-index-cache}"
