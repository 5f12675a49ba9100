package dev.synthforge.core.lineage;

import java.io.Serializable;

/**
 * What a run may spend, as one executor's share: tokens and estimated cost. Zero means no limit.
 *
 * @param maxTokens prompt plus completion tokens, 0 for no limit
 * @param maxCostUsd estimated cost in USD, 0 for no limit
 */
public record RunBudget(long maxTokens, double maxCostUsd) implements Serializable {
  public RunBudget {
    if (maxTokens < 0 || maxCostUsd < 0) {
      throw new IllegalArgumentException("budgets must be >= 0");
    }
  }

  public static RunBudget unlimited() {
    return new RunBudget(0, 0);
  }

  /** This budget split evenly over {@code shares} executors. */
  public RunBudget share(int shares) {
    int parts = Math.max(1, shares);
    return new RunBudget(maxTokens == 0 ? 0 : Math.max(1, maxTokens / parts), maxCostUsd / parts);
  }

  /** Why no more may be sent after spending {@code tokens} and {@code costUsd}, or null. */
  public String exhaustedBy(long tokens, double costUsd) {
    if (maxTokens > 0 && tokens >= maxTokens) {
      return "this executor's share of run.max-tokens (" + maxTokens + " tokens) is spent";
    }
    if (maxCostUsd > 0 && costUsd >= maxCostUsd) {
      return String.format(java.util.Locale.ROOT,
          "this executor's share of run.max-cost-usd ($%.4f) is spent", maxCostUsd);
    }
    return null;
  }
}
