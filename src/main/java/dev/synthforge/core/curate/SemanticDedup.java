package dev.synthforge.core.curate;

import java.util.Arrays;
import java.util.List;

/**
 * SemDeDup (Abbas et al. 2023) within one cluster of embeddings: going through the cluster in
 * {@link RepresentativeOrder}, an item is a duplicate when its cosine similarity to an item
 * already kept exceeds {@code 1 - epsilon}; otherwise it is kept. The clustering (k-means) and
 * the embeddings come from elsewhere. REFERENCES.md gives no epsilon: calibrate it on a sample
 * for the embedding model in use.
 */
public final class SemanticDedup {

  /** Marks a kept item in {@link #duplicateOf}'s result. */
  public static final int KEPT = -1;

  private final double epsilon;

  public SemanticDedup(double epsilon) {
    if (!(epsilon >= 0 && epsilon <= 2)) {
      throw new IllegalArgumentException(
          "Cannot create semantic dedup: epsilon must be in [0, 2], got " + epsilon);
    }
    this.epsilon = epsilon;
  }

  public double epsilon() {
    return epsilon;
  }

  /**
   * The cosine similarity of two vectors of equal length; for unit vectors, their dot product.
   * A zero vector is similar to nothing (0).
   */
  public static double cosine(float[] first, float[] second) {
    if (first.length != second.length) {
      throw new IllegalArgumentException("Cannot compare embeddings: lengths " + first.length
          + " and " + second.length + " differ");
    }
    double dot = 0;
    double firstNorm = 0;
    double secondNorm = 0;
    for (int index = 0; index < first.length; index++) {
      dot += (double) first[index] * second[index];
      firstNorm += (double) first[index] * first[index];
      secondNorm += (double) second[index] * second[index];
    }
    return firstNorm == 0 || secondNorm == 0 ? 0 : dot / Math.sqrt(firstNorm * secondNorm);
  }

  /** {@code vector} scaled to length 1; a zero vector stays zero. */
  public static float[] unit(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += (double) value * value;
    }
    float[] unit = Arrays.copyOf(vector, vector.length);
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      for (int index = 0; index < unit.length; index++) {
        unit[index] = (float) (unit[index] * scale);
      }
    }
    return unit;
  }

  /**
   * For each item of a cluster given in representative order: {@link #KEPT}, or the index of the
   * most similar earlier kept item whose similarity exceeds {@code 1 - epsilon}.
   */
  public int[] duplicateOf(List<float[]> embeddingsInRepresentativeOrder) {
    int[] result = new int[embeddingsInRepresentativeOrder.size()];
    double bound = 1 - epsilon;
    for (int index = 0; index < result.length; index++) {
      result[index] = KEPT;
      double best = bound;
      for (int earlier = 0; earlier < index; earlier++) {
        if (result[earlier] == KEPT) {
          double similarity = cosine(embeddingsInRepresentativeOrder.get(index),
              embeddingsInRepresentativeOrder.get(earlier));
          if (similarity > best) {
            best = similarity;
            result[index] = earlier;
          }
        }
      }
    }
    return result;
  }
}
