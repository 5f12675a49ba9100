#!/usr/bin/env bash
# Resume benchmark: what a re-run and a resumed run cost.
#   1. a generate job of N requests (default 20000) against the built-in endpoint run as a
#      separate process emulating a GPU server (256 slots, 1 s service time);
#   2. the same job again: it must send nothing;
#   3. the same job on a fresh table, killed (kill -9) about half way, then run again: it must
#      send only what is missing, plus at most the in-flight window.
# Requests are counted by the endpoint itself (/stats). Wall times are the runs' own (the
# runs ledger's wall_seconds, printed as "wall time"), without JVM start-up.
# Prints rerun_requests, rerun_time_ratio, resumed_excess_requests and inflight_window last.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
source jobs/java-options.sh
REQUESTS="${1:-20000}"
MAX_CONCURRENCY=256
TASKS=2   # fan-out tasks running at once on this machine (local[*] on 2 cores)
WORK="$(mktemp -d -t synthforge-resume-XXXXXX)"
SERVER_PID=""
# SYNTHFORGE_BENCH_LOGS=DIR keeps the runs' logs there.
cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true
  if [[ -n "${SYNTHFORGE_BENCH_LOGS:-}" ]]; then mkdir -p "$SYNTHFORGE_BENCH_LOGS"; cp "$WORK"/*.log "$SYNTHFORGE_BENCH_LOGS"/; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

jobs/synthforge --version > /dev/null   # builds if needed
java -Xmx1g "${SYNTHFORGE_JAVA_OPTIONS[@]}" -Dlog4j2.configurationFile=conf/log4j2.properties \
  -cp "target/classes:$(cat target/classpath.txt)" dev.synthforge.job.Main serve \
  --corpus conf/seeds/demo-seeds.jsonl --port 0 --port-file "$WORK/port" \
  --capacity 256 --latency 1s --threads 400 > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do [[ -s "$WORK/port" ]] && break; sleep 0.5; done
URL="http://127.0.0.1:$(cat "$WORK/port")"
served() { curl -s "$URL/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["completions_served"])'; }

python3 - "$REQUESTS" > "$WORK/seeds.jsonl" <<'PY'
import json, sys
texts = [json.loads(line)["text"] for line in open("conf/seeds/demo-seeds.jsonl")]
for i in range(int(sys.argv[1])):
    print(json.dumps({"id": f"b{i}", "text": f"{texts[i % len(texts)]} ({i})"}))
PY
config() { # database
  cat > "$WORK/$1.yaml" <<YAML
seeds:
  path: $WORK/seeds.jsonl
  id-column: id
task:
  name: resume
  template: "Paraphrase: {{text}}"
  max-tokens: 16
  seed: 1
endpoints:
  - name: gpu
    base-url: $URL/v1
    model: synthforge-builtin
    max-concurrency: $MAX_CONCURRENCY
output:
  database: $1
  warehouse: $WORK/warehouse
YAML
  echo "$WORK/$1.yaml"
}
wall() { grep -E "^  wall time" "$1" | awk '{print $3}'; }
generate() { jobs/synthforge generate --config "$1" > "$2" 2>&1; }

echo "1. first run: $REQUESTS requests"
before=$(served); generate "$(config resume_full)" "$WORK/first.log"; first_requests=$(( $(served) - before ))
first_wall=$(wall "$WORK/first.log"); echo "   sent $first_requests requests, wall $first_wall s"

echo "2. re-run of the finished job"
before=$(served); generate "$(config resume_full)" "$WORK/rerun.log"; rerun_requests=$(( $(served) - before ))
rerun_wall=$(wall "$WORK/rerun.log"); echo "   sent $rerun_requests requests, wall $rerun_wall s"

echo "3. a run killed half way, then resumed"
killed_config="$(config resume_killed)"
before=$(served)
jobs/synthforge generate --config "$killed_config" > "$WORK/killed.log" 2>&1 &
JOB_PID=$!
while (( $(served) - before < REQUESTS / 2 )); do sleep 0.2; done
kill -9 "$JOB_PID"; wait "$JOB_PID" 2>/dev/null || true
killed_requests=$(( $(served) - before ))
echo "   killed after $killed_requests requests"
before=$(served); generate "$killed_config" "$WORK/resumed.log"; resumed_requests=$(( $(served) - before ))
recovered=$(grep -E "^  recovered" "$WORK/resumed.log" | awk '{gsub(",","",$2); print $2}'); recovered=${recovered:-0}
missing=$(( REQUESTS - recovered ))
echo "   resumed run: recovered $recovered rows of the killed run, $missing still missing, sent $resumed_requests requests"
grep -E "^  (requested|generated|failed|skipped|recovered|re-sent)" "$WORK/resumed.log" | sed 's/^/  /'
echo "   the killed run's requests sent twice: $(( killed_requests - recovered )) (in flight or not yet journaled at the kill)"

echo "rerun_requests=$rerun_requests"
python3 -c "print('rerun_time_ratio=%.3f' % ($rerun_wall / $first_wall))"
echo "resumed_excess_requests=$(( resumed_requests - missing ))"
echo "inflight_window=$(( MAX_CONCURRENCY + 64 * TASKS ))"
