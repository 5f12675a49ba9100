#!/usr/bin/env bash
# Monitor benchmark: the monitor job over the generated rows of one task.
#   1. input, generated on the executors: 20,000 real seed rows (Parquet) with a skewed domain
#      attribute; 1,000,000 generated rows (Delta generations table: 70% depth 1, 30% depth 2,
#      about 1% failed, two endpoints); curated verdicts for every twentieth row;
#   2. MonitorJob with the default monitor settings (token budget 100,000, Self-BLEU 500 texts,
#      embeddings 1,000 texts per depth), timed from start to the written report.
# Prints both times, rows/s and every metric with exact or sampled and its sample size per depth,
# then monitor_rows and monitor_wall_seconds as its last two lines.
# Usage: jobs/bench/monitor.sh [generated rows, default 1000000] [seed rows, default 20000]
set -euo pipefail
# Local mode binds to loopback only.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source jobs/java-options.sh
WORK="$(mktemp -d -t synthforge-monitor-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

# Spark runs inside this JVM (local mode): 8 GB heap on a 24 GB machine, as the dedup benchmark.
java -Xmx8g "${SYNTHFORGE_JAVA_OPTIONS[@]}" -Dlog4j2.configurationFile=conf/log4j2.properties \
  -cp "$CP" dev.synthforge.bench.MonitorBenchmark "$WORK" "$@"
