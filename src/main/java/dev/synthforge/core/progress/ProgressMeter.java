package dev.synthforge.core.progress;

import java.util.Locale;

/**
 * Turns successive counts of a fan-out into progress lines: done of total, the request and token
 * rates since the previous line, failures, retries, and the time left at the average rate so far.
 * Not thread-safe: one printer calls it.
 */
public final class ProgressMeter {
  private final String label;
  private final long total;
  private final long startNanos;
  private ProgressCounts previous = ProgressCounts.ZERO;
  private long previousNanos;

  /**
   * @param label what is progressing, e.g. "generate run-42"
   * @param total samples the fan-out will answer
   * @param startNanos {@link System#nanoTime()} when it began
   */
  public ProgressMeter(String label, long total, long startNanos) {
    if (total < 0) {
      throw new IllegalArgumentException("total cannot be negative: " + total);
    }
    this.label = label;
    this.total = total;
    this.startNanos = startNanos;
    this.previousNanos = startNanos;
  }

  /** The line for {@code counts} observed at {@code nowNanos}; rates cover the time since the last line. */
  public String line(ProgressCounts counts, long nowNanos) {
    long done = Math.min(counts.done(), total);
    double window = seconds(nowNanos - previousNanos);
    double requestRate = window > 0 ? Math.max(0, counts.done() - previous.done()) / window : 0;
    double tokenRate = window > 0 ? Math.max(0, counts.tokens() - previous.tokens()) / window : 0;
    double elapsed = seconds(nowNanos - startNanos);
    previous = counts;
    previousNanos = nowNanos;
    double percent = total == 0 ? 100 : 100.0 * done / total;
    return String.format(Locale.ROOT, "%s: %,d/%,d (%.1f%%)  %,.1f samples/s  %,.0f tok/s  failures %,d  retries %,d  ETA %s",
        label, done, total, percent, requestRate, tokenRate, counts.failed(), counts.retries(),
        eta(done, elapsed));
  }

  private String eta(long done, double elapsed) {
    if (done >= total) {
      return "0s";
    }
    if (done == 0 || elapsed <= 0) {
      return "unknown";
    }
    return duration(Math.round((total - done) * elapsed / done));
  }

  /** {@code 45s}, {@code 3m 05s}, {@code 2h 07m}. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
