package dev.synthforge.core.curate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Novelty filtering as in Self-Instruct and Alpaca: a new text is kept only if its ROUGE-L
 * similarity to every text already kept is below a threshold (0.7 by default, REFERENCES.md,
 * "LLM-as-judge"). ROUGE-L here is the F-measure (beta 1) of the longest common subsequence of
 * words, over {@link Words#forMatching} words: with LCS length l, precision l/|a| and recall l/|b|,
 * F = 2 l / (|a| + |b|). It is symmetric, 1 for texts with equal words, and 0 when either text has
 * no words.
 */
public final class Novelty {

  public static final double DEFAULT_THRESHOLD = 0.7;

  private final double threshold;

  public Novelty(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "Cannot create novelty filter: threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /** The filter with threshold 0.7. */
  public static Novelty defaults() {
    return new Novelty(DEFAULT_THRESHOLD);
  }

  public double threshold() {
    return threshold;
  }

  /** ROUGE-L F-measure between two texts. */
  public static double rougeL(String first, String second) {
    WordIds ids = new WordIds();
    return rougeL(ids.of(first), ids.of(second));
  }

  /** The highest ROUGE-L between {@code text} and any of {@code keptTexts}; 0 when none. */
  public static double maxRougeL(String text, Collection<String> keptTexts) {
    WordIds ids = new WordIds();
    int[] words = ids.of(text);
    double best = 0;
    for (String kept : keptTexts) {
      best = Math.max(best, rougeL(words, ids.of(kept)));
    }
    return best;
  }

  /** Whether {@code text} is novel: its ROUGE-L to every kept text is below the threshold. */
  public boolean novel(String text, Collection<String> keptTexts) {
    return maxRougeL(text, keptTexts) < threshold;
  }

  /**
   * The greedy pass of Self-Instruct over {@code textsInOrder}: the indexes of the texts kept,
   * ascending, where each text is compared with the texts kept before it. Quadratic: run it per
   * group of bounded size.
   */
  public List<Integer> keepNovel(List<String> textsInOrder) {
    WordIds ids = new WordIds();
    List<int[]> kept = new ArrayList<>();
    List<Integer> keptIndexes = new ArrayList<>();
    for (int index = 0; index < textsInOrder.size(); index++) {
      int[] words = ids.of(textsInOrder.get(index));
      boolean novel = true;
      for (int k = 0; k < kept.size() && novel; k++) {
        novel = rougeL(words, kept.get(k)) < threshold;
      }
      if (novel) {
        kept.add(words);
        keptIndexes.add(index);
      }
    }
    return List.copyOf(keptIndexes);
  }

  static double rougeL(int[] first, int[] second) {
    if (first.length == 0 || second.length == 0) {
      return 0;
    }
    return 2.0 * longestCommonSubsequence(first, second) / (first.length + second.length);
  }

  static int longestCommonSubsequence(int[] first, int[] second) {
    int[] previous = new int[second.length + 1];
    int[] current = new int[second.length + 1];
    for (int word : first) {
      for (int j = 1; j <= second.length; j++) {
        current[j] = word == second[j - 1]
            ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[second.length];
  }

  /** Maps words to small ints so that LCS compares ints, not strings. */
  private static final class WordIds {
    private final Map<String, Integer> ids = new HashMap<>();

    int[] of(String text) {
      return Words.forMatching(text).stream()
          .mapToInt(word -> ids.computeIfAbsent(word, key -> ids.size())).toArray();
    }
  }
}
