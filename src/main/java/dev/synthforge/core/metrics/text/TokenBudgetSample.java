package dev.synthforge.core.metrics.text;

import dev.synthforge.core.lm.SeededRandom;
import dev.synthforge.core.lm.WordTokenizer;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A mergeable sample of exactly {@code budget} tokens, for comparing size-biased metrics
 * (distinct-n, entropy, support) of data sets at an equal token budget.
 *
 * <p>The sample is the first {@code budget} tokens of a deterministic shuffle of the rows: rows
 * are ordered by a seeded hash of their row id, taken whole in that order, and the last row taken
 * is cut to fit. Because the order depends only on the seed and the row ids, the sample is a
 * uniform random sample of rows that is the same however the rows were partitioned, and merging
 * partial samples in any order gives the sample of all rows. Each partial sample keeps only the
 * rows it needs (about {@code budget} tokens of text). Row ids must be unique.
 *
 * <p>When the data has fewer than {@code budget} tokens the sample is all of it;
 * {@link #reachedBudget()} says so. Compare two data sets at a budget both reach, such as the
 * smaller of their token counts, or a fixed budget like 100,000 tokens.
 */
public final class TokenBudgetSample implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long budget;
  private final long seed;
  private final TreeMap<Key, Row> rows = new TreeMap<>();
  private long tokens;

  public TokenBudgetSample(long budget, long seed) {
    if (budget < 1) {
      throw new IllegalArgumentException(
          "Cannot sample a token budget of " + budget + ": it must be >= 1");
    }
    this.budget = budget;
    this.seed = seed;
  }

  /** A sample of {@code texts}, with their list positions as row ids. */
  public static TokenBudgetSample of(long budget, long seed, List<String> texts) {
    TokenBudgetSample sample = new TokenBudgetSample(budget, seed);
    for (int index = 0; index < texts.size(); index++) {
      sample.add(Integer.toString(index), texts.get(index));
    }
    return sample;
  }

  /** Offers one row to the sample. */
  public void add(String rowId, String text) {
    Objects.requireNonNull(text, "text");
    Key key = new Key(SeededRandom.mix(SeededRandom.hash(rowId) ^ SeededRandom.mix(seed)), rowId);
    put(key, new Row(text, WordTokenizer.countTokens(text)));
  }

  /** Adds the rows of {@code other}, a sample with the same budget and seed. */
  public void merge(TokenBudgetSample other) {
    if (other.budget != budget || other.seed != seed) {
      throw new IllegalArgumentException("Cannot merge token budget samples: budget " + budget
          + " and seed " + seed + " differ from budget " + other.budget
          + " and seed " + other.seed);
    }
    other.rows.forEach(this::put);
  }

  private void put(Key key, Row row) {
    if (tokens >= budget && key.compareTo(rows.lastKey()) > 0) {
      return;
    }
    if (rows.putIfAbsent(key, row) != null) {
      throw new IllegalArgumentException("Cannot sample row '" + key.rowId()
          + "' for the token budget: the row id was added before");
    }
    tokens += row.tokens();
    // Keep the shortest prefix of the order that reaches the budget.
    while (tokens - rows.lastEntry().getValue().tokens() >= budget) {
      tokens -= rows.pollLastEntry().getValue().tokens();
    }
  }

  /** The n-grams of orders 1 to {@code maxOrder} of the sampled tokens. */
  public NgramCounts ngramCounts(int maxOrder) {
    NgramCounts counts = new NgramCounts(maxOrder);
    long remaining = budget;
    for (Row row : rows.values()) {
      List<String> rowTokens = WordTokenizer.tokenize(row.text());
      counts.addTokens(rowTokens.size() <= remaining
          ? rowTokens : rowTokens.subList(0, (int) remaining));
      remaining -= Math.min(remaining, rowTokens.size());
    }
    return counts;
  }

  /** The n-grams of orders 1 to 3 of the sampled tokens. */
  public NgramCounts ngramCounts() {
    return ngramCounts(NgramCounts.DEFAULT_MAX_ORDER);
  }

  public long budget() {
    return budget;
  }

  /** How many tokens the sample holds: the budget, or fewer when the data has fewer. */
  public long tokens() {
    return Math.min(tokens, budget);
  }

  /** Whether the sample holds the full budget. */
  public boolean reachedBudget() {
    return tokens >= budget;
  }

  /**
   * The sampled texts, whole, in sample order (a seeded random order of the rows): the first k
   * of them are a uniform random sample of k rows, for metrics measured on a number of texts.
   */
  public List<String> texts() {
    return rows.values().stream().map(Row::text).toList();
  }

  /** The sampled row ids in sample order (the last one may be cut). */
  public List<String> rowIds() {
    return rows.keySet().stream().map(Key::rowId).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TokenBudgetSample sample && sample.budget == budget
        && sample.seed == seed && sample.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  private record Key(long hash, String rowId) implements Comparable<Key>, Serializable {
    Key {
      Objects.requireNonNull(rowId, "rowId");
    }

    @Override
    public int compareTo(Key other) {
      int byHash = Long.compare(hash, other.hash);
      return byHash != 0 ? byHash : rowId.compareTo(other.rowId);
    }
  }

  private record Row(String text, int tokens) implements Serializable {}
}
