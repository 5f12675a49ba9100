package dev.synthforge.core.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.lm.SyntheticCorpus;
import dev.synthforge.core.metrics.CountMetrics;
import dev.synthforge.core.metrics.Serialization;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBudgetSampleTest {

  @Test
  void holdsExactlyTheBudgetCuttingTheLastRow() {
    List<String> texts = List.of("a b c d", "e f g h", "i j k l", "m n o p");
    TokenBudgetSample sample = TokenBudgetSample.of(10, 1, texts);

    NgramCounts counts = sample.ngramCounts();
    // Two whole rows (8 tokens) and 2 tokens of a third: 10 unigrams over 3 texts.
    assertThat(sample.reachedBudget()).isTrue();
    assertThat(sample.tokens()).isEqualTo(10);
    assertThat(sample.rowIds()).hasSize(3);
    assertThat(counts.tokens()).isEqualTo(10);
    assertThat(counts.texts()).isEqualTo(3);
    // Within rows only: 3 + 3 + 1 bigrams.
    assertThat(counts.order(2).total()).isEqualTo(7);
  }

  @Test
  void takesAllTokensWhenTheDataHasFewer() {
    TokenBudgetSample sample = TokenBudgetSample.of(100, 1, List.of("a b", "c", ""));
    assertThat(sample.reachedBudget()).isFalse();
    assertThat(sample.tokens()).isEqualTo(3);
    assertThat(sample.ngramCounts().tokens()).isEqualTo(3);
    assertThat(TokenBudgetSample.of(5, 1, List.of()).ngramCounts().tokens()).isZero();
  }

  @Test
  void sampleDependsOnRowsNotOnPartitioningOrOrder() {
    List<String> texts = SyntheticCorpus.sentences(500, 11);
    TokenBudgetSample all = TokenBudgetSample.of(700, 42, texts);
    TokenBudgetSample[] parts = {
      new TokenBudgetSample(700, 42), new TokenBudgetSample(700, 42), new TokenBudgetSample(700, 42)
    };
    for (int index = texts.size() - 1; index >= 0; index--) {
      parts[index % 3].add(Integer.toString(index), texts.get(index));
    }
    TokenBudgetSample merged = new TokenBudgetSample(700, 42);
    merged.merge(parts[2]);
    merged.merge(Serialization.roundTrip(parts[0]));
    merged.merge(parts[1]);

    assertThat(merged).isEqualTo(all);
    assertThat(merged.ngramCounts()).isEqualTo(all.ngramCounts());
    assertThat(all.ngramCounts().tokens()).isEqualTo(700);
    // Each part kept only about a budget's worth of rows.
    assertThat(parts[0].rowIds().size()).isLessThan(80);
  }

  @Test
  void anotherSeedDrawsAnotherSample() {
    List<String> texts = SyntheticCorpus.sentences(500, 11);
    assertThat(TokenBudgetSample.of(700, 1, texts).rowIds())
        .isNotEqualTo(TokenBudgetSample.of(700, 2, texts).rowIds());
  }

  @Test
  void equalBudgetsRemoveTheSizeBiasOfDistinctN() {
    // The same distribution, one data set ten times the other: distinct-1 on all tokens differs a
    // lot; at the smaller set's token budget it nearly agrees.
    List<String> large = SyntheticCorpus.sentences(5000, 3);
    List<String> small = new ArrayList<>(SyntheticCorpus.sentences(500, 4));
    NgramCounts smallCounts = NgramCounts.of(small);
    double onAllTokens = CountMetrics.distinctRatio(NgramCounts.of(large).order(1));
    double smallDistinct = CountMetrics.distinctRatio(smallCounts.order(1));
    long budget = smallCounts.tokens();
    double atBudget = CountMetrics.distinctRatio(
        TokenBudgetSample.of(budget, 9, large).ngramCounts().order(1));

    assertThat(Math.abs(atBudget - smallDistinct)).isLessThan(0.2 * smallDistinct);
    assertThat(Math.abs(onAllTokens - smallDistinct)).isGreaterThan(0.5 * smallDistinct);
  }

  @Test
  void rejectsRepeatedRowIdsAndMismatchedSamples() {
    TokenBudgetSample sample = new TokenBudgetSample(10, 1);
    sample.add("row-1", "a b");
    assertThatThrownBy(() -> sample.add("row-1", "c d"))
        .hasMessage("Cannot sample row 'row-1' for the token budget: the row id was added before");
    assertThatThrownBy(() -> sample.merge(new TokenBudgetSample(10, 2)))
        .hasMessage("Cannot merge token budget samples: budget 10 and seed 1 differ from budget 10"
            + " and seed 2");
    assertThatThrownBy(() -> new TokenBudgetSample(0, 1))
        .hasMessage("Cannot sample a token budget of 0: it must be >= 1");
  }
}
