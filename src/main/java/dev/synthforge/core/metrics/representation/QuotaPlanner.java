package dev.synthforge.core.metrics.representation;

import dev.synthforge.core.metrics.Counts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Plans stratified generation: for N rows in total, each group a present in the real data gets
 * target share q(a) from a {@link QuotaPolicy} and {@code n(a) = max(0, round(N q(a)) -
 * n_existing(a))} rows to generate. Existing rows are what the group already has (its real rows
 * when real and synthetic data are mixed, its synthetic rows when only they count); groups only
 * in the existing counts get no quota. Targets are rounded one by one, so they may sum to N plus
 * or minus K/2.
 */
public final class QuotaPlanner {

  private QuotaPlanner() {}

  /** Quotas for {@code total} rows over the groups of {@code real}, ordered by group name. */
  public static QuotaPlan plan(Counts real, Counts existing, long total, QuotaPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (total < 0) {
      throw new IllegalArgumentException(
          "Cannot plan quotas for " + total + " rows: the total must be >= 0");
    }
    TreeMap<String, Long> groups = new TreeMap<>();
    real.forEach(groups::put);
    double[] realShares = new double[groups.size()];
    int index = 0;
    for (long count : groups.values()) {
      realShares[index++] = (double) count / real.total();
    }
    double[] targetShares = groups.isEmpty() ? realShares : policy.targetShares(realShares);
    List<GroupQuota> quotas = new ArrayList<>(groups.size());
    index = 0;
    for (Map.Entry<String, Long> group : groups.entrySet()) {
      long target = Math.round(total * targetShares[index]);
      long present = existing.count(group.getKey());
      quotas.add(new GroupQuota(group.getKey(), group.getValue(), realShares[index],
          targetShares[index], target, present, Math.max(0, target - present)));
      index++;
    }
    return new QuotaPlan(total, quotas);
  }
}
