package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Thresholds of the {@link QualityRule}. {@link #defaults()} suits short generations (sentences and
 * paragraphs); {@link #gopher()} holds the document-level values of Gopher (Rae et al. 2021, as in
 * datatrove) for comparison. Fractions and ratios count characters of words, not of white space.
 *
 * @param minWords fewest words
 * @param maxWords most words
 * @param minMeanWordLength shortest mean word length, in characters
 * @param maxMeanWordLength longest mean word length, in characters
 * @param maxSymbolWordRatio most "#" and "..." per word
 * @param minAlphabeticWordFraction least share of words that hold a letter
 * @param ratioWordFloor per-word ratios of a text with fewer words are taken over this many words,
 *     so that one "#" or one number in a five-word caption does not count as 20% of it
 * @param stopWords lower-case words of which a text must hold {@code minStopWords}; empty turns
 *     the stop-word check off
 * @param minStopWords fewest stop words
 * @param stopWordCheckMinWords texts with fewer words skip the stop-word check
 * @param maxBulletLineFraction most share of non-blank lines that start with a bullet character
 * @param maxEllipsisLineFraction most share of non-blank lines that end with "..."
 * @param maxDuplicateLineFraction most share of non-blank lines that repeat an earlier line
 * @param maxDuplicateLineCharacterFraction most share of line characters in repeated lines
 * @param maxTopNgramCharacterFractions per n, most share of word characters covered by the most
 *     frequent word n-gram, counted only when it occurs at least twice
 * @param topNgramCheckMinWords texts with fewer words skip the top n-gram checks
 * @param maxDuplicateNgramCharacterFractions per n, most share of word characters covered by word
 *     n-grams that repeat an earlier one
 */
