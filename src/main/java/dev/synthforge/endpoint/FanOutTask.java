package dev.synthforge.endpoint;

import dev.synthforge.core.generation.ErrorClass;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One unit of fan-out work: a result known without calling (a row that failed validation), or a
 * call to make on whichever endpoint the pool assigns, possibly failed over to another.
 *
 * @param <O> the result type
 */
public interface FanOutTask<O> {

  /** The result when no call is needed, else empty. */
  Optional<O> decided();

  /**
   * Sends the call on the lease's endpoint, reporting attempts to the lease; failures should
   * complete the future normally, as results.
   */
  CompletableFuture<O> send(EndpointPool.Lease lease);

  /** The result to record if {@link #send} threw or its future failed: a bug, kept as data. */
  O failed(Throwable error);

  /** The result to record when the call is never sent (deadline passed, no healthy endpoint). */
  O notSent(ErrorClass reason, String message);

  /** The task to run again on another endpoint instead of keeping {@code result}, if any. */
  default Optional<FanOutTask<O>> failover(O result) {
    return Optional.empty();
  }

  /** Endpoints this task must not be sent to (those it already failed on). */
  default Set<String> excluded() {
    return Set.of();
  }

  /** Tokens the call is expected to use, charged against tokens-per-minute budgets. */
  default long estimatedTokens() {
    return 0;
  }
}
