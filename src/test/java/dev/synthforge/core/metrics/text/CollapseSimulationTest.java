package dev.synthforge.core.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.lm.SeededRandom;
import dev.synthforge.core.metrics.CountMetrics;
import dev.synthforge.core.metrics.FrequencyTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Model collapse in miniature: a Zipf unigram distribution over 10^4 types, 10^5 tokens per
 * generation, each generation drawn from the previous one's empirical distribution (the replace
 * policy, no real data kept). A type that is not drawn is gone for good, so the tail erodes while
 * the head, which carries most of the entropy, stays.
 */
class CollapseSimulationTest {

  private static final int TYPES = 10_000;
  private static final int TOKENS = 100_000;
  private static final int GENERATIONS = 10;

  @Test
  void supportAndTailRecallFallWhileEntropyBarelyMoves() {
    SeededRandom random = new SeededRandom(2024);
    double[] zipf = new double[TYPES];
    for (int rank = 1; rank <= TYPES; rank++) {
      zipf[rank - 1] = 1.0 / rank;
    }
    FrequencyTable real = draw(zipf, random);
    List<FrequencyTable> generations = new ArrayList<>(List.of(real));
    for (int generation = 1; generation <= GENERATIONS; generation++) {
      generations.add(draw(weights(generations.get(generation - 1)), random));
    }

    double[] support = generations.stream().mapToDouble(FrequencyTable::distinct).toArray();
    double[] tailRecall = generations.stream()
        .mapToDouble(table -> TailRecall.of(real, table).value()).toArray();
    double[] entropy = generations.stream().mapToDouble(CountMetrics::entropy).toArray();
    double[] distinct = generations.stream().mapToDouble(CountMetrics::distinctRatio).toArray();

    for (int generation = 1; generation <= GENERATIONS; generation++) {
      assertThat(support[generation]).as("support at %d", generation)
          .isLessThan(support[generation - 1]);
      assertThat(tailRecall[generation]).as("tail recall at %d", generation)
          .isLessThan(tailRecall[generation - 1]);
      assertThat(distinct[generation]).isLessThan(distinct[generation - 1]);
    }
    double supportLoss = 1 - support[GENERATIONS] / support[0];
    double entropyLoss = 1 - entropy[GENERATIONS] / entropy[0];
    assertThat(tailRecall[0]).isEqualTo(1);
    assertThat(supportLoss).as("support lost").isGreaterThan(0.5);
    assertThat(tailRecall[GENERATIONS]).isLessThan(0.5);
    assertThat(entropyLoss).as("entropy lost").isBetween(0.0, 0.1);
    assertThat(entropyLoss).isLessThan(supportLoss / 5);
    assertThat(generations.get(GENERATIONS).singletons()).isLessThan(real.singletons() / 2);
  }

  /** TOKENS draws from the distribution proportional to {@code weights}, as type counts. */
  private static FrequencyTable draw(double[] weights, SeededRandom random) {
    double[] cumulative = new double[weights.length];
    double sum = 0;
    for (int type = 0; type < weights.length; type++) {
      sum += weights[type];
      cumulative[type] = sum;
    }
    long[] counts = new long[weights.length];
    for (int token = 0; token < TOKENS; token++) {
      counts[firstAbove(cumulative, random.nextDouble() * sum)]++;
    }
    FrequencyTable table = new FrequencyTable();
    for (int type = 0; type < counts.length; type++) {
      table.add("w" + type, counts[type]);
    }
    return table;
  }

  /** The first index whose cumulative weight exceeds {@code target}: never a zero-weight type. */
  private static int firstAbove(double[] cumulative, double target) {
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  private static double[] weights(FrequencyTable table) {
    double[] weights = new double[TYPES];
    for (int type = 0; type < TYPES; type++) {
      weights[type] = table.count("w" + type);
    }
    return weights;
  }
}
