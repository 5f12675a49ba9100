#!/usr/bin/env bash
# Stops the cluster that jobs/cluster/start.sh started from DIST: its workers, its master, and
# any executor JVMs they left behind (those whose class path is DIST's jars).
#
#   jobs/cluster/stop.sh [DIR]         DIR defaults to $SPARK_DIST, else target/spark-dist
#
# Each JVM gets SIGTERM, then SIGKILL after STOP_TIMEOUT seconds (default 15). Safe to run when
# nothing runs. DIR/run/ keeps the logs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DIST="$(dist_dir "${1:-}")"
RUN="$DIST/run"

# Pids of executor JVMs launched from this distribution's jars.
executors() {
  ps -eo pid=,args= | grep -F -- "$DIST/jars/" | grep -F -- "org.apache.spark.executor.CoarseGrainedExecutorBackend" \
    | awk '{print $1}' || true
}

PIDS=()
for name in worker-1 worker-2 master; do
  pid="$(cat "$RUN/$name.pid" 2>/dev/null || true)"
  if alive "$pid"; then PIDS+=("$pid"); kill -TERM "$pid" 2>/dev/null || true; fi
done
DEADLINE=$((SECONDS + ${STOP_TIMEOUT:-15}))
while ((SECONDS < DEADLINE)); do
  running=()
  for pid in "${PIDS[@]}" $(executors); do alive "$pid" && running+=("$pid"); done
  ((${#running[@]} == 0)) && break
  sleep 0.5
done
for pid in "${PIDS[@]}" $(executors); do
  if alive "$pid"; then
    echo "stop.sh: killing $pid, still running after ${STOP_TIMEOUT:-15}s" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
done
rm -f "$RUN"/*.pid
