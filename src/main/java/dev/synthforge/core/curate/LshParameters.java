package dev.synthforge.core.curate;

import java.io.Serializable;

/**
 * Banding of MinHash signatures for locality-sensitive hashing: a signature of {@code bands *
 * rows} hashes is cut into {@code bands} bands of {@code rows} hashes, and two texts become a
 * candidate pair when all rows of at least one band agree. A pair of Jaccard similarity s is a
 * candidate with probability {@code 1 - (1 - s^rows)^bands}, an S-curve that is steepest near
 * {@link #threshold()}.
 *
 * @param bands number of bands, at least 1
 * @param rows hashes per band, at least 1
 */
public record LshParameters(int bands, int rows) implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_HASHES = 100_000;

  public LshParameters {
    if (bands < 1 || rows < 1 || (long) bands * rows > MAX_HASHES) {
      throw new IllegalArgumentException("Cannot create LSH parameters: need bands >= 1, rows >= 1"
          + " and at most " + MAX_HASHES + " hashes, got " + bands + " bands x " + rows + " rows");
    }
  }

  /**
   * FineWeb's 14 bands of 8 rows: 112 hashes, threshold about 0.72 (REFERENCES.md,
   * "Deduplication").
   */
  public static LshParameters defaults() {
    return new LshParameters(14, 8);
  }

  /** The signature length, {@code bands * rows}. */
  public int hashCount() {
    return bands * rows;
  }

  /** The probability that a pair of Jaccard similarity {@code jaccard} becomes a candidate. */
  public double candidateProbability(double jaccard) {
    if (!(jaccard >= 0 && jaccard <= 1)) {
      throw new IllegalArgumentException(
          "Cannot compute candidate probability: Jaccard similarity must be in [0, 1], got "
              + jaccard);
    }
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }

  /** The similarity near which candidacy turns from unlikely to likely: {@code (1/b)^(1/r)}. */
  public double threshold() {
    return Math.pow(1.0 / bands, 1.0 / rows);
  }
}
