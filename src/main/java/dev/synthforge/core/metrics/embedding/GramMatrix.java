package dev.synthforge.core.metrics.embedding;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable sum of outer products {@code x x^T} of unit-normalised embeddings, and their count:
 * the d x d matrix {@code X^T X} whose eigenvalues, divided by n, are those of the n x n cosine
 * kernel {@code K / n} (apart from zeros), so the Vendi score is exact at any n. Stores the upper
 * triangle, d(d+1)/2 doubles (74 thousand for d = 384), and costs as many multiply-adds per
 * embedding. Not thread-safe.
 */
public final class GramMatrix implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int dimension;
  private final double[] upper;
  private long count;

  public GramMatrix(int dimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException(
          "Cannot accumulate a Gram matrix of dimension " + dimension + ": it must be >= 1");
    }
    this.dimension = dimension;
    this.upper = new double[dimension * (dimension + 1) / 2];
  }

  /** Adds the outer product of {@code embedding} scaled to unit length. */
  public void add(float[] embedding) {
    double[] unit = Embeddings.unit(embedding, dimension);
    int position = 0;
    for (int row = 0; row < dimension; row++) {
      double value = unit[row];
      for (int column = row; column < dimension; column++) {
        upper[position++] += value * unit[column];
      }
    }
    count++;
  }

  /** Adds the outer products summed by {@code other}, of the same dimension. */
  public void merge(GramMatrix other) {
    Embeddings.checkDimension(other.dimension, dimension);
    for (int index = 0; index < upper.length; index++) {
      upper[index] += other.upper[index];
    }
    count += other.count;
  }

  public int dimension() {
    return dimension;
  }

  public long count() {
    return count;
  }

  /** The full symmetric matrix {@code X^T X / n}, of trace 1; all zeros when empty. */
  public double[][] normalized() {
    double[][] matrix = new double[dimension][dimension];
    double scale = count == 0 ? 0 : 1.0 / count;
    int position = 0;
    for (int row = 0; row < dimension; row++) {
      for (int column = row; column < dimension; column++) {
        double value = upper[position++] * scale;
        matrix[row][column] = value;
        matrix[column][row] = value;
      }
    }
    return matrix;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GramMatrix gram && gram.count == count
        && Arrays.equals(gram.upper, upper);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(upper) * 31 + Long.hashCode(count);
  }
}
