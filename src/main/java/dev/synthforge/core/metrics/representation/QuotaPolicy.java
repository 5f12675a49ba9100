package dev.synthforge.core.metrics.representation;

import java.util.OptionalDouble;

/**
 * How stratified generation sets each group's target share q(a) from its real share p(a), over
 * the K groups present in the real data. Either way the shares sum to 1, rare groups gain and
 * frequent ones lose.
 */
public sealed interface QuotaPolicy {

  /** The temperature of {@link #tempered()}. */
  double DEFAULT_TEMPERATURE = 0.3;

  /** The target shares for real shares {@code realShares} (positive, summing to 1). */
  double[] targetShares(double[] realShares);

  /** {@code q(a) proportional to p(a)^0.3}. */
  static QuotaPolicy tempered() {
    return new Tempered(DEFAULT_TEMPERATURE);
  }

  /** {@code q(a) proportional to p(a)^temperature}: 1 keeps the real shares, 0 makes them equal. */
  static QuotaPolicy tempered(double temperature) {
    return new Tempered(temperature);
  }

  /** Real shares with a floor of {@code 1/(2K)}. */
  static QuotaPolicy floor() {
    return new Floor(OptionalDouble.empty());
  }

  /** Real shares with a floor of {@code share}, at most {@code 1/K} when planned for K groups. */
  static QuotaPolicy floor(double share) {
    return new Floor(OptionalDouble.of(share));
  }

  /**
   * {@code q(a) = p(a)^T / sum_b p(b)^T}.
   *
   * @param temperature T, between 0 and 1
   */
  record Tempered(double temperature) implements QuotaPolicy {
    public Tempered {
      if (!(temperature >= 0 && temperature <= 1)) {
        throw new IllegalArgumentException(
            "Cannot plan quotas: temperature " + temperature + " must be in [0, 1]");
      }
    }

    @Override
    public double[] targetShares(double[] realShares) {
      double[] shares = new double[realShares.length];
      double sum = 0;
      for (int index = 0; index < shares.length; index++) {
        shares[index] = Math.pow(realShares[index], temperature);
        sum += shares[index];
      }
      for (int index = 0; index < shares.length; index++) {
        shares[index] /= sum;
      }
      return shares;
    }
  }

  /**
   * Every group gets at least the floor; the rest of the mass goes to the other groups in
   * proportion to their real shares. Groups are floored one round at a time until no share
   * falls below the floor, so the floor holds exactly (plain clamping and renormalising would
   * push floored groups back under it).
   *
   * @param share the floor, in [0, 1/K] for K groups; empty for {@code 1/(2K)}
   */
  record Floor(OptionalDouble share) implements QuotaPolicy {
    public Floor {
      if (share.isPresent() && !(share.getAsDouble() >= 0 && share.getAsDouble() <= 1)) {
        throw new IllegalArgumentException(
            "Cannot plan quotas: floor " + share.getAsDouble() + " must be in [0, 1]");
      }
    }

    /** The floor for {@code groups} groups; above {@code 1/groups} it is an error. */
    public double floorFor(int groups) {
      double floor = share.orElse(1.0 / (2 * groups));
      // A floor written as a rounded 1/K, such as 0.3333333333333333, is 1/K.
      if (floor > 1.0 / groups + 1e-12) {
        throw new IllegalArgumentException("Cannot plan quotas: floor " + floor
            + " is above 1/K = " + 1.0 / groups + " for K = " + groups + " groups");
      }
      return Math.min(floor, 1.0 / groups);
    }

    @Override
    public double[] targetShares(double[] realShares) {
      int groups = realShares.length;
      double floor = floorFor(groups);
      boolean[] floored = new boolean[groups];
      int flooredCount = 0;
      double[] shares = new double[groups];
      boolean changed = true;
      while (changed) {
        changed = false;
        double free = 1 - flooredCount * floor;
        double unflooredMass = 0;
        for (int index = 0; index < groups; index++) {
          unflooredMass += floored[index] ? 0 : realShares[index];
        }
        for (int index = 0; index < groups; index++) {
          shares[index] = floored[index] ? floor : free * realShares[index] / unflooredMass;
          if (!floored[index] && shares[index] < floor) {
            floored[index] = true;
            flooredCount++;
            changed = true;
          }
        }
      }
      return shares;
    }
  }
}
