package dev.synthforge.config;

import java.util.List;
import java.util.Objects;

/**
 * A loaded, validated job config: seeds, task, endpoints, output and run.
 *
 * <p>Built by {@link ConfigLoader}; holds no secret.
 *
 * @param seeds where the seed rows come from
 * @param task what to ask the model for each seed
 * @param endpoints model endpoints, at least one, names unique
 * @param output where the tables are written
 * @param run this run of the job
 * @param curate how the curate job judges the generated rows
 * @param monitor what the monitor job measures and gates
 * @param mix how the mix job builds the training mix
 */
public record JobConfig(
    SeedsConfig seeds,
    TaskConfig task,
    List<EndpointConfig> endpoints,
    OutputConfig output,
    RunConfig run,
    CurateConfig curate,
    MonitorConfig monitor,
    MixConfig mix) {

  public JobConfig {
    Objects.requireNonNull(seeds, "seeds");
    Objects.requireNonNull(task, "task");
    endpoints = List.copyOf(endpoints);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(curate, "curate");
    Objects.requireNonNull(monitor, "monitor");
    Objects.requireNonNull(mix, "mix");
    if (endpoints.isEmpty()) {
      throw new IllegalArgumentException("Cannot build a job config: no endpoint");
    }
  }

  /** This config with other seeds: how a job runs the fan-out over rows it provides. */
  public JobConfig withSeeds(SeedsConfig other) {
    return new JobConfig(other, task, endpoints, output, run, curate, monitor, mix);
  }

  /** This config with another task. */
  public JobConfig withTask(TaskConfig other) {
    return new JobConfig(seeds, other, endpoints, output, run, curate, monitor, mix);
  }

  /** This config with other endpoints. */
  public JobConfig withEndpoints(List<EndpointConfig> other) {
    return new JobConfig(seeds, task, other, output, run, curate, monitor, mix);
  }

  /** This config with other output tables. */
  public JobConfig withOutput(OutputConfig other) {
    return new JobConfig(seeds, task, endpoints, other, run, curate, monitor, mix);
  }

  /** This config with another run section. */
  public JobConfig withRun(RunConfig other) {
    return new JobConfig(seeds, task, endpoints, output, other, curate, monitor, mix);
  }

  /** This config with other monitor settings. */
  public JobConfig withMonitor(MonitorConfig other) {
    return new JobConfig(seeds, task, endpoints, output, run, curate, other, mix);
  }

  /** This config with other mix settings. */
  public JobConfig withMix(MixConfig other) {
    return new JobConfig(seeds, task, endpoints, output, run, curate, monitor, other);
  }
}
