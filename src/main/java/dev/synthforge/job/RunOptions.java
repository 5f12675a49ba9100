package dev.synthforge.job;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.spark.RunIdentity;

import dev.synthforge.config.ConfigLoader;
import dev.synthforge.config.ConfigOverrides;
import dev.synthforge.config.JobConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every job command shares: the config file and the run's identity. Command line wins over file. */
final class RunOptions {
  @Option(names = "--config", required = true, paramLabel = "FILE", description = "Job config file (YAML).")
  Path config;

  @Option(names = "--run-id", paramLabel = "ID", description = "Run id (default: run.id, else generated).")
  String runId;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", description = "Logical run date (default: run.date, else today).")
  LocalDate runDate;

  @Option(names = "--scheduler-run-id", paramLabel = "ID", description = "Scheduler run id recorded in the runs ledger, e.g. Airflow's run_id.")
  String schedulerRunId;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Local warehouse folder (default: output.warehouse).")
  String warehouse;

  JobConfig load() {
    ConfigOverrides overrides = new ConfigOverrides(
        Optional.ofNullable(runId), Optional.ofNullable(runDate), Optional.ofNullable(schedulerRunId),
        Optional.ofNullable(warehouse));
    return ConfigLoader.load(config, overrides);
  }

  /**
   * Who a run of {@code job} is. A run id given in the config or on the command line names the
   * generate run; the other jobs of that run take it with their job name appended, so each has
   * its own ledger entry.
   */
  static RunIdentity identity(JobConfig config, String job) {
    String runId = jobRunId(config, job).orElseGet(() -> RunIdentity.newRunId(job));
    return new RunIdentity(runId, config.run().date().orElseGet(LocalDate::now), ConfigHash.of(config),
        config.run().schedulerRunId().orElse(null));
  }

  /** The run id {@code job} takes from the config's (or command line's) run id; empty when none is given. */
  static Optional<String> jobRunId(JobConfig config, String job) {
    return config.run().id().map(id -> job.equals("generate") ? id : id + "-" + job);
  }
}
