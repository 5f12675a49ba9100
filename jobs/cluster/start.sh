#!/usr/bin/env bash
# Starts a Spark standalone cluster on this machine from an assembled distribution
# (jobs/cluster/assemble.sh): one master and two workers, each a background JVM bound to
# 127.0.0.1, each worker offering 1 core and 2 GB to executors.
#
#   jobs/cluster/start.sh [DIR]        DIR defaults to $SPARK_DIST, else target/spark-dist
#
# Ports are free ones picked at start. DIR/run/ gets the pids (master.pid, worker-1.pid,
# worker-2.pid), the master URL (master-url), the master's web UI port (master-webui-port; its
# JSON status is at /json/), the logs, and the workers' scratch folders. The script waits until
# both workers are registered, then prints the master URL. Stop the cluster with
# jobs/cluster/stop.sh [DIR]. Environment: SPARK_WORKER_MEMORY (default 2g), START_TIMEOUT
# seconds (default 120), SPARK_WORKER_HOSTS (each worker's address, space-separated; default
# 127.0.0.1 for both). On Linux every 127.x.y.z address is loopback, so
# SPARK_WORKER_HOSTS="127.0.0.1 127.0.0.2" gives the workers distinct hosts, as a real cluster
# has: Spark places a speculative copy of a task only on another host than the task's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DIST="$(dist_dir "${1:-}")"
RUN="$DIST/run"
WORKERS=2
read -r -a WORKER_HOSTS <<< "${SPARK_WORKER_HOSTS:-127.0.0.1 127.0.0.1}"
if ((${#WORKER_HOSTS[@]} != WORKERS)); then
  echo "start.sh: SPARK_WORKER_HOSTS names ${#WORKER_HOSTS[@]} address(es) ('${SPARK_WORKER_HOSTS:-}'); it needs one per worker ($WORKERS)" >&2
  exit 2
fi
[[ -f "$DIST/RELEASE" ]] || { echo "start.sh: $DIST is not assembled; run jobs/cluster/assemble.sh first" >&2; exit 2; }
if alive "$(cat "$RUN/master.pid" 2>/dev/null)"; then
  echo "start.sh: a cluster already runs from $DIST (master $(cat "$RUN/master-url")); stop it with jobs/cluster/stop.sh" >&2
  exit 2
fi
rm -rf "$RUN"
mkdir -p "$RUN"
cluster_env "$DIST"
CLASSPATH="$(cluster_classpath "$DIST")"
DEADLINE=$((SECONDS + ${START_TIMEOUT:-120}))

# Starts a Spark daemon in the background, in its own session so that it outlives this script
# and a Ctrl-C in its terminal; its pid goes to run/NAME.pid, its output to run/NAME.log.
launch() {
  local name="$1"; shift
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  "${detach[@]}" java -Xmx512m "${SYNTHFORGE_JAVA_OPTIONS[@]}" -cp "$CLASSPATH" "$@" \
    > "$RUN/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN/$name.pid"
}

fail() {
  echo "start.sh: $1" >&2
  for log in "$RUN"/*.log; do echo "--- $log" >&2; tail -20 "$log" >&2; done
  "$ROOT/jobs/cluster/stop.sh" "$DIST" >&2 || true
  exit 1
}

master_status() {
  http_get "$(cat "$RUN/master-webui-port")" /json/ 2>/dev/null
}

# The master's RPC port is picked by the master (0) and read back from its JSON status; its web
# UI port is picked here, and picked again if another process took it first.
for attempt in 1 2 3; do
  WEBUI_PORT="$(free_port)"
  echo "$WEBUI_PORT" > "$RUN/master-webui-port"
  launch master -Dspark.master.ui.port="$WEBUI_PORT" -Dspark.port.maxRetries=0 \
    org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port "$WEBUI_PORT"
  MASTER_URL=""
  while alive "$(cat "$RUN/master.pid")" && ((SECONDS < DEADLINE)); do
    MASTER_URL="$(master_status | sed -n 's/.*"url" *: *"\(spark:[^"]*\)".*/\1/p' | head -1 || true)"
    [[ -n "$MASTER_URL" ]] && break
    sleep 0.5
  done
  [[ -n "$MASTER_URL" ]] && break
  ((SECONDS < DEADLINE)) || fail "the master did not start within ${START_TIMEOUT:-120}s"
done
[[ -n "$MASTER_URL" ]] || fail "the master did not start"
echo "$MASTER_URL" > "$RUN/master-url"

for i in $(seq 1 "$WORKERS"); do
  mkdir -p "$RUN/worker-$i"
  launch "worker-$i" org.apache.spark.deploy.worker.Worker --host "${WORKER_HOSTS[$((i - 1))]}" --port 0 --webui-port 0 \
    --cores 1 --memory "${SPARK_WORKER_MEMORY:-2g}" --work-dir "$RUN/worker-$i" "$MASTER_URL"
done

while true; do
  ALIVE="$(master_status | sed -n 's/.*"aliveworkers" *: *\([0-9]*\).*/\1/p' | head -1 || true)"
  [[ "${ALIVE:-0}" -ge "$WORKERS" ]] && break
  for i in $(seq 1 "$WORKERS"); do
    alive "$(cat "$RUN/worker-$i.pid")" || fail "worker $i exited"
  done
  ((SECONDS < DEADLINE)) || fail "only ${ALIVE:-0} of $WORKERS workers registered within ${START_TIMEOUT:-120}s"
  sleep 0.5
done
echo "$MASTER_URL"
