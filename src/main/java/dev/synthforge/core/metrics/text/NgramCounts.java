package dev.synthforge.core.metrics.text;

import dev.synthforge.core.lm.WordTokenizer;
import dev.synthforge.core.metrics.Counts;
import dev.synthforge.core.metrics.FrequencyTable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Mergeable, serializable counts of word n-grams of orders 1 to {@code maxOrder} over a set of
 * texts: the accumulator behind distinct-n, n-gram entropy, Jensen-Shannon divergence, vocabulary
 * support, singleton ratio and tail recall, which are all exact functions of it.
 *
 * <p>Texts are split by {@link WordTokenizer} (case kept, punctuation as tokens); n-grams never
 * cross from one text into the next. An n-gram's key is its tokens joined by single spaces.
 * Counting texts one by one or merging partial counts in any order gives equal counts.
 */
public final class NgramCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The orders most metrics use: unigrams, bigrams and trigrams. */
  public static final int DEFAULT_MAX_ORDER = 3;

  private final FrequencyTable[] tables;
  private long texts;

  /** Counts of orders 1 to 3. */
  public NgramCounts() {
    this(DEFAULT_MAX_ORDER);
  }

  public NgramCounts(int maxOrder) {
    if (maxOrder < 1) {
      throw new IllegalArgumentException(
          "Cannot count n-grams: max order " + maxOrder + " must be >= 1");
    }
    tables = new FrequencyTable[maxOrder];
    for (int index = 0; index < maxOrder; index++) {
      tables[index] = new FrequencyTable();
    }
  }

  /** Counts of orders 1 to 3 over {@code texts}. */
  public static NgramCounts of(List<String> texts) {
    NgramCounts counts = new NgramCounts();
    texts.forEach(counts::add);
    return counts;
  }

  /** Counts the n-grams of one text. */
  public void add(String text) {
    addTokens(WordTokenizer.tokenize(text));
  }

  /** Counts the n-grams of one already tokenized text; tokens must be non-empty, without spaces. */
  public void addTokens(List<String> tokens) {
    for (String token : tokens) {
      if (token.isEmpty() || token.indexOf(' ') >= 0) {
        throw new IllegalArgumentException("Cannot count n-grams of token '" + token
            + "': tokens must be non-empty, without spaces");
      }
    }
    texts++;
    StringBuilder key = new StringBuilder();
    for (int start = 0; start < tokens.size(); start++) {
      key.setLength(0);
      for (int order = 1; order <= tables.length && start + order <= tokens.size(); order++) {
        if (order > 1) {
          key.append(' ');
        }
        key.append(tokens.get(start + order - 1));
        tables[order - 1].add(key.toString());
      }
    }
  }

  /** Adds the counts of {@code other}, which must count the same orders. */
  public void merge(NgramCounts other) {
    if (other.tables.length != tables.length) {
      throw new IllegalArgumentException("Cannot merge n-gram counts: max orders differ, "
          + tables.length + " and " + other.tables.length);
    }
    for (int index = 0; index < tables.length; index++) {
      tables[index].merge(other.tables[index]);
    }
    texts += other.texts;
  }

  /** The counts of n-grams of order {@code n}, read-only. */
  public Counts order(int n) {
    if (n < 1 || n > tables.length) {
      throw new IllegalArgumentException(
          "Cannot read " + n + "-gram counts: orders 1 to " + tables.length + " are counted");
    }
    return tables[n - 1];
  }

  public int maxOrder() {
    return tables.length;
  }

  /** How many texts were counted, empty ones included. */
  public long texts() {
    return texts;
  }

  /** How many tokens were counted. */
  public long tokens() {
    return tables[0].total();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NgramCounts counts && counts.texts == texts
        && Arrays.equals(counts.tables, tables);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tables) * 31 + Long.hashCode(texts);
  }
}
