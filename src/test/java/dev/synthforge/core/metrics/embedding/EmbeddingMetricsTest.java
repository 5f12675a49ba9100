package dev.synthforge.core.metrics.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.lm.SeededRandom;
import dev.synthforge.core.metrics.Serialization;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingMetricsTest {

  @Test
  void dispersionFromTheRunningSum() {
    // (1, 0), (0, 1), (2, 0) -> unit (1, 0), (0, 1), (1, 0); sum (2, 1), |sum|^2 = 5, n = 3:
    // 1 - (5 - 3) / (3 * 2) = 2/3. Pairwise cosines 0, 1, 0: mean 1/3, one minus it 2/3.
    EmbeddingSum sum = sumOf(2, new float[] {1, 0}, new float[] {0, 1}, new float[] {2, 0});
    assertThat(EmbeddingMetrics.dispersion(sum)).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void dispersionOfIdenticalOrthogonalAndOpposedVectors() {
    float[] same = {0.3f, -0.4f, 1.2f};
    assertThat(EmbeddingMetrics.dispersion(sumOf(3, same, same, same, same)))
        .isCloseTo(0, within(1e-12));
    // Orthonormal: |sum|^2 = n, so 1 - 0.
    assertThat(EmbeddingMetrics.dispersion(
        sumOf(3, new float[] {1, 0, 0}, new float[] {0, 1, 0}, new float[] {0, 0, 1})))
        .isEqualTo(1);
    // Opposed pair: |sum|^2 = 0, 1 - (0 - 2) / 2 = 2.
    assertThat(EmbeddingMetrics.dispersion(sumOf(1, new float[] {1}, new float[] {-1}))).isEqualTo(2);
    assertThat(EmbeddingMetrics.dispersion(sumOf(2, new float[] {1, 0}))).isZero();
    assertThat(EmbeddingMetrics.dispersion(new EmbeddingSum(2))).isZero();
  }

  @Test
  void vendiOfTwoVectorsWithCosineZeroPointSix() {
    // x1 = (1, 0), x2 = (0.6, 0.8): X^T X / 2 = [[0.68, 0.24], [0.24, 0.32]], eigenvalues 0.8
    // and 0.2 (those of K / 2 = [[1, 0.6], [0.6, 1]] / 2 = (1 +- 0.6) / 2).
    // Vendi = exp(-(0.8 ln 0.8 + 0.2 ln 0.2)) = exp(0.1785148 + 0.3218876) = 1.6493848885
    GramMatrix gram = gramOf(2, new float[] {1, 0}, new float[] {0.6f, 0.8f});
    assertThat(EmbeddingMetrics.vendiScore(gram)).isCloseTo(1.6493848885, within(1e-7));
  }

  @Test
  void vendiOfIdenticalVectorsIsOne() {
    SeededRandom random = new SeededRandom(3);
    float[] vector = randomVector(384, random);
    GramMatrix gram = new GramMatrix(384);
    for (int copy = 0; copy < 20; copy++) {
      gram.add(vector);
    }
    assertThat(EmbeddingMetrics.vendiScore(gram)).isCloseTo(1, within(1e-9));
  }

  @Test
  void vendiOfEqualOrthogonalGroupsIsTheirNumber() {
    // 3 groups of 4 copies along e1, e2, e3 (d = 8): eigenvalues 1/3, 1/3, 1/3, exp(ln 3) = 3.
    GramMatrix gram = new GramMatrix(8);
    for (int group = 0; group < 3; group++) {
      float[] axis = new float[8];
      axis[group] = 1;
      for (int copy = 0; copy < 4; copy++) {
        gram.add(axis);
      }
    }
    assertThat(EmbeddingMetrics.vendiScore(gram)).isCloseTo(3, within(1e-12));
    assertThat(EmbeddingMetrics.vendiScore(new GramMatrix(8))).isZero();
  }

  @Test
  void gramMatrixVendiEqualsTheKernelVendi() {
    // The eigenvalues of X^T X / n (d x d) and K / n (n x n) agree apart from zeros; both ways.
    SeededRandom random = new SeededRandom(5);
    for (int[] shape : new int[][] {{30, 384}, {300, 16}}) {
      List<float[]> vectors = new ArrayList<>();
      GramMatrix gram = new GramMatrix(shape[1]);
      for (int index = 0; index < shape[0]; index++) {
        vectors.add(randomVector(shape[1], random));
        gram.add(vectors.get(index));
      }
      assertThat(EmbeddingMetrics.vendiScore(gram))
          .isCloseTo(EmbeddingMetrics.vendiScore(SymmetricEigenvalues.of(kernel(vectors))),
              within(1e-9));
    }
  }

  @Test
  void mergingPartsEqualsAddingAllAtOnce() {
    // Components +-1 in 16 dimensions: unit components +-1/4, so every sum is exact in doubles
    // and the merged accumulators equal the direct ones bit for bit.
    SeededRandom random = new SeededRandom(9);
    EmbeddingSum allSums = new EmbeddingSum(16);
    GramMatrix allGram = new GramMatrix(16);
    EmbeddingSum[] sums = {new EmbeddingSum(16), new EmbeddingSum(16)};
    GramMatrix[] grams = {new GramMatrix(16), new GramMatrix(16)};
    for (int index = 0; index < 200; index++) {
      float[] vector = new float[16];
      for (int component = 0; component < 16; component++) {
        vector[component] = random.nextDouble() < 0.5 ? -1 : 1;
      }
      allSums.add(vector);
      allGram.add(vector);
      sums[index % 2].add(vector);
      grams[index % 2].add(vector);
    }
    sums[1].merge(Serialization.roundTrip(sums[0]));
    grams[1].merge(Serialization.roundTrip(grams[0]));
    assertThat(sums[1]).isEqualTo(allSums);
    assertThat(grams[1]).isEqualTo(allGram);
    assertThat(grams[1].count()).isEqualTo(200);
    assertThat(EmbeddingMetrics.vendiScore(grams[1])).isEqualTo(EmbeddingMetrics.vendiScore(allGram));
  }

  @Test
  void rejectsZeroVectorsAndOtherDimensions() {
    assertThatThrownBy(() -> new EmbeddingSum(2).add(new float[] {0, 0}))
        .hasMessage("Cannot add embedding: its norm is 0.0, not a positive finite number");
    assertThatThrownBy(() -> new GramMatrix(3).add(new float[] {1, 0}))
        .hasMessage("Cannot add embedding: dimension 2 differs from 3");
    assertThatThrownBy(() -> new GramMatrix(3).merge(new GramMatrix(2)))
        .hasMessage("Cannot add embedding: dimension 2 differs from 3");
  }

  private static double[][] kernel(List<float[]> vectors) {
    int count = vectors.size();
    double[][] kernel = new double[count][count];
    for (int row = 0; row < count; row++) {
      for (int column = 0; column < count; column++) {
        kernel[row][column] = cosine(vectors.get(row), vectors.get(column)) / count;
      }
    }
    return kernel;
  }

  private static double cosine(float[] first, float[] second) {
    double dot = 0;
    double firstSquared = 0;
    double secondSquared = 0;
    for (int index = 0; index < first.length; index++) {
      dot += (double) first[index] * second[index];
      firstSquared += (double) first[index] * first[index];
      secondSquared += (double) second[index] * second[index];
    }
    return dot / Math.sqrt(firstSquared * secondSquared);
  }

  private static float[] randomVector(int dimension, SeededRandom random) {
    float[] vector = new float[dimension];
    for (int index = 0; index < dimension; index++) {
      vector[index] = (float) (random.nextDouble() - 0.3);
    }
    return vector;
  }

  private static EmbeddingSum sumOf(int dimension, float[]... vectors) {
    EmbeddingSum sum = new EmbeddingSum(dimension);
    for (float[] vector : vectors) {
      sum.add(vector);
    }
    return sum;
  }

  private static GramMatrix gramOf(int dimension, float[]... vectors) {
    GramMatrix gram = new GramMatrix(dimension);
    for (float[] vector : vectors) {
      gram.add(vector);
    }
    return gram;
  }
}
