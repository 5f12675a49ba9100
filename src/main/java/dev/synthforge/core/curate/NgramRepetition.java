package dev.synthforge.core.curate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gopher's repetition measures over a list of words: the share of word characters covered by the
 * most frequent n-gram, and by n-grams that repeat an earlier one. Each character counts once,
 * however many repeated n-grams cover it, so shares never exceed 1.
 */
final class NgramRepetition {

  private final List<String> words;
  private final int totalCharacters;

  NgramRepetition(List<String> words) {
    this.words = List.copyOf(words);
    this.totalCharacters = words.stream().mapToInt(String::length).sum();
  }

  /**
   * Share of characters covered by the occurrences of the most frequent n-gram (the one covering
   * most characters among equally frequent ones), or 0 when no n-gram occurs twice: an n-gram
   * seen once is not repetition, however short the text.
   */
  double topNgramCharacterFraction(int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int start = 0; start + n <= words.size(); start++) {
      counts.merge(key(start, n), 1, Integer::sum);
    }
    int topCount = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (topCount < 2) {
      return 0;
    }
    double best = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() == topCount) {
        best = Math.max(best, coveredFraction(n, entry.getKey()));
      }
    }
    return best;
  }

  /** Share of characters covered by n-grams that repeat an n-gram seen earlier in the text. */
  double duplicateNgramCharacterFraction(int n) {
    boolean[] covered = new boolean[words.size()];
    Set<String> seen = new HashSet<>();
    for (int start = 0; start + n <= words.size(); start++) {
      if (!seen.add(key(start, n))) {
        for (int index = start; index < start + n; index++) {
          covered[index] = true;
        }
      }
    }
    return fractionOf(covered);
  }

  private double coveredFraction(int n, String ngram) {
    boolean[] covered = new boolean[words.size()];
    for (int start = 0; start + n <= words.size(); start++) {
      if (key(start, n).equals(ngram)) {
        for (int index = start; index < start + n; index++) {
          covered[index] = true;
        }
      }
    }
    return fractionOf(covered);
  }

  private double fractionOf(boolean[] covered) {
    if (totalCharacters == 0) {
      return 0;
    }
    int characters = 0;
    for (int index = 0; index < covered.length; index++) {
      if (covered[index]) {
        characters += words.get(index).length();
      }
    }
    return (double) characters / totalCharacters;
  }

  private String key(int start, int n) {
    return String.join(" ", words.subList(start, start + n));
  }
}
