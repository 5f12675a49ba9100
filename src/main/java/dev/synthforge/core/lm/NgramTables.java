package dev.synthforge.core.lm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The frozen counts of an {@link NgramModel}: a trie of reversed contexts whose nodes list their
 * followers in shared arrays, with counts and running totals. The root (the unigram distribution)
 * lists them by count, descending; every other node by word id. Immutable once built.
 */
final class NgramTables {

  private static final int MAX_CACHED_POWERS = 32;

  final int order;
  final String[] words;
  final int[] offsets;
  final int[] followers;
  final int[] followerCounts;
  final int[] cumulativeCounts;
  final long[] totals;
  final int[] unigramCounts;
  private final LongIntHashMap children;
  private final Map<Double, UnigramPowers> powers = new ConcurrentHashMap<>();

  NgramTables(
      int order,
      String[] words,
      LongIntHashMap children,
      int[] offsets,
      int[] followers,
      int[] followerCounts,
      int[] cumulativeCounts,
      long[] totals) {
    this.order = order;
    this.words = words;
    this.children = children;
    this.offsets = offsets;
    this.followers = followers;
    this.followerCounts = followerCounts;
    this.cumulativeCounts = cumulativeCounts;
    this.totals = totals;
    this.unigramCounts = new int[words.length];
    for (int position = offsets[0]; position < offsets[1]; position++) {
      unigramCounts[followers[position]] = followerCounts[position];
    }
  }

  /** The node of the context extended back by {@code word}, or -1 if that context was never seen. */
  int child(int node, int word) {
    return children.get(NgramModel.key(node, word), -1);
  }

  /** How often {@code word} followed the context of {@code node}; not for the root. */
  int countAfter(int node, int word) {
    int low = offsets[node];
    int high = offsets[node + 1] - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int present = followers[middle];
      if (present < word) {
        low = middle + 1;
      } else if (present > word) {
        high = middle - 1;
      } else {
        return followerCounts[middle];
      }
    }
    return 0;
  }

  /** A follower of {@code node} (not the root) drawn by count, given a draw in [0, total). */
  int followerAt(int node, long draw) {
    int low = offsets[node];
    int high = offsets[node + 1] - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulativeCounts[middle] > draw) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return followers[low];
  }

  int distinctFollowers(int node) {
    return offsets[node + 1] - offsets[node];
  }

  /** Unigram counts raised to {@code 1 / temperature}, in the root's follower order. */
  UnigramPowers unigramPowers(double inverseTemperature) {
    UnigramPowers cached = powers.get(inverseTemperature);
    if (cached != null) {
      return cached;
    }
    UnigramPowers computed = new UnigramPowers(this, inverseTemperature);
    if (powers.size() < MAX_CACHED_POWERS) {
      powers.putIfAbsent(inverseTemperature, computed);
    }
    return computed;
  }

  long fingerprint() {
    long hash = SeededRandom.mix(order);
    for (String word : words) {
      hash = SeededRandom.mix(hash ^ SeededRandom.hash(word));
    }
    for (int[] column : new int[][] {offsets, followers, followerCounts}) {
      for (int value : column) {
        hash = SeededRandom.mix(hash + value);
      }
    }
    return hash;
  }
}
