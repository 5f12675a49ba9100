#!/usr/bin/env bash
# Assembles a Spark distribution folder from the project's Maven artifacts, for a standalone
# cluster on this machine (jobs/cluster/start.sh) and for submitting to it (jobs/cluster/submit.sh).
#
#   jobs/cluster/assemble.sh [--copy] [DIR]      DIR defaults to $SPARK_DIST, else target/spark-dist
#
# DIR/jars/ gets every jar of target/spark-classpath.txt (the provided-scope Spark runtime that
# `mvn -B -DskipTests package` writes; it is built first when missing), as symlinks, or as copies
# with --copy. DIR/RELEASE marks the folder as a distribution, so Spark's launcher takes its class
# path from jars/. DIR/conf/ gets spark-defaults.conf (conf/spark-defaults.conf plus loopback
# settings for this machine) and a quiet log4j2.properties. Safe to run again: it refreshes
# jars/ and conf/ and leaves DIR/run/ (a running cluster's state) alone.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

COPY=false
if [[ "${1:-}" == "--copy" ]]; then COPY=true; shift; fi
DIST="$(dist_dir "${1:-}")"
CLASSPATH_FILE="$ROOT/target/spark-classpath.txt"

if [[ ! -f "$CLASSPATH_FILE" ]]; then
  echo "assemble.sh: building the project (mvn -B -q -DskipTests package)..." >&2
  mvn -B -q -f "$ROOT/pom.xml" -DskipTests package >&2
fi

mkdir -p "$DIST/jars" "$DIST/conf"
find "$DIST/jars" -maxdepth 1 \( -name '*.jar' -o -type l \) -delete
IFS=':' read -r -a JARS <<< "$(tr -d '\n' < "$CLASSPATH_FILE")"
SPARK_VERSION=""
for jar in "${JARS[@]}"; do
  [[ -f "$jar" ]] || { echo "assemble.sh: missing $jar; run: mvn -B -DskipTests package" >&2; exit 2; }
  if $COPY; then cp "$jar" "$DIST/jars/"; else ln -s "$jar" "$DIST/jars/$(basename "$jar")"; fi
  if [[ "$(basename "$jar")" =~ ^spark-core_2\.13-(.+)\.jar$ ]]; then SPARK_VERSION="${BASH_REMATCH[1]}"; fi
done
[[ -n "$SPARK_VERSION" ]] || { echo "assemble.sh: no spark-core_2.13 jar in $CLASSPATH_FILE" >&2; exit 2; }

cat > "$DIST/RELEASE" <<RELEASE
Spark $SPARK_VERSION (Scala 2.13), assembled from Maven artifacts by synthforge jobs/cluster/assemble.sh
RELEASE

{
  cat "$ROOT/conf/spark-defaults.conf"
  cat <<CONF

# The standalone cluster of jobs/cluster/ on this machine: loopback only, 1 core and 1 GB per
# executor, no driver web UI. Tables persist between driver runs through an embedded Derby
# metastore in this folder (one driver at a time).
spark.driver.host                         127.0.0.1
spark.driver.bindAddress                  127.0.0.1
spark.executor.cores                      1
spark.executor.memory                     1g
spark.ui.enabled                          false
spark.ui.showConsoleProgress              false
spark.sql.shuffle.partitions              8
spark.databricks.delta.snapshotPartitions 2
spark.sql.catalogImplementation           hive
spark.sql.warehouse.dir                   file:$DIST/warehouse
spark.hadoop.javax.jdo.option.ConnectionURL jdbc:derby:;databaseName=$DIST/metastore_db;create=true
CONF
} > "$DIST/conf/spark-defaults.conf"

cat > "$DIST/conf/log4j2.properties" <<'LOG'
# Quiet logging for the local cluster's master, workers, executors and drivers: warnings only,
# to stderr, plus synthforge's step lines.
status = error
rootLogger.level = warn
rootLogger.appenderRef.console.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %-5p %c{1}: %m%n
logger.synthforge.name = dev.synthforge
logger.synthforge.level = info
logger.native.name = org.apache.hadoop.util.NativeCodeLoader
logger.native.level = error
logger.hive.name = org.apache.hadoop.hive
logger.hive.level = error
logger.sparkhive.name = org.apache.spark.sql.hive
logger.sparkhive.level = error
logger.datanucleus.name = DataNucleus
logger.datanucleus.level = error
LOG

echo "$DIST"
