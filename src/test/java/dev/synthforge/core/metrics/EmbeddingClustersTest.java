package dev.synthforge.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.metrics.embedding.EmbeddingClusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingClustersTest {

  private static float[] unit(double x, double y) {
    double norm = Math.hypot(x, y);
    return new float[] {(float) (x / norm), (float) (y / norm)};
  }

  @Test
  void separatesTwoDirectionsAndAssignsNewPointsToTheNearest() {
    List<float[]> points = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      points.add(unit(1, 0.01 * i));
      points.add(unit(0.01 * i, 1));
    }
    EmbeddingClusters clusters = EmbeddingClusters.fit(points, 2, 7);

    assertThat(clusters.size()).isEqualTo(2);
    assertThat(clusters.assign(unit(1, 0.05))).isEqualTo(clusters.assign(points.get(0)));
    assertThat(clusters.assign(unit(0.05, 1))).isEqualTo(clusters.assign(points.get(1)))
        .isNotEqualTo(clusters.assign(points.get(0)));
  }

  @Test
  void isDeterministicAndNeverFitsMoreClustersThanDistinctPoints() {
    List<float[]> same = List.of(unit(1, 0), unit(1, 0), unit(1, 0));

    assertThat(EmbeddingClusters.fit(same, 5, 1).size()).isEqualTo(1);
    List<float[]> points = List.of(unit(1, 0), unit(0, 1), unit(1, 1), unit(-1, 1));
    EmbeddingClusters a = EmbeddingClusters.fit(points, 2, 3);
    EmbeddingClusters b = EmbeddingClusters.fit(points, 2, 3);
    for (float[] point : points) {
      assertThat(a.assign(point)).isEqualTo(b.assign(point));
    }
  }

  @Test
  void refusesNoPoints() {
    assertThatThrownBy(() -> EmbeddingClusters.fit(List.of(), 2, 1))
        .hasMessageContaining("need at least one point");
  }
}
