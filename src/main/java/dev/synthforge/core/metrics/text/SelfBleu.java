package dev.synthforge.core.metrics.text;

import dev.synthforge.core.lm.WordTokenizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Self-BLEU of a sample of texts: the mean sentence BLEU-4 of each text against all the others as
 * references. Higher means less diverse. Texts are split by {@link WordTokenizer}.
 *
 * <p>BLEU-4 as in NLTK's {@code sentence_bleu} with {@code SmoothingFunction().method1} (Chen and
 * Cherry 2014, method 1: a precision with no matches becomes epsilon 0.1 over its n-gram count),
 * the smoothing Texygen's Self-BLEU uses: uniform weights over clipped n-gram precisions of orders
 * 1 to 4 (a hypothesis n-gram counts at most as often as in the reference that has it most
 * often), times the brevity penalty {@code exp(1 - r/c)} when the hypothesis length c is not above
 * the closest reference length r (ties to the shorter). A hypothesis with no matching unigram, or
 * no tokens, scores 0.
 *
 * <p>Sampled: the value rises with the number of references, so compare samples of equal size;
 * draw 1,000 to 5,000 texts. The computation is near-linear (each n-gram's two highest counts
 * across texts give every hypothesis its clipping counts without the others), so the sample
 * size is bounded by memory, not time.
 */
public final class SelfBleu {

  /** The highest n-gram order. */
  public static final int MAX_ORDER = 4;
  /** The numerator that method-1 smoothing gives a precision with no matches. */
  public static final double EPSILON = 0.1;

  private SelfBleu() {}

  /** Mean BLEU-4 of each text against the others; 0 for fewer than two texts. */
  public static double of(List<String> texts) {
    return ofTokens(texts.stream().map(WordTokenizer::tokenize).toList());
  }

  /** Self-BLEU of texts already split into tokens. */
  public static double ofTokens(List<List<String>> texts) {
    if (texts.size() < 2) {
      return 0;
    }
    // Per n-gram: highest count, index of the first text with it, second highest count.
    Map<List<String>, int[]> best = new HashMap<>();
    for (int index = 0; index < texts.size(); index++) {
      int text = index;
      ngramCounts(texts.get(index)).forEach((ngram, count) -> {
        int[] top = best.computeIfAbsent(ngram, key -> new int[] {0, -1, 0});
        if (count > top[0]) {
          top[2] = top[0];
          top[0] = count;
          top[1] = text;
        } else if (count > top[2]) {
          top[2] = count;
        }
      });
    }
    int[] lengths = texts.stream().mapToInt(List::size).sorted().toArray();
    double sum = 0;
    for (int index = 0; index < texts.size(); index++) {
      int text = index;
      long[] matches = new long[MAX_ORDER];
      long[] totals = new long[MAX_ORDER];
      ngramCounts(texts.get(index)).forEach((ngram, count) -> {
        int[] top = best.get(ngram);
        int referenceCount = top[1] == text ? top[2] : top[0];
        int order = ngram.size();
        matches[order - 1] += Math.min(count, referenceCount);
        totals[order - 1] += count;
      });
      int length = texts.get(index).size();
      sum += score(matches, totals, length, closestOtherLength(lengths, length));
    }
    return sum / texts.size();
  }

  /** Sentence BLEU-4 of {@code hypothesis} against {@code references} (see the class comment). */
  public static double bleu(List<String> hypothesis, List<List<String>> references) {
    if (references.isEmpty()) {
      throw new IllegalArgumentException("Cannot compute BLEU: there are no references");
    }
    Map<List<String>, Integer> maxReferenceCounts = new HashMap<>();
    for (List<String> reference : references) {
      ngramCounts(reference).forEach(
          (ngram, count) -> maxReferenceCounts.merge(ngram, count, Math::max));
    }
    long[] matches = new long[MAX_ORDER];
    long[] totals = new long[MAX_ORDER];
    ngramCounts(hypothesis).forEach((ngram, count) -> {
      int order = ngram.size();
      matches[order - 1] += Math.min(count, maxReferenceCounts.getOrDefault(ngram, 0));
      totals[order - 1] += count;
    });
    int closest = references.get(0).size();
    for (List<String> reference : references) {
      closest = closer(hypothesis.size(), closest, reference.size());
    }
    return score(matches, totals, hypothesis.size(), closest);
  }

  private static double score(long[] matches, long[] totals, int length, int referenceLength) {
    if (length == 0 || matches[0] == 0) {
      return 0;
    }
    double logSum = 0;
    for (int order = 0; order < MAX_ORDER; order++) {
      double denominator = Math.max(1, totals[order]);
      double numerator = matches[order] == 0 ? EPSILON : matches[order];
      logSum += Math.log(numerator / denominator) / MAX_ORDER;
    }
    double brevity = length > referenceLength ? 1 : Math.exp(1 - (double) referenceLength / length);
    return brevity * Math.exp(logSum);
  }

  /** The length closest to {@code length} among the sorted lengths, less one copy of it. */
  private static int closestOtherLength(int[] sortedLengths, int length) {
    int first = lowerBound(sortedLengths, length);
    int end = lowerBound(sortedLengths, length + 1);
    if (end - first >= 2) {
      return length;
    }
    int closest = first > 0 ? sortedLengths[first - 1] : sortedLengths[end];
    return end < sortedLengths.length ? closer(length, closest, sortedLengths[end]) : closest;
  }

  private static int closer(int length, int current, int candidate) {
    int byDistance = Integer.compare(Math.abs(candidate - length), Math.abs(current - length));
    return byDistance < 0 || (byDistance == 0 && candidate < current) ? candidate : current;
  }

  private static int lowerBound(int[] sorted, int value) {
    int index = Arrays.binarySearch(sorted, value);
    if (index < 0) {
      return -index - 1;
    }
    while (index > 0 && sorted[index - 1] == value) {
      index--;
    }
    return index;
  }

  private static Map<List<String>, Integer> ngramCounts(List<String> tokens) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int start = 0; start < tokens.size(); start++) {
      for (int order = 1; order <= MAX_ORDER && start + order <= tokens.size(); order++) {
        counts.merge(List.copyOf(tokens.subList(start, start + order)), 1, Integer::sum);
      }
    }
    return counts;
  }
}
