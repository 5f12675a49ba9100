package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticDedupTest {

  private static final int KEPT = SemanticDedup.KEPT;

  /** A unit vector in the plane at {@code degrees}. */
  private static float[] at(double degrees) {
    double radians = Math.toRadians(degrees);
    return new float[] {(float) Math.cos(radians), (float) Math.sin(radians), 0};
  }

  @Test
  void cosineOfUnitVectors() {
    assertThat(SemanticDedup.cosine(at(0), at(0))).isCloseTo(1, within(1e-6));
    assertThat(SemanticDedup.cosine(at(0), at(90))).isCloseTo(0, within(1e-6));
    assertThat(SemanticDedup.cosine(at(0), at(180))).isCloseTo(-1, within(1e-6));
    assertThat(SemanticDedup.cosine(at(0), at(60))).isCloseTo(0.5, within(1e-6));
  }

  @Test
  void cosineIgnoresLengthAndZeroVectorsMatchNothing() {
    assertThat(SemanticDedup.cosine(new float[] {3, 4}, new float[] {6, 8}))
        .isCloseTo(1, within(1e-9));
    assertThat(SemanticDedup.cosine(new float[] {0, 0}, new float[] {1, 0})).isZero();
    assertThatThrownBy(() -> SemanticDedup.cosine(new float[2], new float[3]))
        .hasMessage("Cannot compare embeddings: lengths 2 and 3 differ");
  }

  @Test
  void unitScalesToLengthOne() {
    assertThat(SemanticDedup.unit(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
    assertThat(SemanticDedup.unit(new float[] {0, 0})).containsExactly(0f, 0f);
  }

  @Test
  void marksItemsTooCloseToAKeptItem() {
    // cos 8.1° = 0.990, cos 14.1° = 0.970.
    List<float[]> cluster = List.of(at(0), at(8.1), at(90), at(90 + 14.1));

    assertThat(new SemanticDedup(0.02).duplicateOf(cluster)).containsExactly(KEPT, 0, KEPT, KEPT);
    assertThat(new SemanticDedup(0.05).duplicateOf(cluster)).containsExactly(KEPT, 0, KEPT, 2);
  }

  @Test
  void comparesOnlyWithKeptItems() {
    // b is a duplicate of a; c is close to b (0.990) but not to a (0.960), so c is kept.
    List<float[]> cluster = List.of(at(0), at(8.1), at(16.2));

    assertThat(new SemanticDedup(0.02).duplicateOf(cluster)).containsExactly(KEPT, 0, KEPT);
  }

  @Test
  void pointsAtTheMostSimilarKeptItem() {
    // cos 20° = 0.940 keeps the second; the third is within 0.95 of both (cos 18° = 0.951,
    // cos 2° = 0.999) and points at the closer one.
    List<float[]> cluster = List.of(at(0), at(20), at(18));

    assertThat(new SemanticDedup(0.05).duplicateOf(cluster)).containsExactly(KEPT, KEPT, 1);
  }

  @Test
  void emptyAndSingleClusters() {
    assertThat(new SemanticDedup(0.1).duplicateOf(List.of())).isEmpty();
    assertThat(new SemanticDedup(0.1).duplicateOf(List.of(at(0)))).containsExactly(KEPT);
    assertThatThrownBy(() -> new SemanticDedup(-0.1))
        .hasMessage("Cannot create semantic dedup: epsilon must be in [0, 2], got -0.1");
  }
}
