package dev.synthforge.config;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Values given on the command line that replace those of the config file.
 *
 * <p>Precedence: command line over file over defaults. Overridden values are checked like values of
 * the file, under the key they replace.
 *
 * @param runId replaces {@code run.id}
 * @param runDate replaces {@code run.date}
 * @param schedulerRunId replaces {@code run.scheduler-run-id}
 * @param warehouse replaces {@code output.warehouse}
 */
public record ConfigOverrides(
    Optional<String> runId,
    Optional<LocalDate> runDate,
    Optional<String> schedulerRunId,
    Optional<String> warehouse) {

  public ConfigOverrides {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(schedulerRunId, "schedulerRunId");
    Objects.requireNonNull(warehouse, "warehouse");
  }

  /** No overrides: the file and the defaults decide. */
  public static ConfigOverrides none() {
    return new ConfigOverrides(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ConfigOverrides withRunId(String value) {
    return new ConfigOverrides(Optional.of(value), runDate, schedulerRunId, warehouse);
  }

  public ConfigOverrides withRunDate(LocalDate value) {
    return new ConfigOverrides(runId, Optional.of(value), schedulerRunId, warehouse);
  }

  public ConfigOverrides withSchedulerRunId(String value) {
    return new ConfigOverrides(runId, runDate, Optional.of(value), warehouse);
  }

  public ConfigOverrides withWarehouse(String value) {
    return new ConfigOverrides(runId, runDate, schedulerRunId, Optional.of(value));
  }
}
