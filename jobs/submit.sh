#!/usr/bin/env bash
# Submits a synthforge command to a Spark cluster with spark-submit.
#
#   jobs/submit.sh [spark-submit options --] <command> [command options]
#   jobs/submit.sh --master yarn --deploy-mode cluster -- generate --config job.yaml --run-date 2026-11-25
#
# The job jar (target/synthforge-<version>-job.jar, built by `mvn -B package`) holds synthforge,
# Delta and the small libraries; Spark, Scala and Hadoop come from the cluster. Environment:
#   SPARK_HOME       the Spark 4.1 (Scala 2.13) installation; spark-submit is taken from it
#   SYNTHFORGE_JAR   the job jar (default: the one under target/)
#   SPARK_DEFAULTS   properties file (default: conf/spark-defaults.conf)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${SYNTHFORGE_JAR:-$(ls "$ROOT"/target/synthforge-*-job.jar 2>/dev/null | head -1)}"
[[ -f "$JAR" ]] || { echo "submit.sh: no job jar; build it with: mvn -B -DskipTests package" >&2; exit 2; }
SUBMIT="${SPARK_HOME:?set SPARK_HOME to a Spark 4.1 installation}/bin/spark-submit"

SPARK_ARGS=()
if [[ " $* " == *" -- "* ]]; then
  while [[ $# -gt 0 && "$1" != "--" ]]; do SPARK_ARGS+=("$1"); shift; done
  shift
fi

exec "$SUBMIT" \
  --properties-file "${SPARK_DEFAULTS:-$ROOT/conf/spark-defaults.conf}" \
  --class dev.synthforge.job.Main \
  "${SPARK_ARGS[@]}" \
  "$JAR" "$@"
