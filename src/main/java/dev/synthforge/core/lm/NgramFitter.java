package dev.synthforge.core.lm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts n-grams of texts into a trie of reversed contexts, then freezes the counts into the
 * compact arrays of an {@link NgramModel}.
 *
 * <p>Node 0 is the empty context; the child of a node for word w is the context extended one
 * token further back by w, so one walk from the root finds the contexts of every order.
 */
final class NgramFitter {

  private final int order;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>(List.of("<s>", "</s>"));
  private final LongIntHashMap children = new LongIntHashMap(1 << 16);
  private final LongIntHashMap counts = new LongIntHashMap(1 << 18);
  private int nodeCount = 1;
  private long textCount;
  private long tokenCount;
  private int[] sequence = new int[256];

  NgramFitter(int order) {
    this.order = order;
  }

  void add(String text) {
    List<String> tokens = WordTokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      return;
    }
    int length = order - 1 + tokens.size() + 1;
    if (sequence.length < length) {
      sequence = new int[Math.max(length, sequence.length * 2)];
    }
    Arrays.fill(sequence, 0, order - 1, NgramModel.START);
    for (int index = 0; index < tokens.size(); index++) {
      sequence[order - 1 + index] = idOf(tokens.get(index));
    }
    sequence[length - 1] = NgramModel.END;
    for (int position = order - 1; position < length; position++) {
      int target = sequence[position];
      counts.add(target, 1);
      int node = 0;
      for (int back = 1; back < order; back++) {
        node = childOf(node, sequence[position - back]);
        counts.add(NgramModel.key(node, target), 1);
      }
    }
    textCount++;
    tokenCount += tokens.size() + 1;
  }

  NgramModel build() {
    if (textCount == 0) {
      throw new IllegalArgumentException("Cannot fit an n-gram model: the corpus has no tokens");
    }
    if (tokenCount >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Cannot fit an n-gram model: more than " + Integer.MAX_VALUE + " tokens");
    }
    int[] offsets = new int[nodeCount + 1];
    for (int slot = 0; slot < counts.capacity(); slot++) {
      long key = counts.keyAt(slot);
      if (key != LongIntHashMap.FREE) {
        offsets[(int) (key >>> 32) + 1]++;
      }
    }
    for (int node = 0; node < nodeCount; node++) {
      offsets[node + 1] += offsets[node];
    }
    long[] packed = new long[counts.size()];
    int[] fill = Arrays.copyOf(offsets, nodeCount);
    for (int slot = 0; slot < counts.capacity(); slot++) {
      long key = counts.keyAt(slot);
      if (key != LongIntHashMap.FREE) {
        int node = (int) (key >>> 32);
        packed[fill[node]++] = pack(node, (int) key, counts.valueAt(slot));
      }
    }
    int[] followers = new int[packed.length];
    int[] followerCounts = new int[packed.length];
    int[] cumulativeCounts = new int[packed.length];
    long[] totals = new long[nodeCount];
    for (int node = 0; node < nodeCount; node++) {
      Arrays.sort(packed, offsets[node], offsets[node + 1]);
      long total = 0;
      for (int position = offsets[node]; position < offsets[node + 1]; position++) {
        followers[position] = node == 0 ? (int) packed[position] : (int) (packed[position] >>> 32);
        followerCounts[position] =
            node == 0 ? Integer.MAX_VALUE - (int) (packed[position] >>> 32) : (int) packed[position];
        total += followerCounts[position];
        cumulativeCounts[position] = (int) Math.min(total, Integer.MAX_VALUE);
      }
      totals[node] = total;
    }
    NgramTables tables =
        new NgramTables(
            order,
            words.toArray(String[]::new),
            children,
            offsets,
            followers,
            followerCounts,
            cumulativeCounts,
            totals);
    return new NgramModel(tables, Map.copyOf(ids), textCount);
  }

  /**
   * Packs a count so that sorting orders the root's followers by count (descending, then by id),
   * for walking the unigram tail from its head, and other nodes' followers by id, for binary search.
   */
  private static long pack(int node, int word, int count) {
    return node == 0
        ? ((long) (Integer.MAX_VALUE - count) << 32) | word
        : ((long) word << 32) | count;
  }

  private int idOf(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = words.size();
      ids.put(word, id);
      words.add(word);
    }
    return id;
  }

  private int childOf(int node, int word) {
    int child = children.putIfAbsent(NgramModel.key(node, word), nodeCount);
    if (child == nodeCount) {
      nodeCount++;
    }
    return child;
  }
}
