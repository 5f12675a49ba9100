package dev.synthforge.core.lm;

import java.util.Arrays;

/** Open-addressing map from non-negative long keys to int values; compact and boxing-free. */
final class LongIntHashMap {

  static final long FREE = -1L;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntHashMap(int expectedSize) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(keys, FREE);
  }

  int get(long key, int missing) {
    int mask = keys.length - 1;
    for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      long present = keys[slot];
      if (present == key) {
        return values[slot];
      }
      if (present == FREE) {
        return missing;
      }
    }
  }

  /** The value of {@code key}, after putting {@code value} there if the key was absent. */
  int putIfAbsent(long key, int value) {
    int slot = findOrClaim(key, value);
    return values[slot];
  }

  void add(long key, int delta) {
    int slot = findOrClaim(key, 0);
    values[slot] += delta;
  }

  int size() {
    return size;
  }

  int capacity() {
    return keys.length;
  }

  /** The key in {@code slot}, or {@link #FREE}. */
  long keyAt(int slot) {
    return keys[slot];
  }

  int valueAt(int slot) {
    return values[slot];
  }

  private int findOrClaim(long key, int initialValue) {
    if (key < 0) {
      throw new IllegalArgumentException("Cannot store key " + key + ": keys must be >= 0");
    }
    int mask = keys.length - 1;
    for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      long present = keys[slot];
      if (present == key) {
        return slot;
      }
      if (present == FREE) {
        if ((size + 1) * 4L > keys.length * 3L) {
          grow();
          return findOrClaim(key, initialValue);
        }
        keys[slot] = key;
        values[slot] = initialValue;
        size++;
        return slot;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(keys, FREE);
    int mask = keys.length - 1;
    for (int old = 0; old < oldKeys.length; old++) {
      if (oldKeys[old] != FREE) {
        int slot = slotOf(oldKeys[old], mask);
        while (keys[slot] != FREE) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[old];
        values[slot] = oldValues[old];
      }
    }
  }

  private static int slotOf(long key, int mask) {
    return (int) SeededRandom.mix(key) & mask;
  }
}
