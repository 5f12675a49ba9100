# Shared by the scripts in jobs/cluster/: paths, the environment every Spark JVM of the local
# cluster gets, and small helpers. Sourced, never run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../java-options.sh
source "$ROOT/jobs/java-options.sh"

# The distribution folder, as an absolute path: the first argument of a script, else
# $SPARK_DIST, else target/spark-dist.
dist_dir() {
  local dir="${1:-${SPARK_DIST:-$ROOT/target/spark-dist}}"
  if [[ -d "$dir" ]]; then (cd "$dir" && pwd); elif [[ "$dir" == /* ]]; then echo "$dir"; else echo "$PWD/$dir"; fi
}

# The environment of master, workers, executors and submit: the distribution is SPARK_HOME (its
# RELEASE file makes Spark's launcher take jars from jars/), Scala 2.13, and loopback only.
cluster_env() {
  local dist="$1"
  export SPARK_HOME="$dist"
  export SPARK_CONF_DIR="$dist/conf"
  export SPARK_SCALA_VERSION=2.13
  export SPARK_LOCAL_IP=127.0.0.1
  export SPARK_LOCAL_DIRS="$dist/run/tmp"
  mkdir -p "$SPARK_LOCAL_DIRS"
}

# The class path of every Spark JVM: the conf folder (log4j2.properties) and every jar.
cluster_classpath() {
  echo "$1/conf/:$1/jars/*"
}

# Prints the body of an HTTP GET on 127.0.0.1:PORT/PATH (bash's /dev/tcp; no curl needed).
http_get() {
  local port="$1" path="$2" response
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  response="$(cat <&3)"
  exec 3<&-
  printf '%s\n' "${response#*$'\r\n\r\n'}"
}

# A port on 127.0.0.1 nothing listens on now (it may be taken before it is used: callers retry).
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# True while the process with this pid runs.
alive() {
  [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null
}
