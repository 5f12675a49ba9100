package dev.synthforge.core.metrics.embedding;

/**
 * Embedding diversity metrics, exact from their accumulators: dispersion (one minus the mean
 * pairwise cosine similarity) from an {@link EmbeddingSum}, and the Vendi score (the exponential
 * of the entropy of the cosine kernel's eigenvalues) from a {@link GramMatrix}.
 */
public final class EmbeddingMetrics {

  private EmbeddingMetrics() {}

  /**
   * {@code 1 - (|sum x_i|^2 - n) / (n (n - 1))} for unit vectors x_i: one minus the mean cosine
   * similarity over pairs of distinct embeddings. 0 for identical embeddings, 1 for orthogonal
   * ones, up to {@code 1 + 1/(n-1)} for opposed ones; 0 for fewer than two embeddings.
   */
  public static double dispersion(EmbeddingSum sum) {
    long count = sum.count();
    if (count < 2) {
      return 0;
    }
    double n = count;
    return 1 - (sum.squaredNorm() - n) / (n * (n - 1));
  }

  /**
   * {@code exp(-sum lambda_i ln lambda_i)} over the eigenvalues of {@code X^T X / n}: the effective
   * number of distinct embeddings, from 1 (all identical) to the dimension; 0 when empty.
   */
  public static double vendiScore(GramMatrix gram) {
    return gram.count() == 0 ? 0 : vendiScore(SymmetricEigenvalues.of(gram.normalized()));
  }

  /**
   * The Vendi score of kernel eigenvalues that sum to 1; eigenvalues at or below zero (roundoff
   * of a positive semi-definite matrix) add nothing.
   */
  public static double vendiScore(double[] eigenvalues) {
    double entropy = 0;
    for (double eigenvalue : eigenvalues) {
      if (eigenvalue > 0) {
        entropy -= eigenvalue * Math.log(eigenvalue);
      }
    }
    return Math.exp(entropy);
  }
}
