#!/usr/bin/env bash
# The collapse lab on this machine: K recursive generations of the built-in n-gram model under
# replace, accumulate and fresh real data, measured per generation by the monitor. Prints the
# table (generation x policy x metric), then, as its last lines, the tail recall of the real
# data resampled and of the last generation under replace and under accumulate.
# Usage: jobs/lab.sh [--generations K] [--corpus FILE [--text-column NAME] [--id-column NAME]]
#                    [--fresh-fraction F] [other lab options]
# The bundled seed reviews are the default corpus. Each corpus gets its own warehouse folder
# (warehouse/lab/<name>), so runs on different corpora never mix; running again reuses what is there.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

name="demo-seeds"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[$i]}" == "--corpus" && $((i + 1)) -lt ${#args[@]} ]]; then
    name="$(basename "${args[$((i + 1))]}")"
  elif [[ "${args[$i]}" == --corpus=* ]]; then
    name="$(basename "${args[$i]#--corpus=}")"
  fi
done
WAREHOUSE="${SYNTHFORGE_WAREHOUSE:-$ROOT/warehouse/lab/${name//[^A-Za-z0-9._-]/_}}"

jobs/synthforge lab --config conf/lab.yaml --warehouse "$WAREHOUSE" "$@"
