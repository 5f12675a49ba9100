package dev.synthforge.core.metrics;

import java.util.function.ObjLongConsumer;

/**
 * Read-only counts of string keys (n-grams, words, attribute groups): the input of every
 * count-based metric. Keys with a count of zero are absent.
 */
public interface Counts {

  /** The sum of all counts. */
  long total();

  /** How many keys have a count above zero. */
  int distinct();

  /** How many keys have a count of exactly one (hapax legomena, for words). */
  long singletons();

  /** The count of {@code key}; 0 when absent. */
  long count(String key);

  /** Calls {@code action} once per key with its count, in no particular order. */
  void forEach(ObjLongConsumer<String> action);
}
