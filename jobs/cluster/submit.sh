#!/usr/bin/env bash
# Submits a synthforge command to the cluster that jobs/cluster/start.sh runs on this machine,
# in client mode: this script's JVM is the driver.
#
#   jobs/cluster/submit.sh [spark-submit options --] <command> [command options]
#   jobs/cluster/submit.sh -- generate --config job.yaml --run-date 2026-11-25
#   jobs/cluster/submit.sh --conf spark.sql.warehouse.dir=file:/data/wh -- sql "SHOW TABLES IN synth"
#
# It runs org.apache.spark.deploy.SparkSubmit from the distribution's jars with its
# conf/spark-defaults.conf (Delta, JDK 17 opens, speculation off, loopback, a Derby metastore and
# warehouse in the distribution folder). Environment:
#   SPARK_DIST          the distribution folder (default target/spark-dist)
#   SPARK_MASTER_URL    the master (default: the one start.sh wrote to SPARK_DIST/run/master-url)
#   SYNTHFORGE_JAR      the job jar (default: the one under target/, built by `mvn -B package`)
#   SYNTHFORGE_DRIVER_HEAP  the driver's heap (default 1g)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DIST="$(dist_dir "")"
[[ -f "$DIST/RELEASE" ]] || { echo "submit.sh: $DIST is not assembled; run jobs/cluster/assemble.sh" >&2; exit 2; }
MASTER="${SPARK_MASTER_URL:-$(cat "$DIST/run/master-url" 2>/dev/null || true)}"
[[ -n "$MASTER" ]] || { echo "submit.sh: no master URL; start the cluster with jobs/cluster/start.sh" >&2; exit 2; }
JAR="${SYNTHFORGE_JAR:-$(ls "$ROOT"/target/synthforge-*-job.jar 2>/dev/null | head -1)}"
[[ -f "$JAR" ]] || { echo "submit.sh: no job jar; build it with: mvn -B -DskipTests package" >&2; exit 2; }

SPARK_ARGS=()
if [[ " $* " == *" -- "* ]]; then
  while [[ $# -gt 0 && "$1" != "--" ]]; do SPARK_ARGS+=("$1"); shift; done
  shift
fi

cluster_env "$DIST"
exec java -Xmx"${SYNTHFORGE_DRIVER_HEAP:-1g}" "${SYNTHFORGE_JAVA_OPTIONS[@]}" \
  -Dderby.stream.error.file="$DIST/run/derby.log" \
  -cp "$(cluster_classpath "$DIST")" org.apache.spark.deploy.SparkSubmit \
  --master "$MASTER" --deploy-mode client \
  --properties-file "$DIST/conf/spark-defaults.conf" \
  --class dev.synthforge.job.Main \
  "${SPARK_ARGS[@]}" \
  "$JAR" "$@"
