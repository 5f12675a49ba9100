#!/usr/bin/env bash
# The demo: on this machine, with no cluster, no GPU and no network, generate paraphrases of the
# bundled seed reviews with the built-in endpoint (a stand-in for a GPU model server), write them
# to Delta tables under warehouse/, and query them. Safe to run again: finished samples are
# skipped, not paid for twice.
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
