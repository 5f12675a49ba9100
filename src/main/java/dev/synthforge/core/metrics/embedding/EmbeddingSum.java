package dev.synthforge.core.metrics.embedding;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable running sum of unit-normalised embeddings and their count: all that embedding
 * dispersion needs, in O(d) memory and O(d) work per embedding. Not thread-safe.
 */
public final class EmbeddingSum implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double[] sum;
  private long count;

  public EmbeddingSum(int dimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException(
          "Cannot sum embeddings of dimension " + dimension + ": it must be >= 1");
    }
    this.sum = new double[dimension];
  }

  /** Adds {@code embedding} scaled to unit length; a zero or non-finite vector is rejected. */
  public void add(float[] embedding) {
    double[] unit = Embeddings.unit(embedding, sum.length);
    for (int index = 0; index < sum.length; index++) {
      sum[index] += unit[index];
    }
    count++;
  }

  /** Adds the embeddings summed by {@code other}, of the same dimension. */
  public void merge(EmbeddingSum other) {
    Embeddings.checkDimension(other.sum.length, sum.length);
    for (int index = 0; index < sum.length; index++) {
      sum[index] += other.sum[index];
    }
    count += other.count;
  }

  public int dimension() {
    return sum.length;
  }

  public long count() {
    return count;
  }

  /** The squared length of the sum of the unit embeddings. */
  public double squaredNorm() {
    double squared = 0;
    for (double component : sum) {
      squared += component * component;
    }
    return squared;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmbeddingSum embeddings && embeddings.count == count
        && Arrays.equals(embeddings.sum, sum);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sum) * 31 + Long.hashCode(count);
  }
}
