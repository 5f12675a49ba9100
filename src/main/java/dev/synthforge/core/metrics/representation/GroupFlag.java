package dev.synthforge.core.metrics.representation;

/** Something worth a look about one group's representation. */
public enum GroupFlag {
  /** Representation ratio below 0.8 (the four-fifths rule). */
  BELOW_FOUR_FIFTHS,
  /** In the real data with fewer rows than the small-count threshold: its ratio is noisy. */
  SMALL_REAL_COUNT,
  /** Present in the real data, absent from the synthetic data. */
  MISSING_FROM_SYNTHETIC,
  /** Present in the synthetic data only. */
  NOT_IN_REAL
}
