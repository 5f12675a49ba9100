#!/usr/bin/env bash
# Dedup benchmark: near-duplicate clusters in Spark at growing size, and embedding speed.
#   1. synthetic corpora of 100,000 and 1,000,000 rows (30-80 words, 5% planted near copies),
#      generated on the executors and written to Parquet;
#   2. DuplicateClusters.near over each, timed from reading the corpus to writing the clusters;
#      recall and precision against the planted copies, computed with Spark aggregates;
#   3. all-MiniLM-L6-v2 sentence embeddings, per core.
# Prints a table, then growth_ratio (time at 1M over time at 100k), recall and precision of the
# 1,000,000-row run as its last three lines.
# Usage: jobs/bench/dedup.sh [row counts, default 100000 1000000]
set -euo pipefail
# Local mode binds to loopback only.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source jobs/java-options.sh
WORK="$(mktemp -d -t synthforge-dedup-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

# Spark runs inside this JVM (local mode): 8 GB heap on a 24 GB machine leaves room for the
# page cache that Parquet and shuffle files live in.
java -Xmx8g "${SYNTHFORGE_JAVA_OPTIONS[@]}" -Dlog4j2.configurationFile=conf/log4j2.properties \
  -cp "$CP" dev.synthforge.bench.DedupBenchmark "$WORK" "$@"
