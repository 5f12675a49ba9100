package dev.synthforge.core.lm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A word n-gram language model with interpolated Witten-Bell smoothing, fitted on texts (each text
 * one sequence between start and end tokens). Immutable and thread-safe once fitted.
 *
 * <p>Smoothing backs off down to the unigram distribution of the corpus and no further, so the
 * model only ever emits words it was fitted on: refitted on its own samples, it loses rare words
 * and never regains them.
 */
public final class NgramModel {

  public static final int DEFAULT_ORDER = 3;
  public static final int MAX_ORDER = 8;

  static final int START = 0;
  static final int END = 1;

  private final NgramTables tables;
  private final Map<String, Integer> ids;
  private final long textCount;
  private final long fingerprint;
  private final ConcurrentLinkedDeque<SamplerScratch> scratches = new ConcurrentLinkedDeque<>();
  private final NgramScorer scorer;

  NgramModel(NgramTables tables, Map<String, Integer> ids, long textCount) {
    this.tables = tables;
    this.ids = ids;
    this.textCount = textCount;
    this.fingerprint = tables.fingerprint();
    this.scorer = new NgramScorer(tables, ids);
  }

  /** Fits a model of order {@value #DEFAULT_ORDER} (trigrams); blank texts are skipped. */
  public static NgramModel fit(Iterable<String> texts) {
    return fit(texts, DEFAULT_ORDER);
  }

  /** Fits a model of the given order (1 = unigrams); blank texts are skipped. */
  public static NgramModel fit(Iterable<String> texts, int order) {
    Objects.requireNonNull(texts, "texts");
    if (order < 1 || order > MAX_ORDER) {
      throw new IllegalArgumentException(
          "Cannot fit an n-gram model: order must be within [1, " + MAX_ORDER + "]: " + order);
    }
    NgramFitter fitter = new NgramFitter(order);
    for (String text : texts) {
      fitter.add(Objects.requireNonNull(text, "text"));
    }
    return fitter.build();
  }

  /** Samples one text; equal requests give equal results. */
  public SamplingResult sample(SamplingRequest request) {
    Objects.requireNonNull(request, "request");
    SamplerScratch scratch = scratches.poll();
    if (scratch == null) {
      scratch = new SamplerScratch(tables.words.length);
    }
    try {
      return new NgramSampler(tables, ids, request, scratch).run();
    } finally {
      scratches.push(scratch);
    }
  }

  /**
   * How likely the model finds {@code text}, read as a fitted text is (its tokens, then its end),
   * under the distribution it samples from at temperature 1 without a prompt. Unknown tokens are
   * counted, not scored. Exact: in any context, the probabilities of every known word and of the
   * end sum to 1.
   */
  public TextLikelihood likelihood(String text) {
    return scorer.score(Objects.requireNonNull(text, "text"));
  }

  /** P(next | previous), {@code next} null for the end of a text; see {@link NgramScorer}. */
  double probability(List<String> previous, String next) {
    return scorer.probability(previous, next);
  }

  public int order() {
    return tables.order;
  }

  /** Number of distinct words (tokens), without the start and end markers. */
  public int vocabularySize() {
    return tables.words.length - 2;
  }

  /** Number of tokens fitted, without the start and end markers. */
  public long tokenCount() {
    return tables.totals[0] - textCount;
  }

  /** Number of non-blank texts fitted. */
  public long textCount() {
    return textCount;
  }

  /** How often {@code word} occurred in the fitted texts (0 when it never did). */
  public int count(String word) {
    Integer id = ids.get(word);
    return id == null ? 0 : tables.unigramCounts[id];
  }

  public boolean contains(String word) {
    return ids.containsKey(word);
  }

  /** Every word with its count, in order of first appearance in the corpus. */
  public Map<String, Integer> wordCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int id = 2; id < tables.words.length; id++) {
      counts.put(tables.words[id], tables.unigramCounts[id]);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** A hash of everything fitted: equal corpora (in equal order) give equal fingerprints. */
  public long fingerprint() {
    return fingerprint;
  }

  static long key(int node, int word) {
    return ((long) node << 32) | word;
  }
}
