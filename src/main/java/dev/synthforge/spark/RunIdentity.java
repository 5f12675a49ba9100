package dev.synthforge.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who a run is: its id, logical date, config hash and scheduler id.
 *
 * @param schedulerRunId the scheduler's run id, or null
 */
public record RunIdentity(String runId, LocalDate runDate, String configHash, String schedulerRunId) {
  public RunIdentity {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(configHash, "configHash");
  }

  /** A fresh run id for {@code job}: the job, the wall-clock time and a random suffix. */
  public static String newRunId(String job) {
    return job + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
        + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
