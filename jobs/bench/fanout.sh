#!/usr/bin/env bash
# Fan-out benchmark: how close the generate job gets to the ceiling of emulated GPU servers.
#   1. saturation: two built-in endpoints as emulated GPU servers, 256 slots and 1 s service
#      time each (a 512 requests/s ceiling), driven by a bare async client, then by the job;
#   2. overhead: one endpoint with no service time, bare client against the job;
#   3. a vLLM-like knee: adaptive concurrency against the best fixed concurrency (swept).
# Prints utilization, efficiency, knee_ratio and overhead_ratio as its last lines.
# Usage: jobs/bench/fanout.sh [job requests, default 30000]
set -euo pipefail
# Local mode binds to loopback only.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
source jobs/java-options.sh
REQUESTS="${1:-30000}"
WORK="$(mktemp -d -t synthforge-bench-XXXXXX)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

serve() { # name, then serve options
  local name="$1"; shift
  java -Xmx1g "${SYNTHFORGE_JAVA_OPTIONS[@]}" -Dlog4j2.configurationFile=conf/log4j2.properties \
    -cp "$CP" dev.synthforge.job.Main serve --corpus conf/seeds/demo-seeds.jsonl --port 0 \
    --port-file "$WORK/$name.port" "$@" > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
serve gpu-a --capacity 256 --latency 1s --threads 700
serve gpu-b --capacity 256 --latency 1s --threads 700
serve fast --threads 256
serve knee --latency 100ms --knee 32 --threads 700
for name in gpu-a gpu-b fast knee; do
  for _ in $(seq 1 120); do [[ -s "$WORK/$name.port" ]] && break; sleep 0.5; done
  [[ -s "$WORK/$name.port" ]] || { cat "$WORK/$name.log"; echo "fanout.sh: server $name did not start" >&2; exit 1; }
done
url() { echo "http://127.0.0.1:$(cat "$WORK/$1.port")"; }

java -Xmx6g "${SYNTHFORGE_JAVA_OPTIONS[@]}" -Dlog4j2.configurationFile=conf/log4j2.properties \
  -cp "$CP" dev.synthforge.bench.FanoutBenchmark \
  "$(url gpu-a)" "$(url gpu-b)" "$(url fast)" "$(url knee)" "$WORK" "$REQUESTS"
