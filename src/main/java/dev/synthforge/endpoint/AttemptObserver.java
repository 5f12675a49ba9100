package dev.synthforge.endpoint;

/** Hears about every HTTP attempt of a call: feeds concurrency control and circuit breaking. */
public interface AttemptObserver {

  /** One attempt ended with {@code signal} after {@code latencyNanos}. */
  void attempted(AttemptSignal signal, long latencyNanos);

  /** Whether another attempt on this endpoint may be made now (false while its circuit is open). */
  boolean retryAllowed();

  /** An observer that ignores everything and always allows retries. */
  static AttemptObserver none() {
    return new AttemptObserver() {
      @Override
      public void attempted(AttemptSignal signal, long latencyNanos) {}

      @Override
      public boolean retryAllowed() {
        return true;
      }
    };
  }
}
