package dev.synthforge.endpoint;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.EndpointRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Sends generation requests to one model endpoint, asynchronously, with retries.
 *
 * <p>The future always completes normally: every failure becomes a {@link CallOutcome.Failed}.
 */
public interface EndpointClient {

  /** The endpoint this client talks to. */
  EndpointSpec spec();

  /** Sends {@code request} and completes with its outcome after retries. */
  default CompletableFuture<CallOutcome> call(EndpointRequest request) {
    return call(request, AttemptObserver.none());
  }

  /**
   * Sends {@code request}, telling {@code observer} about every attempt, and gives up retrying
   * on this endpoint as soon as the observer disallows it (its circuit opened).
   */
  CompletableFuture<CallOutcome> call(EndpointRequest request, AttemptObserver observer);
}
