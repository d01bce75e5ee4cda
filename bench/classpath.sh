#!/usr/bin/env bash
# Prints the test classpath (compiling first), for running benchmarks outside Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test >&2
echo "target/test-classes:target/classes:$(cat target/test-classpath.txt)"