public record QualityThresholds(
    int minWords,
    int maxWords,
    double minMeanWordLength,
    double maxMeanWordLength,
    double maxSymbolWordRatio,
    double minAlphabeticWordFraction,
    int ratioWordFloor,
    Set<String> stopWords,
    int minStopWords,
    int stopWordCheckMinWords,
    double maxBulletLineFraction,
    double maxEllipsisLineFraction,
    double maxDuplicateLineFraction,
    double maxDuplicateLineCharacterFraction,
    SortedMap<Integer, Double> maxTopNgramCharacterFractions,
    int topNgramCheckMinWords,
    SortedMap<Integer, Double> maxDuplicateNgramCharacterFractions)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Gopher's English stop words: the, be, to, of, and, that, have, with. */
  public static final Set<String> GOPHER_STOP_WORDS =
      Set.of("the", "be", "to", "of", "and", "that", "have", "with");

  public QualityThresholds {
    stopWords = Set.copyOf(Objects.requireNonNull(stopWords, "stopWords").stream()
        .map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    maxTopNgramCharacterFractions = checkedFractions(maxTopNgramCharacterFractions, "top");
    maxDuplicateNgramCharacterFractions =
        checkedFractions(maxDuplicateNgramCharacterFractions, "duplicate");
    requireAtLeast(minWords, 0, "minWords");
    requireAtLeast(maxWords, minWords, "maxWords");
    requireAtLeast(ratioWordFloor, 1, "ratioWordFloor");
    requireAtLeast(minStopWords, 0, "minStopWords");
    requireAtLeast(stopWordCheckMinWords, 0, "stopWordCheckMinWords");
    requireAtLeast(topNgramCheckMinWords, 0, "topNgramCheckMinWords");
    if (!(minMeanWordLength >= 0 && maxMeanWordLength >= minMeanWordLength)) {
      throw new IllegalArgumentException("Cannot create quality thresholds: mean word length"
          + " bounds must satisfy 0 <= min <= max, got " + minMeanWordLength + " and "
          + maxMeanWordLength);
    }
    requireNonNegative(maxSymbolWordRatio, "maxSymbolWordRatio");
    requireFraction(minAlphabeticWordFraction, "minAlphabeticWordFraction");
    requireFraction(maxBulletLineFraction, "maxBulletLineFraction");
    requireFraction(maxEllipsisLineFraction, "maxEllipsisLineFraction");
    requireFraction(maxDuplicateLineFraction, "maxDuplicateLineFraction");
    requireFraction(maxDuplicateLineCharacterFraction, "maxDuplicateLineCharacterFraction");
  }

  /**
   * Thresholds for short generations, adapted from Gopher's document values (REFERENCES.md,
   * "Heuristic quality filters"): 3 to 2,000 words (Gopher: 50 to 100,000; a caption or a short
   * answer has a few words, and outputs past the token limit are the truncation rule's job); mean
   * word length 2 to 12 (Gopher: 3 to 10, widened because the mean of a few words varies more:
   * "It is so." averages 2.3); symbol ratio 0.1 and 80% alphabetic words as in Gopher, over at
   * least 10 words; at least 1 of Gopher's stop words from 20 words on (Gopher: 2 in documents of
   * 50 words and more; a short caption often has none); bullet lines 0.9, ellipsis lines 0.3,
   * duplicate lines 0.3 and their characters 0.2 as in Gopher; top 2/3/4-gram shares 0.20, 0.18,
   * 0.16 as in Gopher but only from 50 words on (in a ten-word sentence one repeated "of the" is
   * already 20%); duplicate 5- to 10-gram shares 0.15 down to 0.10 as in Gopher.
   */
  public static QualityThresholds defaults() {
    return new QualityThresholds(3, 2_000, 2.0, 12.0, 0.1, 0.8, 10, GOPHER_STOP_WORDS, 1, 20,
        0.9, 0.3, 0.3, 0.2, topNgramFractions(), 50, duplicateNgramFractions());
  }

  /** Gopher's document-level thresholds (REFERENCES.md), with no short-text adaptation. */
  public static QualityThresholds gopher() {
    return new QualityThresholds(50, 100_000, 3.0, 10.0, 0.1, 0.8, 1, GOPHER_STOP_WORDS, 2, 0,
        0.9, 0.3, 0.3, 0.2, topNgramFractions(), 0, duplicateNgramFractions());
  }

  /** These thresholds with the stop-word check off, for text that is not in English. */
  public QualityThresholds withoutStopWords() {
    return new QualityThresholds(minWords, maxWords, minMeanWordLength, maxMeanWordLength,
        maxSymbolWordRatio, minAlphabeticWordFraction, ratioWordFloor, Set.of(), minStopWords,
        stopWordCheckMinWords, maxBulletLineFraction, maxEllipsisLineFraction,
        maxDuplicateLineFraction, maxDuplicateLineCharacterFraction,
        maxTopNgramCharacterFractions, topNgramCheckMinWords,
        maxDuplicateNgramCharacterFractions);
  }

  /** These thresholds with other word count bounds. */
  public QualityThresholds withWordCounts(int minimum, int maximum) {
    return new QualityThresholds(minimum, maximum, minMeanWordLength, maxMeanWordLength,
        maxSymbolWordRatio, minAlphabeticWordFraction, ratioWordFloor, stopWords, minStopWords,
        stopWordCheckMinWords, maxBulletLineFraction, maxEllipsisLineFraction,
        maxDuplicateLineFraction, maxDuplicateLineCharacterFraction,
        maxTopNgramCharacterFractions, topNgramCheckMinWords,
        maxDuplicateNgramCharacterFractions);
  }

  private static SortedMap<Integer, Double> topNgramFractions() {
    return new TreeMap<>(Map.of(2, 0.20, 3, 0.18, 4, 0.16));
  }

  private static SortedMap<Integer, Double> duplicateNgramFractions() {
    return new TreeMap<>(Map.of(5, 0.15, 6, 0.14, 7, 0.13, 8, 0.12, 9, 0.11, 10, 0.10));
  }

  private static SortedMap<Integer, Double> checkedFractions(
      SortedMap<Integer, Double> fractions, String kind) {
    Objects.requireNonNull(fractions, kind + " n-gram fractions");
    for (Map.Entry<Integer, Double> entry : fractions.entrySet()) {
      requireAtLeast(entry.getKey(), 1, kind + " n-gram size");
      requireFraction(entry.getValue(), kind + " " + entry.getKey() + "-gram fraction");
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(fractions));
  }

  private static void requireAtLeast(int value, int minimum, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException("Cannot create quality thresholds: " + name
          + " must be >= " + minimum + ", got " + value);
    }
  }

  private static void requireNonNegative(double value, String name) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(
          "Cannot create quality thresholds: " + name + " must be >= 0, got " + value);
    }
  }

  private static void requireFraction(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("Cannot create quality thresholds: " + name
          + " must be between 0 and 1, got " + value);
    }
  }
}
