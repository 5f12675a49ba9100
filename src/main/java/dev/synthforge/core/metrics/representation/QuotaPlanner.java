package dev.synthforge.core.metrics.representation;

import dev.synthforge.core.metrics.Counts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * or minus K/2; {@link #planSamples} plans whole numbers that sum to N exactly.
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

  /**
   * Quotas of samples for stratified generation, from the seed counts c(a) alone: the groups
   * share {@code N = seeds.total() * perSeed.mean()} samples, and nothing exists yet, so each
   * quota's {@code toGenerate} is its target. A group's target is {@code clamp(lambda N q(a),
   * min c(a), max c(a))}, with the one factor lambda that makes the targets sum to N (1 when no
   * bound binds), rounded to whole numbers by largest remainder, ties to the group first by
   * name: the targets sum to exactly N and keep their bounds. Ordered by group name.
   */
  public static QuotaPlan planSamples(Counts seeds, QuotaPolicy policy, SamplesPerSeed perSeed) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(perSeed, "perSeed");
    TreeMap<String, Long> groups = new TreeMap<>();
    seeds.forEach(groups::put);
    long total = Math.multiplyExact(seeds.total(), (long) perSeed.mean());
    if (groups.isEmpty()) {
      return new QuotaPlan(0, List.of());
    }
    int count = groups.size();
    double[] realShares = new double[count];
    double[] lower = new double[count];
    double[] upper = new double[count];
    int index = 0;
    for (long seedCount : groups.values()) {
      realShares[index] = (double) seedCount / seeds.total();
      lower[index] = (double) seedCount * perSeed.min();
      upper[index] = perSeed.max() == Integer.MAX_VALUE
          ? Double.POSITIVE_INFINITY : (double) seedCount * perSeed.max();
      index++;
    }
    double[] targetShares = policy.targetShares(realShares);
    long[] targets = largestRemainders(scaledWithin(targetShares, lower, upper, total), upper, total);
    List<GroupQuota> quotas = new ArrayList<>(count);
    index = 0;
    for (Map.Entry<String, Long> group : groups.entrySet()) {
      quotas.add(new GroupQuota(group.getKey(), group.getValue(), realShares[index],
          targetShares[index], targets[index], 0, targets[index]));
      index++;
    }
    return new QuotaPlan(total, quotas);
  }

  /** {@code clamp(lambda total share, lower, upper)} for the lambda whose values sum to total. */
  private static double[] scaledWithin(double[] shares, double[] lower, double[] upper, long total) {
    double lambda = 1;
    boolean bounded = false;
    for (int index = 0; index < shares.length; index++) {
      double value = total * shares[index];
      bounded |= value < lower[index] || value > upper[index];
    }
    if (bounded) {
      // The clamped sum grows with lambda and is continuous: bisect to where it reaches total.
      double low = 0;
      double high = 1;
      while (clampedSum(shares, lower, upper, total, high) < total) {
        high *= 2;
      }
      for (double middle = low + (high - low) / 2; middle > low && middle < high;
          middle = low + (high - low) / 2) {
        if (clampedSum(shares, lower, upper, total, middle) < total) {
          low = middle;
        } else {
          high = middle;
        }
      }
      lambda = high;
    }
    double[] values = new double[shares.length];
    for (int index = 0; index < shares.length; index++) {
      values[index] = clamp(lambda * total * shares[index], lower[index], upper[index]);
    }
    return values;
  }

  private static double clampedSum(
      double[] shares, double[] lower, double[] upper, long total, double lambda) {
    double sum = 0;
    for (int index = 0; index < shares.length; index++) {
      sum += clamp(lambda * total * shares[index], lower[index], upper[index]);
    }
    return sum;
  }

  private static double clamp(double value, double lower, double upper) {
    return Math.min(upper, Math.max(lower, value));
  }

  /**
   * Whole numbers from {@code values} (summing to about {@code total}, each within its bounds):
   * each rounded down, then one more to the largest fractional parts, ties to the lower index,
   * never past an upper bound, until they sum to {@code total}.
   */
  private static long[] largestRemainders(double[] values, double[] upper, long total) {
    long[] whole = new long[values.length];
    long left = total;
    Integer[] order = new Integer[values.length];
    for (int index = 0; index < values.length; index++) {
      whole[index] = (long) Math.floor(values[index]);
      left -= whole[index];
      order[index] = index;
    }
    Arrays.sort(order, Comparator
        .comparingDouble((Integer index) -> -(values[index] - whole[index]))
        .thenComparingInt(index -> index));
    while (left > 0) {
      long before = left;
      for (int index : order) {
        if (left > 0 && whole[index] < upper[index]) {
          whole[index]++;
          left--;
        }
      }
      if (left == before) {
        throw new IllegalStateException("Cannot round quotas to " + total + ": every bound is full");
      }
    }
    return whole;
  }
}
