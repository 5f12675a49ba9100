"""synthforge_daily: generate -> curate -> monitor -> mix for one run date.

Each task is a spark-submit of the synthforge job jar (class dev.synthforge.job.Main) with one
job command. Every job is idempotent per run date, so a retry or a re-run of a DAG run finishes
what is missing and duplicates nothing: generate re-sends no request that already succeeded.

Deployment settings are Airflow Variables, read when this file is parsed (set them in the UI, with
`airflow variables set`, or as AIRFLOW_VAR_<NAME> in the scheduler's environment):

    synthforge_home           folder with the synthforge conf/ on the Airflow workers
                              (default /opt/synthforge)
    synthforge_job_jar        the job jar, target/synthforge-<version>-job.jar of the build
                              (default <synthforge_home>/synthforge-job.jar)
    synthforge_spark_defaults spark-submit properties file
                              (default <synthforge_home>/conf/spark-defaults.conf)
    synthforge_spark_conn_id  Airflow connection to the Spark cluster (default spark_default)
    synthforge_config         default job config of the DAG's `config` param
                              (default <synthforge_home>/conf/demo.yaml)

A manual trigger can pass another config in the `config` param; give it a logical date, which is
the run date of its jobs. Runs on Airflow 2.6 and later, and on Airflow 3, with the
apache-airflow-providers-apache-spark package 4.6.0 or later (the first with properties_file).

API keys never appear here: not in application_args, not in conf, not in env_vars (on YARN and
Kubernetes the operator turns env_vars into Spark conf, which the UI and event logs show). The job
config names an environment variable (api-key-env) or a file (api-key-file); the driver reads it
to check each endpoint before sending, the executors to send. Give both that variable or file
from a secret: in client mode the driver is the Airflow worker's spark-submit and inherits its
environment; on Kubernetes add spark.kubernetes.driver.secretKeyRef.OPENAI_API_KEY=<secret>:<key>
and the same for spark.kubernetes.executor to the properties file (they name the Secret, not the
key); on YARN use the node managers' environment or a key file every node can read. See
conf/spark-defaults.conf.

CI checks this file without Airflow: jobs/airflow/check_dag.py reads the tasks' arguments from the
syntax tree and runs `synthforge validate <command> <arguments>` for each.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

try:  # Airflow 3
    from airflow.sdk import DAG, Variable
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.models import Variable
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

SYNTHFORGE_HOME = Variable.get("synthforge_home", "/opt/synthforge")
JOB_JAR = Variable.get("synthforge_job_jar", SYNTHFORGE_HOME + "/synthforge-job.jar")
SPARK_DEFAULTS = Variable.get("synthforge_spark_defaults", SYNTHFORGE_HOME + "/conf/spark-defaults.conf")
SPARK_CONN_ID = Variable.get("synthforge_spark_conn_id", "spark_default")
DEFAULT_CONFIG = Variable.get("synthforge_config", SYNTHFORGE_HOME + "/conf/demo.yaml")
MAIN_CLASS = "dev.synthforge.job.Main"

# Options every job of a DAG run gets. The run id comes from the DAG and the run date, not from
# Airflow's run id: all four jobs share it (each records its runs-ledger entry as <run id>-<job>,
# generate as <run id>), and a retry or a re-run for the same date reuses it. Airflow's own run id
# is recorded beside it in the runs ledger.
RUN_ARGS = [
    "--config", "{{ params.config }}",
    "--run-date", "{{ ds }}",
    "--run-id", "{{ dag.dag_id }}-{{ ds }}",
    "--scheduler-run-id", "{{ run_id }}",
]

with DAG(
    dag_id="synthforge_daily",
    description="synthforge: generate, curate, monitor and mix one run date",
    schedule="@daily",
    start_date=datetime(2026, 11, 1, tzinfo=timezone.utc),
    catchup=False,
    # Two generate runs must not write the same generations table at once.
    max_active_runs=1,
    params={"config": DEFAULT_CONFIG},
    # Retries are safe because every job is idempotent per run date. The submit settings are passed
    # to each operator by keyword, not here: an operator that lacks one (properties_file needs the
    # Spark provider 4.6.0 or later) then fails when the DAG is parsed instead of dropping it.
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=10),
    },
    tags=["synthforge"],
) as dag:
    generate = SparkSubmitOperator(
        task_id="generate",
        name="synthforge-generate-{{ ds }}",
        conn_id=SPARK_CONN_ID,
        application=JOB_JAR,
        java_class=MAIN_CLASS,
        properties_file=SPARK_DEFAULTS,
        application_args=["generate", *RUN_ARGS],
    )
    curate = SparkSubmitOperator(
        task_id="curate",
        name="synthforge-curate-{{ ds }}",
        conn_id=SPARK_CONN_ID,
        application=JOB_JAR,
        java_class=MAIN_CLASS,
        properties_file=SPARK_DEFAULTS,
        application_args=["curate", *RUN_ARGS],
    )
    # The quality gate: monitor exits 4 when a gate in the config's monitor.gates is breached.
    # SparkSubmitOperator fails the task on any non-zero exit of spark-submit (in cluster mode: a
    # FAILED application on YARN or standalone, the driver pod's exit code on Kubernetes), so a
    # breach fails this task and mix does not run. A breach is no passing fault: a retry would
    # measure the same rows and fail again, so monitor is not retried; clear it by hand after a
    # storage or cluster failure.
    monitor = SparkSubmitOperator(
        task_id="monitor",
        name="synthforge-monitor-{{ ds }}",
        conn_id=SPARK_CONN_ID,
        application=JOB_JAR,
        java_class=MAIN_CLASS,
        properties_file=SPARK_DEFAULTS,
        application_args=["monitor", *RUN_ARGS],
        retries=0,
    )
    mix = SparkSubmitOperator(
        task_id="mix",
        name="synthforge-mix-{{ ds }}",
        conn_id=SPARK_CONN_ID,
        application=JOB_JAR,
        java_class=MAIN_CLASS,
        properties_file=SPARK_DEFAULTS,
        application_args=["mix", *RUN_ARGS],
    )

    generate >> curate >> monitor >> mix
