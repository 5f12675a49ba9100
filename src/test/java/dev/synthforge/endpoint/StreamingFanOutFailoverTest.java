package dev.synthforge.endpoint;

import static dev.synthforge.endpoint.EndpointFixtures.chat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.ErrorClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Failover, the run deadline and the wait for a healthy endpoint. */
class StreamingFanOutFailoverTest {
  /** Never opens within a test. */
  private static final CircuitBreakerPolicy PATIENT = new CircuitBreakerPolicy(1_000, Duration.ofHours(1));
  /** Opens on the first fault and stays open for the whole test. */
  private static final CircuitBreakerPolicy TRIP_ONCE = new CircuitBreakerPolicy(1, Duration.ofHours(1));
  private static final long ENDPOINT_WAIT = TimeUnit.MILLISECONDS.toNanos(200);

  /**
   * What became of one task.
   *
   * @param endpoint where it was last sent, or null when it was not sent
   */
  record Result(int id, String endpoint, ErrorClass error) {}

  /** A call that fails over to another endpoint after a 5xx, excluding those it failed on. */
  record Call(int id, Set<String> excluded) implements FanOutTask<Result> {
    @Override
    public Optional<Result> decided() {
      return Optional.empty();
    }

    @Override
    public CompletableFuture<Result> send(EndpointPool.Lease lease) {
      return lease.client().call(chat("p" + id), lease).thenApply(outcome -> new Result(
          id, outcome.endpointName(),
          outcome instanceof CallOutcome.Failed failed ? failed.errorClass() : null));
    }

    @Override
    public Result failed(Throwable error) {
      return new Result(id, null, ErrorClass.INTERNAL);
    }

    @Override
    public Result notSent(ErrorClass reason, String message) {
      return new Result(id, null, reason);
    }

    @Override
    public Optional<FanOutTask<Result>> failover(Result result) {
      if (result.error() != ErrorClass.SERVER_ERROR) {
        return Optional.empty();
      }
      Set<String> tried = new HashSet<>(excluded);
      tried.add(result.endpoint());
      return Optional.of(new Call(id, Set.copyOf(tried)));
    }
  }

  private static FakeEndpointClient failing(String name, CircuitBreakerPolicy breaker) {
    return FakeEndpointClient.failing(
        EndpointFixtures.controlled(name, ConcurrencyMode.FIXED, RateBudget.unlimited(), breaker));
  }

  private static FakeEndpointClient answering(String name, CircuitBreakerPolicy breaker) {
    return new FakeEndpointClient(
        EndpointFixtures.controlled(name, ConcurrencyMode.FIXED, RateBudget.unlimited(), breaker));
  }

  private static Iterator<Call> calls(int count) {
    return IntStream.range(0, count).mapToObj(i -> new Call(i, Set.of())).iterator();
  }

  /** Drains a fan-out on a thread of its own, failing rather than hanging if it never ends. */
  private static List<Result> drain(StreamingFanOut<Result> fanOut) {
    CompletableFuture<List<Result>> results = new CompletableFuture<>();
    Thread task = new Thread(() -> {
      try {
        List<Result> drained = new ArrayList<>();
        fanOut.forEachRemaining(drained::add);
        results.complete(drained);
      } catch (Throwable error) {
        results.completeExceptionally(error);
      }
    }, "fan-out-task");
    task.setDaemon(true);
    task.start();
    try {
      // A guard against a hang, not a timing assertion.
      return results.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the fan-out did not finish", e);
    }
  }

  private static StreamingFanOut<Result> fanOut(Iterator<Call> input, EndpointPool pool) {
    return new StreamingFanOut<>(input, pool, Long.MAX_VALUE, ENDPOINT_WAIT);
  }

  /** Opens {@code name}'s circuit through a lease, as a failed attempt would. */
  private static void trip(EndpointPool pool, String name) {
    Set<String> others = new HashSet<>(pool.names());
    others.remove(name);
    EndpointPool.Lease lease = pool.tryAcquire(0, others);
    lease.attempted(AttemptSignal.SERVER_FAILURE, 1);
    lease.release();
  }

  @Test
  void aTaskThatFailedOnOneEndpointSucceedsOnAnother() {
    FakeEndpointClient a = failing("a", PATIENT);
    FakeEndpointClient b = answering("b", PATIENT);
    // a first, with equal loads, so the first call goes to the failing endpoint.
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(1, 1));

    List<Result> results = drain(fanOut(calls(1), pool));

    assertThat(results).containsExactly(new Result(0, "b", null));
    assertThat(a.calls()).isEqualTo(1);
    assertThat(b.calls()).isEqualTo(1);
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void everyTaskEndsOnTheEndpointThatAnswers() {
    FakeEndpointClient a = failing("a", PATIENT);
    FakeEndpointClient b = answering("b", PATIENT);
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(2, 2));

    List<Result> results = drain(fanOut(calls(30), pool));

