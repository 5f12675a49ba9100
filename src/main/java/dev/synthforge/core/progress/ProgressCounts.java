package dev.synthforge.core.progress;

/**
 * What a fan-out has done so far.
 *
 * @param done samples answered, successfully or not
 * @param failed samples recorded as failed
 * @param retries HTTP attempts beyond the first, over all calls
 * @param tokens prompt plus completion tokens charged
 */
public record ProgressCounts(long done, long failed, long retries, long tokens) {
  public static final ProgressCounts ZERO = new ProgressCounts(0, 0, 0, 0);

  public ProgressCounts {
    if (done < 0 || failed < 0 || retries < 0 || tokens < 0) {
      throw new IllegalArgumentException("progress counts cannot be negative: " + done + ", " + failed
          + ", " + retries + ", " + tokens);
    }
  }

  public ProgressCounts plus(ProgressCounts other) {
    return new ProgressCounts(done + other.done, failed + other.failed, retries + other.retries,
        tokens + other.tokens);
  }
}
