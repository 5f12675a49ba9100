package dev.synthforge.core.metrics.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.lm.SeededRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SymmetricEigenvaluesTest {

  @Test
  void twoByTwo() {
    // [[2, 1], [1, 2]]: (2 - x)^2 = 1, x = 1 or 3.
    assertThat(SymmetricEigenvalues.of(new double[][] {{2, 1}, {1, 2}}))
        .containsExactly(new double[] {1, 3}, within(1e-15));
    // [[0.68, 0.24], [0.24, 0.32]]: trace 1, determinant 0.16, so 0.2 and 0.8.
    assertThat(SymmetricEigenvalues.of(new double[][] {{0.68, 0.24}, {0.24, 0.32}}))
        .containsExactly(new double[] {0.2, 0.8}, within(1e-15));
  }

  @Test
  void diagonalAndTinyMatrices() {
    assertThat(SymmetricEigenvalues.of(new double[][] {{3, 0, 0}, {0, -1, 0}, {0, 0, 2}}))
        .containsExactly(-1, 2, 3);
    assertThat(SymmetricEigenvalues.of(new double[][] {{7}})).containsExactly(7);
    assertThat(SymmetricEigenvalues.of(new double[0][0])).isEmpty();
    assertThat(SymmetricEigenvalues.of(new double[4][4])).containsExactly(0, 0, 0, 0);
  }

  @Test
  void matrixOfOnesHasOneNonZeroEigenvalue() {
    // J (n x n, all ones) = 1 1^T: eigenvalue n once, 0 n - 1 times.
    double[][] ones = new double[50][50];
    for (double[] row : ones) {
      Arrays.fill(row, 1);
    }
    double[] eigenvalues = SymmetricEigenvalues.of(ones);
    assertThat(eigenvalues[49]).isCloseTo(50, within(1e-12));
    for (int index = 0; index < 49; index++) {
      assertThat(eigenvalues[index]).isCloseTo(0, within(1e-12));
    }
  }

  @Test
  void secondDifferenceMatrixOfSize384() {
    // tridiag(-1, 2, -1) of size n has eigenvalues 2 - 2 cos(k pi / (n + 1)), k = 1..n.
    int size = 384;
    double[][] matrix = new double[size][size];
    double[] expected = new double[size];
    for (int index = 0; index < size; index++) {
      matrix[index][index] = 2;
      if (index + 1 < size) {
        matrix[index][index + 1] = -1;
        matrix[index + 1][index] = -1;
      }
      expected[index] = 2 - 2 * Math.cos((index + 1) * Math.PI / (size + 1));
    }
    assertThat(SymmetricEigenvalues.of(matrix)).containsExactly(expected, within(1e-12));
  }

  @Test
  void denseMatrixOfSize384WithKnownSpectrum() {
    // A = Q diag(lambda) Q^T with Q a random orthogonal matrix; lambda has repeats, zeros, a
    // negative value and a spread of 1e-6 to 1, like a Gram matrix of real embeddings.
    int size = 384;
    double[] expected = new double[size];
    for (int index = 0; index < size; index++) {
      expected[index] =
          index < 100 ? 0 : index < 110 ? 0.25 : Math.pow(10, -6.0 * (size - index) / size);
    }
    expected[0] = -0.5;
    double[][] q = randomOrthogonal(size, new SeededRandom(17));
    double[][] matrix = new double[size][size];
    for (int row = 0; row < size; row++) {
      for (int column = row; column < size; column++) {
        double sum = 0;
        for (int k = 0; k < size; k++) {
          sum += q[row][k] * expected[k] * q[column][k];
        }
        matrix[row][column] = sum;
        matrix[column][row] = sum;
      }
    }
    Arrays.sort(expected);
    assertThat(SymmetricEigenvalues.of(matrix)).containsExactly(expected, within(1e-13));
  }

  @Test
  void rejectsMatricesThatAreNotSquareOrFinite() {
    assertThatThrownBy(() -> SymmetricEigenvalues.of(new double[][] {{1, 2}, {3}}))
        .hasMessage("Cannot compute eigenvalues: row 1 has 1 columns, not 2");
    assertThatThrownBy(() -> SymmetricEigenvalues.of(new double[][] {{Double.NaN}}))
        .hasMessage("Cannot compute eigenvalues: entry (0, 0) is NaN");
  }

  /** Modified Gram-Schmidt on a random matrix: its columns are orthonormal. */
  private static double[][] randomOrthogonal(int size, SeededRandom random) {
    double[][] columns = new double[size][size];
    for (int column = 0; column < size; column++) {
      double[] vector = columns[column];
      for (int row = 0; row < size; row++) {
        vector[row] = random.nextDouble() - 0.5;
      }
      for (int previous = 0; previous < column; previous++) {
        double dot = 0;
        for (int row = 0; row < size; row++) {
          dot += vector[row] * columns[previous][row];
        }
        for (int row = 0; row < size; row++) {
          vector[row] -= dot * columns[previous][row];
        }
      }
      double norm = Math.sqrt(Arrays.stream(vector).map(value -> value * value).sum());
      for (int row = 0; row < size; row++) {
        vector[row] /= norm;
      }
    }
    double[][] q = new double[size][size];
    for (int row = 0; row < size; row++) {
      for (int column = 0; column < size; column++) {
        q[row][column] = columns[column][row];
      }
    }
    return q;
  }
}
