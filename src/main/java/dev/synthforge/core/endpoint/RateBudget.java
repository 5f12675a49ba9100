package dev.synthforge.core.endpoint;

import java.io.Serializable;

/**
 * Optional per-endpoint budgets of requests and tokens per minute, for the whole job.
 *
 * @param requestsPerMinute requests per minute, 0 for no limit
 * @param tokensPerMinute prompt plus completion tokens per minute (estimated on dispatch), 0 for
 *     no limit
 */
public record RateBudget(long requestsPerMinute, long tokensPerMinute) implements Serializable {
  public RateBudget {
    if (requestsPerMinute < 0 || tokensPerMinute < 0) {
      throw new IllegalArgumentException("rate budgets must be >= 0");
    }
  }

  public static RateBudget unlimited() {
    return new RateBudget(0, 0);
  }

  /** This budget divided over {@code shares} executors. */
  public RateBudget share(int shares) {
    return new RateBudget(divide(requestsPerMinute, shares), divide(tokensPerMinute, shares));
  }

  private static long divide(long budget, int shares) {
    return budget == 0 ? 0 : Math.max(1, budget / Math.max(1, shares));
  }
}
