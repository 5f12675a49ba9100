package dev.synthforge.core.lm;

/**
 * A small, fast random generator (SplitMix64) whose sequence depends only on its seed, on every
 * JVM, so that sampled texts are repeatable. Not thread-safe: one instance per sampling call.
 */
public final class SeededRandom {

  private long state;

  public SeededRandom(long seed) {
    this.state = seed;
  }

  /** A well-spread 64-bit hash of {@code value}; the finalizer of SplitMix64. */
  public static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A stable 64-bit hash of a string, the same on every JVM. */
  public static long hash(String text) {
    long hash = 0xCBF29CE484222325L;
    for (int index = 0; index < text.length(); index++) {
      hash = (hash ^ text.charAt(index)) * 0x100000001B3L;
    }
    return mix(hash);
  }

  public long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }
}
