package dev.synthforge.core.metrics.representation;

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
    return new Floor();
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
   * Every group gets at least {@code 1/(2K)}; the rest of the mass goes to the other groups in
   * proportion to their real shares. Groups are floored one round at a time until no share
   * falls below the floor, so the floor holds exactly (plain clamping and renormalising would
   * push floored groups back under it).
   */
  record Floor() implements QuotaPolicy {
    @Override
    public double[] targetShares(double[] realShares) {
      int groups = realShares.length;
      double floor = 1.0 / (2 * groups);
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
