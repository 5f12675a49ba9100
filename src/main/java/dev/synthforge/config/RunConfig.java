package dev.synthforge.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * This run of the job: its identity and its limits.
 *
 * @param id run id; absent: the job chooses one
 * @param date run date
 * @param maxFailureRatio the job fails when failed/requested exceeds this
 * @param deadline longest time the run may take
 * @param endpointWait longest a request waits while no endpoint is healthy
 * @param maxTokens prompt plus completion tokens the run may spend
 * @param maxCostUsd estimated cost the run may spend
 * @param schedulerRunId id of the scheduler's run, as an Airflow run id
 * @param progressInterval how often a fan-out prints a progress line; zero prints none
 */
public record RunConfig(
    Optional<String> id,
    Optional<LocalDate> date,
    double maxFailureRatio,
    Optional<Duration> deadline,
    Duration endpointWait,
    Optional<Long> maxTokens,
    Optional<Double> maxCostUsd,
    Optional<String> schedulerRunId,
    Duration progressInterval) {

  public RunConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(endpointWait, "endpointWait");
    Objects.requireNonNull(maxTokens, "maxTokens");
    Objects.requireNonNull(maxCostUsd, "maxCostUsd");
    Objects.requireNonNull(schedulerRunId, "schedulerRunId");
    Objects.requireNonNull(progressInterval, "progressInterval");
    if (progressInterval.isNegative()) {
      throw new IllegalArgumentException("progressInterval cannot be negative: " + progressInterval);
    }
  }

  /** This run failing only above {@code other} failed/requested. */
  public RunConfig withMaxFailureRatio(double other) {
    return new RunConfig(id, date, other, deadline, endpointWait, maxTokens, maxCostUsd, schedulerRunId,
        progressInterval);
  }

  /** This run on {@code other} as its date. */
  public RunConfig withDate(LocalDate other) {
    return new RunConfig(id, Optional.of(other), maxFailureRatio, deadline, endpointWait, maxTokens, maxCostUsd,
        schedulerRunId, progressInterval);
  }
}
