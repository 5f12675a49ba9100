package dev.synthforge.endpoint;

import static dev.synthforge.endpoint.EndpointFixtures.chat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.ErrorClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StreamingFanOutTest {
  private final FakeEndpointClient.InFlight poolInFlight = new FakeEndpointClient.InFlight();
  private final FakeEndpointClient a = new FakeEndpointClient(EndpointFixtures.weighted("a", 1), poolInFlight);
  private final FakeEndpointClient b = new FakeEndpointClient(EndpointFixtures.weighted("b", 2), poolInFlight);
  private final EndpointPool pool = new EndpointPool(List.of(a, b), List.of(2, 3));

  /** How a test task behaves when it is its turn. */
  enum Kind {
    CALL,
    DECIDED,
    SEND_THROWS,
    FUTURE_FAILS
  }

  /** A task whose result names it, so a test can check each input yields exactly one result. */
  record Job(int id, Kind kind) implements FanOutTask<String> {
    @Override
    public Optional<String> decided() {
      return kind == Kind.DECIDED ? Optional.of("decided " + id) : Optional.empty();
    }

    @Override
    public CompletableFuture<String> send(EndpointPool.Lease lease) {
      EndpointClient client = lease.client();
      return switch (kind) {
        case SEND_THROWS -> throw new IllegalStateException("cannot send " + id);
        case FUTURE_FAILS -> client.call(chat("p" + id)).thenApply(outcome -> {
          throw new IllegalStateException("cannot map " + id);
        });
        default -> client.call(chat("p" + id))
            .thenApply(outcome -> "called " + ((CallOutcome.Completed) outcome).choices().get(0).text());
      };
    }

    @Override
    public String failed(Throwable error) {
      Throwable cause = error.getCause() != null ? error.getCause() : error;
      return "failed " + id + ": " + cause.getMessage();
    }

    @Override
    public String notSent(ErrorClass reason, String message) {
      return "not sent " + id + ": " + reason;
    }
  }

  /** A task that is always sent, the way {@code send} says. */
  private static FanOutTask<String> sending(Function<EndpointPool.Lease, CompletableFuture<String>> send) {
    return new FanOutTask<>() {
      @Override
      public Optional<String> decided() {
        return Optional.empty();
      }

      @Override
      public CompletableFuture<String> send(EndpointPool.Lease lease) {
        return send.apply(lease);
      }

      @Override
      public String failed(Throwable error) {
        return "failed: " + error.getMessage();
      }

      @Override
      public String notSent(ErrorClass reason, String message) {
        return "not sent: " + reason;
      }
    };
  }

  private static List<Job> jobs(int count, Kind kind) {
    return IntStream.range(0, count).mapToObj(i -> new Job(i, kind)).toList();
  }

  /** Drains a fan-out on a thread of its own, as a Spark task would. */
  private static CompletableFuture<List<String>> drainAsync(Iterator<String> fanOut) {
    CompletableFuture<List<String>> results = new CompletableFuture<>();
    Thread task = new Thread(() -> {
      try {
        List<String> drained = new ArrayList<>();
        fanOut.forEachRemaining(drained::add);
        results.complete(drained);
      } catch (Throwable error) {
        results.completeExceptionally(error);
      }
    }, "fan-out-task");
    task.setDaemon(true);
    task.start();
    return results;
  }

  /** Drains a fan-out, failing rather than hanging if it never ends. */
  private static List<String> drain(Iterator<String> fanOut) {
    try {
      return drainAsync(fanOut).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the fan-out did not finish", e);
    }
  }

  private static List<String> sorted(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }

  @Test
  void everyInputYieldsExactlyOneResult() {
    List<String> results = drain(new StreamingFanOut<>(jobs(500, Kind.CALL).iterator(), pool));

    assertThat(sorted(results))
        .isEqualTo(sorted(IntStream.range(0, 500).mapToObj(i -> "called p" + i).toList()));
    assertThat(a.calls() + b.calls()).isEqualTo(500);
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void callsInFlightNeverExceedThePoolOrAnEndpointLimit() {
    drain(new StreamingFanOut<>(jobs(500, Kind.CALL).iterator(), pool));

    assertThat(poolInFlight.max()).isBetween(1, pool.capacity());
    assertThat(a.maxInFlight()).isLessThanOrEqualTo(2);
    assertThat(b.maxInFlight()).isLessThanOrEqualTo(3);
  }

  @Test
  void answersNotYetTakenCountAgainstTheWindow() {
    // Calls answered at once: each lease is free again before the fan-out sends the next call.
    AtomicInteger sentNotTaken = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<FanOutTask<String>> input = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = "instant " + i;
      input.add(sending(lease -> {
        most.accumulateAndGet(sentNotTaken.incrementAndGet(), Math::max);
        return CompletableFuture.completedFuture(name);
      }));
    }
    StreamingFanOut<String> fanOut = new StreamingFanOut<>(input.iterator(), pool);
    List<String> taken = new ArrayList<>();
    while (fanOut.hasNext()) {
      taken.add(fanOut.next());
      sentNotTaken.decrementAndGet();
    }

    assertThat(taken).hasSize(200).doesNotHaveDuplicates();
    assertThat(most.get()).as("calls sent and not yet taken, at the most").isBetween(1, pool.capacity());
  }

  @Test
  void decidedTasksAreNotSent() {
    List<Job> input = IntStream.range(0, 300)
        .mapToObj(i -> new Job(i, i % 3 == 0 ? Kind.DECIDED : Kind.CALL))
        .toList();

    List<String> results = drain(new StreamingFanOut<>(input.iterator(), pool));

    assertThat(results).hasSize(300);
    assertThat(results).filteredOn(result -> result.startsWith("decided ")).hasSize(100).contains("decided 0", "decided 297");
    assertThat(a.calls() + b.calls()).isEqualTo(200);
  }

  @Test
  void onlyDecidedTasks() {
    List<String> results = drain(new StreamingFanOut<>(jobs(20, Kind.DECIDED).iterator(), pool));

    assertThat(results).hasSize(20);
    assertThat(a.calls() + b.calls()).isZero();
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void sendThatThrowsBecomesAFailedResult() {
    List<Job> input = List.of(new Job(0, Kind.CALL), new Job(1, Kind.SEND_THROWS), new Job(2, Kind.CALL));

    List<String> results = drain(new StreamingFanOut<>(input.iterator(), pool));

    assertThat(results).containsExactlyInAnyOrder("called p0", "failed 1: cannot send 1", "called p2");
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void futureThatFailsBecomesAFailedResult() {
    List<String> results = drain(new StreamingFanOut<>(jobs(50, Kind.FUTURE_FAILS).iterator(), pool));

    assertThat(sorted(results))
        .isEqualTo(sorted(IntStream.range(0, 50).mapToObj(i -> "failed " + i + ": cannot map " + i).toList()));
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void futureThatCompletesWithNothingBecomesAFailedResult() {
    FanOutTask<String> task = sending(lease -> lease.client().call(chat("x")).thenApply(outcome -> null));

    assertThat(drain(new StreamingFanOut<>(List.of(task).iterator(), pool)))
        .containsExactly("failed: the call completed with no result");
  }

  @Test
  void emptyInputYieldsNothing() {
    StreamingFanOut<String> fanOut = new StreamingFanOut<>(Collections.<Job>emptyIterator(), pool);

    assertThat(fanOut.hasNext()).isFalse();
    assertThatThrownBy(fanOut::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void waitsForASlotHeldByAnotherTask() throws Exception {
    List<EndpointPool.Lease> held = new ArrayList<>();
    for (int i = 0; i < pool.capacity(); i++) {
      held.add(pool.tryAcquire());
    }
    CompletableFuture<List<String>> results = drainAsync(new StreamingFanOut<>(jobs(10, Kind.CALL).iterator(), pool));

    held.forEach(EndpointPool.Lease::release);

    assertThat(results.get(60, TimeUnit.SECONDS)).hasSize(10);
  }

  @Test
  void twoFanOutsShareOnePoolFromTwoThreads() throws Exception {
    List<Job> first = jobs(400, Kind.CALL);
    List<Job> second = IntStream.range(1000, 1400).mapToObj(i -> new Job(i, i % 5 == 0 ? Kind.DECIDED : Kind.CALL)).toList();

    CompletableFuture<List<String>> one = drainAsync(new StreamingFanOut<>(first.iterator(), pool));
    CompletableFuture<List<String>> two = drainAsync(new StreamingFanOut<>(second.iterator(), pool));

    assertThat(sorted(one.get(60, TimeUnit.SECONDS)))
        .isEqualTo(sorted(IntStream.range(0, 400).mapToObj(i -> "called p" + i).toList()));
    List<String> secondResults = two.get(60, TimeUnit.SECONDS);
    assertThat(secondResults).hasSize(400).doesNotHaveDuplicates();
    assertThat(secondResults).filteredOn(result -> result.startsWith("decided ")).hasSize(80);
    assertThat(poolInFlight.max()).isLessThanOrEqualTo(pool.capacity());
    assertThat(a.calls() + b.calls()).isEqualTo(720);
    assertThat(pool.inFlight()).isZero();
  }
}
