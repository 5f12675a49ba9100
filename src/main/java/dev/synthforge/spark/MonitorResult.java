package dev.synthforge.spark;

import dev.synthforge.core.metrics.GateBreach;
import java.util.List;

/**
 * What a monitor run measured and decided.
 *
 * @param depths the generation depths measured, 0 (real) first
 * @param values metric values written
 * @param report the HTML report written
 * @param breaches the gates breached; empty when every gate held
 */
public record MonitorResult(
    String runId, String metricsTable, List<Integer> depths, int values, String report,
    List<GateBreach> breaches, long tokenBudget, long wallMillis) {

  public MonitorResult {
    depths = List.copyOf(depths);
    breaches = List.copyOf(breaches);
  }

  public boolean gatesBreached() {
    return !breaches.isEmpty();
  }
}
