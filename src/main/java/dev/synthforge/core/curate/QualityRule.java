package dev.synthforge.core.curate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Heuristic quality checks of Gopher (Rae et al. 2021) and C4 on free text, with thresholds for
 * short generations ({@link QualityThresholds#defaults()}). Every enabled {@link QualityCheck} is
 * measured; a rejection records the first failing check's reason code, and its detail lists every
 * failing check with the measured value and the bound. Checks on words are skipped for a text
 * without words, which fails {@link QualityCheck#TOO_FEW_WORDS} instead. Structured output is not
 * prose, so it is {@link Verdict.Outcome#NOT_APPLICABLE not applicable}: the schema rule checks it.
 */
public final class QualityRule implements RowRule {

  private static final long serialVersionUID = 1L;

  private final QualityThresholds thresholds;
  private final Set<QualityCheck> checks;

  /** Every check, with {@link QualityThresholds#defaults()}. */
  public QualityRule() {
    this(QualityThresholds.defaults(), EnumSet.allOf(QualityCheck.class));
  }

  /** Only {@code checks}, with {@code thresholds}. */
  public QualityRule(QualityThresholds thresholds, Set<QualityCheck> checks) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.checks = checks.isEmpty()
        ? EnumSet.noneOf(QualityCheck.class) : EnumSet.copyOf(checks);
  }

  public QualityThresholds thresholds() {
    return thresholds;
  }

  @Override
  public String name() {
    return RuleCatalog.QUALITY;
  }

  @Override
  public Set<String> reasonCodes() {
    return Arrays.stream(QualityCheck.values()).map(QualityCheck::reasonCode)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Verdict evaluate(CurationInput input) {
    if (input.structured()) {
      return Verdict.notApplicable(name(), "structured output: checked by the schema rule");
    }
    TextStatistics text = TextStatistics.of(input.text());
    List<String> failures = new ArrayList<>();
    QualityCheck first = null;
    for (QualityCheck check : checks) {
      String failure = failure(check, text);
      if (failure != null) {
        first = first == null ? check : first;
        failures.add(check.reasonCode() + ": " + failure);
      }
    }
    if (first == null) {
      return Verdict.pass(name(), "word count " + text.wordCount());
    }
    return Verdict.reject(name(), first.reasonCode(), String.join("; ", failures));
  }

  /** Why {@code text} fails {@code check}, or null when it meets it. */
  private String failure(QualityCheck check, TextStatistics text) {
    int words = text.wordCount();
    if (words == 0 && check != QualityCheck.TOO_FEW_WORDS) {
      return wordFreeFailure(check, text);
    }
    double ratioWords = Math.max(words, thresholds.ratioWordFloor());
    switch (check) {
      case TOO_FEW_WORDS:
        return words < thresholds.minWords()
            ? "word count " + words + " < " + thresholds.minWords() : null;
      case TOO_MANY_WORDS:
        return words > thresholds.maxWords()
            ? "word count " + words + " > " + thresholds.maxWords() : null;
      case MEAN_WORD_LENGTH_TOO_SHORT:
        return below(text.meanWordLength(), thresholds.minMeanWordLength(), "mean word length");
      case MEAN_WORD_LENGTH_TOO_LONG:
        return above(text.meanWordLength(), thresholds.maxMeanWordLength(), "mean word length");
      case TOO_MANY_SYMBOLS:
        return above(text.symbolCount() / ratioWords, thresholds.maxSymbolWordRatio(),
            "symbols per word");
      case TOO_FEW_ALPHABETIC_WORDS:
        return below(1 - (words - text.alphabeticWordCount()) / ratioWords,
            thresholds.minAlphabeticWordFraction(), "alphabetic word share");
      case TOO_FEW_STOP_WORDS:
        if (thresholds.stopWords().isEmpty() || words < thresholds.stopWordCheckMinWords()) {
          return null;
        }
        int stopWords = text.stopWordCount(thresholds.stopWords());
        return stopWords < thresholds.minStopWords()
            ? "stop word count " + stopWords + " < " + thresholds.minStopWords() : null;
      case REPEATED_TOP_NGRAM:
        return words < thresholds.topNgramCheckMinWords() ? null
            : ngramFailure(text, thresholds.maxTopNgramCharacterFractions(), "top");
      case DUPLICATE_NGRAMS:
        return ngramFailure(
            text, thresholds.maxDuplicateNgramCharacterFractions(), "duplicate");
      default:
        return wordFreeFailure(check, text);
    }
  }

  /** The checks that do not depend on words. */
  private String wordFreeFailure(QualityCheck check, TextStatistics text) {
    switch (check) {
      case TOO_MANY_BULLET_LINES:
        return above(text.bulletLineFraction(), thresholds.maxBulletLineFraction(),
            "bullet line share");
      case TOO_MANY_ELLIPSIS_LINES:
        return above(text.ellipsisLineFraction(), thresholds.maxEllipsisLineFraction(),
            "ellipsis line share");
      case DUPLICATE_LINES:
        return above(text.duplicateLineFraction(), thresholds.maxDuplicateLineFraction(),
            "duplicate line share");
      case DUPLICATE_LINE_CHARACTERS:
        return above(text.duplicateLineCharacterFraction(),
            thresholds.maxDuplicateLineCharacterFraction(), "duplicate line character share");
      case LOREM_IPSUM:
        return text.containsLoremIpsum() ? "contains 'lorem ipsum'" : null;
      case CURLY_BRACE:
        return text.containsCurlyBrace() ? "contains a curly brace" : null;
      default:
        return null;
    }
  }

  private static String ngramFailure(
      TextStatistics text, Map<Integer, Double> bounds, String kind) {
    NgramRepetition repetition = new NgramRepetition(text.lowerCaseWords);
    for (Map.Entry<Integer, Double> bound : bounds.entrySet()) {
      int n = bound.getKey();
      double share = kind.equals("top")
          ? repetition.topNgramCharacterFraction(n)
          : repetition.duplicateNgramCharacterFraction(n);
      String failure = above(share, bound.getValue(), kind + " " + n + "-gram character share");
      if (failure != null) {
        return failure;
      }
    }
    return null;
  }

  private static String above(double value, double bound, String what) {
    return value > bound ? what + " " + format(value) + " > " + format(bound) : null;
  }

  private static String below(double value, double bound, String what) {
    return value < bound ? what + " " + format(value) + " < " + format(bound) : null;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