    assertThat(results).hasSize(30).allSatisfy(result -> assertThat(result.endpoint()).isEqualTo("b"));
    assertThat(results).extracting(Result::id).doesNotHaveDuplicates();
    assertThat(results).extracting(Result::error).containsOnlyNulls();
    assertThat(a.calls()).isPositive();
    assertThat(b.calls()).isEqualTo(30);
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void withOneEndpointAFailureIsYielded() {
    FakeEndpointClient a = failing("a", PATIENT);
    EndpointPool pool = new EndpointPool(List.of(a), List.of(2));

    List<Result> results = drain(fanOut(calls(5), pool));

    assertThat(results).hasSize(5).allSatisfy(result -> {
      assertThat(result.endpoint()).isEqualTo("a");
      assertThat(result.error()).isEqualTo(ErrorClass.SERVER_ERROR);
    });
    assertThat(a.calls()).isEqualTo(5);
  }

  @Test
  void aTaskThatFailedEverywhereIsYielded() {
    FakeEndpointClient a = failing("a", PATIENT);
    FakeEndpointClient b = failing("b", PATIENT);
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(2, 2));

    List<Result> results = drain(fanOut(calls(5), pool));

    assertThat(results).hasSize(5).extracting(Result::error).containsOnly(ErrorClass.SERVER_ERROR);
    assertThat(a.calls()).isEqualTo(5);
    assertThat(b.calls()).isEqualTo(5);
  }

  @Test
  void afterTheDeadlineNothingIsSent() {
    FakeEndpointClient a = answering("a", PATIENT);
    EndpointPool pool = new EndpointPool(List.of(a), List.of(2));

    List<Result> results =
        drain(new StreamingFanOut<>(calls(10), pool, System.nanoTime() - 1, ENDPOINT_WAIT));

    assertThat(results).hasSize(10).extracting(Result::error).containsOnly(ErrorClass.DEADLINE_EXCEEDED);
    assertThat(results).extracting(Result::endpoint).containsOnlyNulls();
    assertThat(a.calls()).isZero();
  }

  @Test
  void tasksFailAsNoHealthyEndpointWhenEveryCircuitStaysOpen() {
    FakeEndpointClient a = answering("a", TRIP_ONCE);
    FakeEndpointClient b = answering("b", TRIP_ONCE);
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(2, 2));
    trip(pool, "a");
    trip(pool, "b");

    List<Result> results = drain(fanOut(calls(10), pool));

    assertThat(results).hasSize(10).extracting(Result::error).containsOnly(ErrorClass.NO_HEALTHY_ENDPOINT);
    assertThat(a.calls() + b.calls()).isZero();
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void aCircuitOpenedByTheRunItselfEndsInNoHealthyEndpoint() {
    FakeEndpointClient a = failing("a", TRIP_ONCE);
    // One slot: the second call waits for the first, which opens the circuit before it returns.
    EndpointPool pool = new EndpointPool(List.of(a), List.of(1));

    List<Result> results = drain(fanOut(calls(4), pool));

    assertThat(results).extracting(Result::error).containsExactly(
        ErrorClass.SERVER_ERROR, ErrorClass.NO_HEALTHY_ENDPOINT, ErrorClass.NO_HEALTHY_ENDPOINT,
        ErrorClass.NO_HEALTHY_ENDPOINT);
    assertThat(a.calls()).isEqualTo(1);
  }

  @Test
  void aDeadEndpointProbedNowAndThenStillEndsInNoHealthyEndpoint() {
    // Half-open every 20 to 160 ms, each probe failing: the wait for a healthy endpoint runs on.
    FakeEndpointClient a = failing("a", new CircuitBreakerPolicy(1, Duration.ofMillis(20)));
    EndpointPool pool = new EndpointPool(List.of(a), List.of(1));

    List<Result> results = drain(fanOut(calls(50), pool));

    assertThat(results).hasSize(50);
    assertThat(results).extracting(Result::error).containsOnly(ErrorClass.SERVER_ERROR, ErrorClass.NO_HEALTHY_ENDPOINT);
    assertThat(a.calls()).isBetween(1, 10);
    assertThat(results).filteredOn(result -> result.error() == ErrorClass.NO_HEALTHY_ENDPOINT).hasSize(50 - a.calls());
  }

  @Test
  void aTaskWaitsOnlyForTheEndpointsItMayUse() {
    FakeEndpointClient a = answering("a", TRIP_ONCE);
    FakeEndpointClient b = answering("b", TRIP_ONCE);
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(2, 2));
    trip(pool, "a");

    List<Result> results = drain(fanOut(List.of(new Call(0, Set.of("b")), new Call(1, Set.of())).iterator(), pool));

    assertThat(results).containsExactlyInAnyOrder(
        new Result(0, null, ErrorClass.NO_HEALTHY_ENDPOINT), new Result(1, "b", null));
  }
}
