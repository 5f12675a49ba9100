#!/usr/bin/env bash
# The demo: on this machine, with no cluster, no GPU and no network, generate paraphrases of the
# bundled seed reviews with the built-in endpoint (a stand-in for a GPU model server), write them
# to Delta tables under warehouse/, curate them (dedup, filters, decontamination, a judge),
# monitor them (metrics, quality gates, an HTML report), mix them with the real seeds into a
# training set (training_mix, a manifest, a dataset card, JSONL for trainers), and query them. Safe to run again: finished samples and judge calls are not paid for twice, and
# verdicts that do not change are not rewritten.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WAREHOUSE="${SYNTHFORGE_WAREHOUSE:-$ROOT/warehouse}"

jobs/synthforge generate --config conf/demo.yaml --warehouse "$WAREHOUSE" "$@"

echo
echo "Five generated rows with their lineage:"
jobs/synthforge sql --warehouse "$WAREHOUSE" --rows 5 \
  "SELECT seed_id, sample_index, substr(text, 1, 60) AS text, model_reported, finish_reason, latency_ms
   FROM synth.generations WHERE status = 'succeeded' ORDER BY seed_id, sample_index"

jobs/synthforge curate --config conf/demo.yaml --warehouse "$WAREHOUSE" "$@"

echo
echo "Why rows were not kept (first rejecting rule), from the curated table:"
jobs/synthforge sql --warehouse "$WAREHOUSE" --rows 20 \
  "SELECT coalesce(rejected_by, '(kept)') AS rule, coalesce(reject_reason, '') AS reason, count(*) AS rows
   FROM synth.curated GROUP BY 1, 2 ORDER BY 3 DESC"

# A breached quality gate exits with 4 after the metrics and the report are written; the demo
# shows the report either way.
status=0
jobs/synthforge monitor --config conf/demo.yaml --warehouse "$WAREHOUSE" "$@" || status=$?
if [[ $status -ne 0 && $status -ne 4 ]]; then
  exit "$status"
fi
echo
echo "Report: $(ls -t "$WAREHOUSE"/reports/*.html | head -1)"

# The training mix: every real seed plus the kept paraphrases (the accumulate policy), a manifest
# that pins the versions read, and an export for trainers under warehouse/export/.
jobs/synthforge mix --config conf/demo.yaml --warehouse "$WAREHOUSE" "$@"

echo
echo "The training mix by origin and depth:"
jobs/synthforge sql --warehouse "$WAREHOUSE" --rows 10 \
  "SELECT origin, source, generation_depth, count(*) AS rows
   FROM synth.training_mix GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
