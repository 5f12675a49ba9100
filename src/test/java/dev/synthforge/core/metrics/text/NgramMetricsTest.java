package dev.synthforge.core.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.metrics.MetricValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NgramMetricsTest {

  @Test
  void measuresEveryOrderAgainstTheRealData() {
    NgramCounts real = NgramCounts.of(List.of("the cat sat.", "the cat ran."));
    NgramCounts synthetic = NgramCounts.of(List.of("the cat sat.", "the cat sat."));

    Map<String, MetricValue> values = NgramMetrics.values("run", 1, synthetic, real).stream()
        .collect(Collectors.toMap(MetricValue::metric, value -> value));

    assertThat(values.keySet()).containsExactlyInAnyOrder("vocabulary_support", "singleton_ratio",
        "distinct_1", "distinct_2", "distinct_3", "entropy_1", "entropy_2", "entropy_3",
        "jsd_1", "jsd_2", "jsd_3", "tail_recall_1", "tail_recall_2", "tail_recall_3");
    // Synthetic unigrams the 2, cat 2, sat 2, . 2: support 4, no singletons, distinct-1 4/8.
    assertThat(values.get("vocabulary_support").value()).isEqualTo(4);
    assertThat(values.get("singleton_ratio").value()).isZero();
    assertThat(values.get("distinct_1").value()).isEqualTo(0.5);
    assertThat(values.get("distinct_1").sampleSize()).isEqualTo(8);
    // Uniform over 4 unigrams: ln 4.
    assertThat(values.get("entropy_1").value()).isCloseTo(Math.log(4), within(1e-15));
    // Real unigrams the 2, cat 2, . 2, sat 1, ran 1 (total 8): ranked the, cat, . (ties by key:
    // ".", "cat", "the"), cumulative 6 < ceil(7.2) = 8, then ran (ties: "ran" < "sat") reaches 7,
    // then sat reaches 8: no rare unigram, recall 1.
    assertThat(values.get("tail_recall_1").value()).isEqualTo(1);
    assertThat(values.get("jsd_1").value()).isGreaterThan(0);
    assertThat(values.get("jsd_1").depth()).isEqualTo(1);
  }

  @Test
  void theRealDataAgainstItselfHasNoDivergenceAndFullRecall() {
    NgramCounts real = NgramCounts.of(List.of("one two three four", "one two five six seven"));
    for (MetricValue value : NgramMetrics.values("run", 0, real, real)) {
      if (value.metric().startsWith("jsd_")) {
        assertThat(value.value()).isZero();
      }
      if (value.metric().startsWith("tail_recall_")) {
        assertThat(value.value()).isEqualTo(1);
      }
    }
  }
}
