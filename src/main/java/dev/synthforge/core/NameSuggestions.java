package dev.synthforge.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" suggestions: the known name closest to a misspelt one, by edit distance. */
public final class NameSuggestions {
  private NameSuggestions() {}

  /** The name in {@code known} closest to {@code unknown}, when one is close enough to be a typo. */
  public static Optional<String> closest(Collection<String> known, String unknown) {
    int threshold = Math.max(2, unknown.length() / 3);
    return known.stream()
        .filter(name -> distance(name, unknown) <= threshold)
        .min(Comparator.comparingInt((String name) -> distance(name, unknown)));
  }

  /** Levenshtein distance between two names. */
  public static int distance(String left, String right) {
    int[] previous = new int[right.length() + 1];
    int[] current = new int[right.length() + 1];
    for (int j = 0; j <= right.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= right.length(); j++) {
        int substitution = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length()];
  }
}
