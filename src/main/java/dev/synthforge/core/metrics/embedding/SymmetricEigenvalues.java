package dev.synthforge.core.metrics.embedding;

import java.util.Arrays;

/**
 * Eigenvalues of a real symmetric matrix: Householder reduction to tridiagonal form, then the
 * implicit QL algorithm with Wilkinson-type shifts (as in EISPACK's tred1/tql1). O(n^3); a 384 x
 * 384 matrix takes a fraction of a second, with errors of a few units of roundoff times the
 * matrix norm.
 */
public final class SymmetricEigenvalues {

  private static final int MAX_ITERATIONS = 60;

  private SymmetricEigenvalues() {}

  /** The eigenvalues of {@code matrix} in ascending order; it is read as {@code (A + A^T) / 2}. */
  public static double[] of(double[][] matrix) {
    int size = matrix.length;
    double[][] work = new double[size][size];
    for (int row = 0; row < size; row++) {
      if (matrix[row].length != size) {
        throw new IllegalArgumentException("Cannot compute eigenvalues: row " + row + " has "
            + matrix[row].length + " columns, not " + size);
      }
      for (int column = 0; column < size; column++) {
        double value = (matrix[row][column] + matrix[column][row]) / 2;
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException("Cannot compute eigenvalues: entry (" + row + ", "
              + column + ") is " + value);
        }
        work[row][column] = value;
      }
    }
    double[] diagonal = new double[size];
    double[] offDiagonal = new double[size];
    tridiagonalize(work, diagonal, offDiagonal);
    diagonalize(diagonal, offDiagonal);
    Arrays.sort(diagonal);
    return diagonal;
  }

  /**
   * Householder reduction (Golub and Van Loan, algorithm 8.3.1, whose names it keeps): after step
   * k, column k below the subdiagonal is zero. Leaves the
   * diagonal in {@code diagonal} and the subdiagonal in {@code offDiagonal[0..n-2]}.
   */
  private static void tridiagonalize(double[][] a, double[] diagonal, double[] offDiagonal) {
    int size = a.length;
    double[] v = new double[size];
    double[] w = new double[size];
    for (int k = 0; k < size - 2; k++) {
      int first = k + 1;
      double squared = 0;
      for (int row = first; row < size; row++) {
        squared += a[row][k] * a[row][k];
      }
      if (squared == 0) {
        continue;
      }
      double x0 = a[first][k];
      // The sign of sigma follows x0 so that v[0] = x0 + sigma does not cancel.
      double sigma = Math.copySign(Math.sqrt(squared), x0);
      for (int row = first; row < size; row++) {
        v[row] = a[row][k];
      }
      v[first] += sigma;
      // H = I - beta v v^T maps column k below the diagonal to -sigma e1; v^T v = 2 sigma v[0].
      double beta = 1 / (sigma * v[first]);
      double dot = 0;
      for (int row = first; row < size; row++) {
        double sum = 0;
        double[] line = a[row];
        for (int column = first; column < size; column++) {
          sum += line[column] * v[column];
        }
        w[row] = beta * sum;
        dot += w[row] * v[row];
      }
      double correction = beta * dot / 2;
      for (int row = first; row < size; row++) {
        w[row] -= correction * v[row];
      }
      for (int row = first; row < size; row++) {
        double[] line = a[row];
        double vRow = v[row];
        double wRow = w[row];
        for (int column = first; column < size; column++) {
          line[column] -= vRow * w[column] + wRow * v[column];
        }
      }
      a[first][k] = -sigma;
      a[k][first] = -sigma;
    }
    for (int index = 0; index < size; index++) {
      diagonal[index] = a[index][index];
      offDiagonal[index] = index + 1 < size ? a[index + 1][index] : 0;
    }
  }

  /**
   * Implicit QL iterations on the tridiagonal matrix until every off-diagonal entry is negligible;
   * the diagonal then holds the eigenvalues.
   */
  private static void diagonalize(double[] d, double[] e) {
    int size = d.length;
    // An off-diagonal entry is negligible at roundoff of the matrix norm (as in JAMA's tql2);
    // a test relative to its neighbours alone would stall on the many zero eigenvalues of a
    // low-rank Gram matrix.
    double norm = 0;
    for (int index = 0; index < size; index++) {
      norm = Math.max(norm, Math.abs(d[index]) + Math.abs(e[index]));
    }
    double tolerance = Math.ulp(1.0) * norm;
    for (int low = 0; low < size; low++) {
      int iterations = 0;
      int split;
      do {
        for (split = low; split < size - 1; split++) {
          if (Math.abs(e[split]) <= tolerance) {
            break;
          }
        }
        if (split != low) {
          if (++iterations > MAX_ITERATIONS) {
            throw new IllegalStateException("Cannot compute eigenvalues: eigenvalue " + low
                + " did not converge in " + MAX_ITERATIONS + " iterations");
          }
          qlStep(d, e, low, split);
        }
      } while (split != low);
    }
  }

  /**
   * One implicitly shifted QL step on the unreduced block {@code [low, split]}. The short names
   * follow EISPACK's tql1 and Numerical Recipes' tqli, so the step can be checked against them.
   */
  private static void qlStep(double[] d, double[] e, int low, int split) {
    double g = (d[low + 1] - d[low]) / (2 * e[low]);
    double r = Math.hypot(g, 1);
    g = d[split] - d[low] + e[low] / (g + Math.copySign(r, g));
    double s = 1;
    double c = 1;
    double p = 0;
    for (int index = split - 1; index >= low; index--) {
      double f = s * e[index];
      double b = c * e[index];
      r = Math.hypot(f, g);
      e[index + 1] = r;
      if (r == 0) {
        // Deflation: the block splits here; restart on the smaller block.
        d[index + 1] -= p;
        e[split] = 0;
        return;
      }
      s = f / r;
      c = g / r;
      g = d[index + 1] - p;
      r = (d[index] - g) * s + 2 * c * b;
      p = s * r;
      d[index + 1] = g + p;
      g = c * r - b;
    }
    d[low] -= p;
    e[low] = g;
    e[split] = 0;
  }
}
