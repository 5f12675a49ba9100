package dev.synthforge.core.metrics.representation;

/**
 * How many samples one seed may get under stratified generation.
 *
 * @param mean samples per seed on average: the groups share seeds × mean samples
 * @param min fewest samples of any seed
 * @param max most samples of any seed; {@link Integer#MAX_VALUE} for no limit
 */
public record SamplesPerSeed(int mean, int min, int max) {

  public SamplesPerSeed {
    if (min < 0 || min > mean || mean > max) {
      throw new IllegalArgumentException("Cannot bound the samples per seed: need 0 <= min " + min
          + " <= mean " + mean + " <= max " + max);
    }
  }

  /** A mean of {@code mean} with at least {@code min} samples a seed and no most. */
  public static SamplesPerSeed atLeast(int mean, int min) {
    return new SamplesPerSeed(mean, min, Integer.MAX_VALUE);
  }
}
