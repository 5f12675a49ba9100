package dev.synthforge.core.metrics;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ObjLongConsumer;

/**
 * A mergeable, serializable counter of string keys. Adding rows one by one, or counting parts
 * separately and merging them in any order, gives equal tables. Not thread-safe.
 */
public final class FrequencyTable implements Counts, Serializable {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, Long> counts = new HashMap<>();
  private long total;

  public FrequencyTable() {}

  /** A table holding {@code counts}; every count must be at least zero. */
  public static FrequencyTable of(Map<String, ? extends Number> counts) {
    FrequencyTable table = new FrequencyTable();
    counts.forEach((key, count) -> table.add(key, count.longValue()));
    return table;
  }

  /** Counts one occurrence of {@code key}. */
  public void add(String key) {
    add(key, 1);
  }

  /** Counts {@code count} occurrences of {@code key}; a count of zero changes nothing. */
  public void add(String key, long count) {
    Objects.requireNonNull(key, "key");
    if (count < 0) {
      throw new IllegalArgumentException(
          "Cannot count key '" + key + "': count " + count + " is negative");
    }
    if (count > 0) {
      counts.merge(key, count, Long::sum);
      total += count;
    }
  }

  /** Adds every count of {@code other} to this table. */
  public void merge(Counts other) {
    other.forEach(this::add);
  }

  /** An independent copy of this table. */
  public FrequencyTable copy() {
    FrequencyTable copy = new FrequencyTable();
    copy.merge(this);
    return copy;
  }

  @Override
  public long total() {
    return total;
  }

  @Override
  public int distinct() {
    return counts.size();
  }

  @Override
  public long singletons() {
    long singletons = 0;
    for (long count : counts.values()) {
      if (count == 1) {
        singletons++;
      }
    }
    return singletons;
  }

  @Override
  public long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  @Override
  public void forEach(ObjLongConsumer<String> action) {
    counts.forEach(action::accept);
  }

  /** An unmodifiable snapshot of the counts. */
  public Map<String, Long> asMap() {
    return Map.copyOf(counts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FrequencyTable table
        && total == table.total && counts.equals(table.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return "FrequencyTable[total=" + total + ", distinct=" + counts.size() + "]";
  }
}
