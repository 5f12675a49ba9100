package dev.synthforge.endpoint;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One unit of fan-out work: a result known without calling (a row that failed validation), or a
 * call to make on whichever endpoint the pool assigns.
 *
 * @param <O> the result type
 */
public interface FanOutTask<O> {

  /** The result when no call is needed, else empty. */
  Optional<O> decided();

  /** Sends the call; failures should complete the future normally, as results. */
  CompletableFuture<O> send(EndpointClient client);

  /** The result to record if {@link #send} threw or its future failed: a bug, kept as data. */
  O failed(Throwable error);
}
