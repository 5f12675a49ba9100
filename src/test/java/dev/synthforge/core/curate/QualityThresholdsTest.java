package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class QualityThresholdsTest {

  @Test
  void defaultsSuitShortGenerations() {
    QualityThresholds defaults = QualityThresholds.defaults();

    assertThat(defaults.minWords()).isEqualTo(3);
    assertThat(defaults.maxWords()).isEqualTo(2_000);
    assertThat(defaults.minMeanWordLength()).isEqualTo(2.0);
    assertThat(defaults.maxMeanWordLength()).isEqualTo(12.0);
    assertThat(defaults.maxSymbolWordRatio()).isEqualTo(0.1);
    assertThat(defaults.minAlphabeticWordFraction()).isEqualTo(0.8);
    assertThat(defaults.ratioWordFloor()).isEqualTo(10);
    assertThat(defaults.stopWords()).isEqualTo(QualityThresholds.GOPHER_STOP_WORDS);
    assertThat(defaults.minStopWords()).isEqualTo(1);
    assertThat(defaults.stopWordCheckMinWords()).isEqualTo(20);
    assertThat(defaults.maxBulletLineFraction()).isEqualTo(0.9);
    assertThat(defaults.maxEllipsisLineFraction()).isEqualTo(0.3);
    assertThat(defaults.maxDuplicateLineFraction()).isEqualTo(0.3);
    assertThat(defaults.maxDuplicateLineCharacterFraction()).isEqualTo(0.2);
    assertThat(defaults.maxTopNgramCharacterFractions())
        .containsExactly(entry(2, 0.20), entry(3, 0.18), entry(4, 0.16));
    assertThat(defaults.topNgramCheckMinWords()).isEqualTo(50);
    assertThat(defaults.maxDuplicateNgramCharacterFractions()).containsExactly(entry(5, 0.15),
        entry(6, 0.14), entry(7, 0.13), entry(8, 0.12), entry(9, 0.11), entry(10, 0.10));
  }

  @Test
  void gopherHoldsTheDocumentValues() {
    QualityThresholds gopher = QualityThresholds.gopher();

    assertThat(gopher.minWords()).isEqualTo(50);
    assertThat(gopher.maxWords()).isEqualTo(100_000);
    assertThat(gopher.minMeanWordLength()).isEqualTo(3.0);
    assertThat(gopher.maxMeanWordLength()).isEqualTo(10.0);
    assertThat(gopher.minStopWords()).isEqualTo(2);
    assertThat(gopher.ratioWordFloor()).isEqualTo(1);
    assertThat(gopher.stopWords())
        .containsExactlyInAnyOrder("the", "be", "to", "of", "and", "that", "have", "with");
  }

  @Test
  void gopherRejectsWhatShortTextDefaultsKeep() {
    String caption = "A dog runs on wet sand.";
    QualityRule gopher =
        new QualityRule(QualityThresholds.gopher(), java.util.EnumSet.allOf(QualityCheck.class));

    assertThat(new QualityRule().evaluate(CurationInput.freeText(caption, null)).passed()).isTrue();
    assertThat(gopher.evaluate(CurationInput.freeText(caption, null)).reason())
        .isEqualTo("too_few_words");
  }

  @Test
  void stopWordsAreLowerCasedAndCopied() {
    QualityThresholds thresholds = QualityThresholds.defaults().withoutStopWords();
    assertThat(thresholds.stopWords()).isEmpty();

    QualityThresholds custom = new QualityThresholds(1, 10, 0, 20, 1, 0, 1, Set.of("Der", "DIE"),
        1, 0, 1, 1, 1, 1, new TreeMap<>(), 0, new TreeMap<>());
    assertThat(custom.stopWords()).containsExactlyInAnyOrder("der", "die");
  }

  @Test
  void rejectsInconsistentBounds() {
    assertThatThrownBy(() -> QualityThresholds.defaults().withWordCounts(10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot create quality thresholds: maxWords must be >= 10, got 5");
    assertThatThrownBy(() -> new QualityThresholds(1, 10, 5, 4, 1, 0, 1, Set.of(), 1, 0, 1, 1, 1,
            1, new TreeMap<>(), 0, new TreeMap<>()))
        .hasMessage("Cannot create quality thresholds: mean word length bounds must satisfy"
            + " 0 <= min <= max, got 5.0 and 4.0");
    assertThatThrownBy(() -> new QualityThresholds(1, 10, 0, 4, 1, 1.5, 1, Set.of(), 1, 0, 1, 1,
            1, 1, new TreeMap<>(), 0, new TreeMap<>()))
        .hasMessage("Cannot create quality thresholds: minAlphabeticWordFraction must be between"
            + " 0 and 1, got 1.5");
    assertThatThrownBy(() -> new QualityThresholds(1, 10, 0, 4, 1, 1, 1, Set.of(), 1, 0, 1, 1, 1,
            1, new TreeMap<>(Map.of(0, 0.2)), 0, new TreeMap<>()))
        .hasMessage("Cannot create quality thresholds: top n-gram size must be >= 1, got 0");
  }
}
