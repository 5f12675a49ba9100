package dev.synthforge.endpoint;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.Choice;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.ErrorClass;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An endpoint that answers every call from another thread after a short random delay, counting
 * calls and the most it had in flight at once. Calls in flight are also counted on a counter that
 * several fakes may share, to observe a whole pool. Each call reports one attempt to its observer,
 * before its future completes: a success, or for a {@link #failing} fake a 503.
 */
final class FakeEndpointClient implements EndpointClient {
  private static final ScheduledExecutorService ANSWERS = Executors.newScheduledThreadPool(2, runnable -> {
    Thread thread = new Thread(runnable, "fake-endpoint");
    thread.setDaemon(true);
    return thread;
  });

  private final EndpointSpec spec;
  private final InFlight shared;
  private final InFlight own = new InFlight();
  private final AtomicInteger calls = new AtomicInteger();
  private final boolean fails;

  private FakeEndpointClient(EndpointSpec spec, InFlight shared, boolean fails) {
    this.spec = spec;
    this.shared = shared;
    this.fails = fails;
  }

  FakeEndpointClient(EndpointSpec spec, InFlight shared) {
    this(spec, shared, false);
  }

  FakeEndpointClient(EndpointSpec spec) {
    this(spec, new InFlight(), false);
  }

  FakeEndpointClient(String name, double weight) {
    this(EndpointFixtures.weighted(name, weight), new InFlight());
  }

  /** An endpoint whose every call fails with a transient 503 after one attempt. */
  static FakeEndpointClient failing(EndpointSpec spec) {
    return new FakeEndpointClient(spec, new InFlight(), true);
  }

  @Override
  public EndpointSpec spec() {
    return spec;
  }

  @Override
  public CompletableFuture<CallOutcome> call(EndpointRequest request, AttemptObserver observer) {
    calls.incrementAndGet();
    own.enter();
    shared.enter();
    CompletableFuture<CallOutcome> answer = new CompletableFuture<>();
    long delayMicros = ThreadLocalRandom.current().nextLong(0, 2_000);
    ANSWERS.schedule(
        () -> {
          own.leave();
          shared.leave();
          if (fails) {
            observer.attempted(AttemptSignal.SERVER_FAILURE, TimeUnit.MICROSECONDS.toNanos(delayMicros));
            answer.complete(new CallOutcome.Failed(
                ErrorClass.SERVER_ERROR, 503, "HTTP 503 from " + spec.name(), 1, 0, spec.name()));
            return;
          }
          observer.attempted(AttemptSignal.SUCCESS, TimeUnit.MICROSECONDS.toNanos(delayMicros));
          answer.complete(new CallOutcome.Completed(
              List.of(new Choice(0, request.prompt(), "stop")), spec.model(), "", 1, 1, 1, 0, spec.name()));
        },
        delayMicros,
        TimeUnit.MICROSECONDS);
    return answer;
  }

  int calls() {
    return calls.get();
  }

  int maxInFlight() {
    return own.max();
  }

  /** Calls in flight now and the most seen at once. */
  static final class InFlight {
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    void enter() {
      int current = now.incrementAndGet();
      max.accumulateAndGet(current, Math::max);
    }

    void leave() {
      now.decrementAndGet();
    }

    int max() {
      return max.get();
    }

    int now() {
      return now.get();
    }
  }
}
