package dev.synthforge.core.metrics.embedding;

/** Checks and unit-normalisation shared by the embedding accumulators. */
final class Embeddings {

  private Embeddings() {}

  static double[] unit(float[] embedding, int dimension) {
    checkDimension(embedding.length, dimension);
    double squared = 0;
    for (float component : embedding) {
      squared += (double) component * component;
    }
    double norm = Math.sqrt(squared);
    if (!(norm > 0) || !Double.isFinite(norm)) {
      throw new IllegalArgumentException(
          "Cannot add embedding: its norm is " + norm + ", not a positive finite number");
    }
    double[] unit = new double[dimension];
    for (int index = 0; index < dimension; index++) {
      unit[index] = embedding[index] / norm;
    }
    return unit;
  }

  static void checkDimension(int actual, int expected) {
    if (actual != expected) {
      throw new IllegalArgumentException(
          "Cannot add embedding: dimension " + actual + " differs from " + expected);
    }
  }
}
