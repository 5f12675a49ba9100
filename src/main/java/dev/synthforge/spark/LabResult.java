package dev.synthforge.spark;

import dev.synthforge.core.lab.LabSettings;
import dev.synthforge.core.lab.LabTable;
import java.util.List;
import java.util.Objects;

/**
 * What a collapse lab run measured.
 *
 * @param runId the lab run's id; its generate and monitor runs carry it as a prefix
 * @param settings the generations and policies run
 * @param table the metric values per policy and generation, with the real data and its resample
 * @param tokenBudget the token budget every depth of every policy was measured at
 * @param realRows rows of real data, and so of every generation
 * @param reports the lab's HTML report with the curves, then the monitor's report of each policy
 * @param wallMillis how long the lab ran
 */
public record LabResult(String runId, LabSettings settings, LabTable table, long tokenBudget, long realRows,
    List<String> reports, long wallMillis) {

  public LabResult {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(table, "table");
    reports = List.copyOf(reports);
  }

  /** Tail recall of unigrams of the last generation of {@code policy}. */
  public double lastTailRecall(String policy) {
    return table.value(policy, settings.generations(), "tail_recall_1");
  }
}
