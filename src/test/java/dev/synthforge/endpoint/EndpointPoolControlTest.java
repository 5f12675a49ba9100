package dev.synthforge.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the pool applies each endpoint's circuit breaker, concurrency limit and budgets. */
class EndpointPoolControlTest {
  /** Opens on the first fault and stays open for the whole test. */
  private static final CircuitBreakerPolicy TRIP_ONCE = new CircuitBreakerPolicy(1, Duration.ofHours(1));
  /** Opens on the first fault, half-opens soon. */
  private static final CircuitBreakerPolicy TRIP_BRIEFLY = new CircuitBreakerPolicy(1, Duration.ofMillis(50));
  private static final long LATENCY = TimeUnit.MILLISECONDS.toNanos(5);

  private static FakeEndpointClient client(String name, CircuitBreakerPolicy breaker) {
    return new FakeEndpointClient(
        EndpointFixtures.controlled(name, ConcurrencyMode.FIXED, RateBudget.unlimited(), breaker));
  }

  private static FakeEndpointClient client(String name, ConcurrencyMode mode, RateBudget budget) {
    return new FakeEndpointClient(
        EndpointFixtures.controlled(name, mode, budget, CircuitBreakerPolicy.defaults()));
  }

  private static List<EndpointPool.Lease> takeAll(EndpointPool pool, Set<String> excluded) {
    List<EndpointPool.Lease> leases = new ArrayList<>();
    for (EndpointPool.Lease lease = pool.tryAcquire(0, excluded); lease != null; lease = pool.tryAcquire(0, excluded)) {
      leases.add(lease);
    }
    return leases;
  }

  private static List<String> names(List<EndpointPool.Lease> leases) {
    return leases.stream().map(lease -> lease.client().spec().name()).toList();
  }

  /** Leases {@code name} and fails one attempt on it, opening a circuit that trips at once. */
  private static void trip(EndpointPool pool, String name) {
    Set<String> others = new HashSet<>(pool.names());
    others.remove(name);
    EndpointPool.Lease lease = pool.tryAcquire(0, others);
    assertThat(lease.client().spec().name()).isEqualTo(name);
    lease.attempted(AttemptSignal.SERVER_FAILURE, LATENCY);
    lease.release();
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void anEndpointWhoseCircuitOpenedGetsNoLeasesWhileAnotherDoes() {
    EndpointPool pool = new EndpointPool(List.of(client("a", TRIP_ONCE), client("b", TRIP_ONCE)), List.of(4, 4));

    EndpointPool.Lease failing = pool.tryAcquire(0, Set.of("b"));
    failing.attempted(AttemptSignal.SERVER_FAILURE, LATENCY);
    assertThat(failing.retryAllowed()).isFalse();
    failing.release();

    List<EndpointPool.Lease> leases = takeAll(pool, Set.of());
    assertThat(names(leases)).containsExactly("b", "b", "b", "b");
    assertThat(pool.tryAcquire(0, Set.of("b"))).isNull();
    assertThat(leases.get(0).retryAllowed()).isTrue();
  }

  @Test
  void unhealthyTimeGrowsWhileEveryCircuitIsOpen() {
    EndpointPool pool = new EndpointPool(List.of(client("a", TRIP_ONCE), client("b", TRIP_ONCE)), List.of(4, 4));
    assertThat(pool.unhealthyNanos(Set.of())).isZero();

    trip(pool, "a");
    assertThat(pool.unhealthyNanos(Set.of())).isZero();
    trip(pool, "b");
    sleepMillis(2);
    long first = pool.unhealthyNanos(Set.of());
    sleepMillis(2);
    long second = pool.unhealthyNanos(Set.of());

    assertThat(first).isPositive();
    assertThat(second).isGreaterThan(first);
    assertThat(pool.tryAcquire()).isNull();
  }

  @Test
  void unhealthyTimeOfOneExclusionIsNotResetByCallersWithOthers() {
    EndpointPool pool = new EndpointPool(List.of(client("a", TRIP_ONCE), client("b", TRIP_ONCE)), List.of(4, 4));
    trip(pool, "a");
    sleepMillis(2);

    long onlyA = pool.unhealthyNanos(Set.of("b"));
    assertThat(pool.unhealthyNanos(Set.of())).isZero();
    assertThat(pool.unhealthyNanos(Set.of("a"))).isZero();

    assertThat(onlyA).isPositive();
    assertThat(pool.unhealthyNanos(Set.of("b"))).isGreaterThan(onlyA);
  }

  @Test
  void unhealthyTimeResetsWhenACircuitCloses() throws InterruptedException {
    EndpointPool pool =
        new EndpointPool(List.of(client("a", TRIP_BRIEFLY), client("b", TRIP_BRIEFLY)), List.of(4, 4));
    trip(pool, "a");
    trip(pool, "b");

    // Waits for a half-open circuit's probe; half-open alone does not count as healthy.
    EndpointPool.Lease probe = pool.acquire(0, Set.of(), TimeUnit.SECONDS.toMillis(30));
    assertThat(probe).isNotNull();
    assertThat(pool.unhealthyNanos(Set.of())).isPositive();

    probe.attempted(AttemptSignal.SUCCESS, LATENCY);
    probe.release();

    assertThat(pool.unhealthyNanos(Set.of())).isZero();
    String recovered = probe.client().spec().name();
    assertThat(pool.tryAcquire(0, Set.of()).client().spec().name()).isEqualTo(recovered);
  }

  @Test
  void aProbeReleasedWithoutAnAttemptLetsTheNextProbeThrough() throws InterruptedException {
    EndpointPool pool = new EndpointPool(List.of(client("a", TRIP_BRIEFLY)), List.of(4));
    trip(pool, "a");

    EndpointPool.Lease probe = pool.acquire(0, Set.of(), TimeUnit.SECONDS.toMillis(30));
    assertThat(probe).isNotNull();
    assertThat(pool.tryAcquire()).isNull();
    probe.release();

    EndpointPool.Lease next = pool.tryAcquire();
    assertThat(next).isNotNull();
    assertThat(pool.tryAcquire()).isNull();
  }

  @Test
  void excludedEndpointsAreNeverLeased() {
    EndpointPool pool = new EndpointPool(List.of(client("a", TRIP_ONCE), client("b", TRIP_ONCE)), List.of(3, 3));

    assertThat(names(takeAll(pool, Set.of("a")))).containsExactly("b", "b", "b");
    assertThat(pool.tryAcquire(0, Set.of("a"))).isNull();
    assertThat(pool.tryAcquire(0, Set.of("a", "b"))).isNull();
    assertThat(names(takeAll(pool, Set.of("b")))).containsExactly("a", "a", "a");
    assertThat(pool.hasOtherThan(Set.of("a"))).isTrue();
    assertThat(pool.hasOtherThan(Set.of("a", "b"))).isFalse();
    assertThat(pool.unhealthyNanos(Set.of("a", "b"))).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void fixedConcurrencyAdmitsEverySlot() {
    EndpointPool pool = new EndpointPool(List.of(client("a", ConcurrencyMode.FIXED, RateBudget.unlimited())), List.of(40));

    assertThat(takeAll(pool, Set.of())).hasSize(40);
    assertThat(pool.currentLimits()).containsExactly(40);
  }

  @Test
  void adaptiveConcurrencyAdmitsTheCurrentLimit() {
    EndpointPool pool = new EndpointPool(
        List.of(client("a", ConcurrencyMode.ADAPTIVE, RateBudget.unlimited()),
            client("b", ConcurrencyMode.ADAPTIVE, RateBudget.unlimited())),
        List.of(40, 5));
    // starts at 32 for a, and at b's whole share (5), the smaller

    List<EndpointPool.Lease> leases = takeAll(pool, Set.of());

    assertThat(pool.currentLimits()).containsExactly(32, 5);
    assertThat(names(leases)).filteredOn("a"::equals).hasSize(32);
    assertThat(names(leases)).filteredOn("b"::equals).hasSize(5);
  }

  @Test
  void adaptiveConcurrencyFollowsTheLeasesSignals() {
    EndpointPool pool = new EndpointPool(List.of(client("a", ConcurrencyMode.ADAPTIVE, RateBudget.unlimited())), List.of(200));
    List<EndpointPool.Lease> first = takeAll(pool, Set.of());

    for (EndpointPool.Lease lease : first) {
      lease.attempted(AttemptSignal.SUCCESS, LATENCY);
      lease.release();
    }
    // slow start: 32 successes at flat latency add two each
    assertThat(pool.currentLimits()).containsExactly(96);
    List<EndpointPool.Lease> second = takeAll(pool, Set.of());
    assertThat(second).hasSize(96);

    second.get(0).attempted(AttemptSignal.RATE_LIMITED, LATENCY);
    second.forEach(EndpointPool.Lease::release);
    assertThat(pool.currentLimits()).containsExactly(72);
    assertThat(takeAll(pool, Set.of())).hasSize(72);
  }

  @Test
  void fixedConcurrencyIgnoresTheSignals() {
    EndpointPool pool = new EndpointPool(List.of(client("a", ConcurrencyMode.FIXED, RateBudget.unlimited())), List.of(40));
    EndpointPool.Lease lease = pool.tryAcquire();

    lease.attempted(AttemptSignal.RATE_LIMITED, LATENCY);
    lease.release();

    assertThat(takeAll(pool, Set.of())).hasSize(40);
  }

  @Test
  void aRequestsPerMinuteBudgetThrottlesLeases() {
    // 60 a minute starts with one request's worth; the next is admitted on credit, then none
    // for about a second, well past this test's few calls.
    EndpointPool pool = new EndpointPool(
        List.of(client("a", ConcurrencyMode.FIXED, new RateBudget(60, 0)),
            client("b", ConcurrencyMode.FIXED, RateBudget.unlimited())),
        List.of(8, 8));

    List<EndpointPool.Lease> leases = takeAll(pool, Set.of());

    assertThat(names(leases)).filteredOn("a"::equals).hasSizeBetween(1, 2);
    assertThat(names(leases)).filteredOn("b"::equals).hasSize(8);
  }

  @Test
  void aTokensPerMinuteBudgetThrottlesByTheEstimate() {
    EndpointPool pool = new EndpointPool(List.of(client("a", ConcurrencyMode.FIXED, new RateBudget(0, 600))), List.of(8));

    assertThat(pool.tryAcquire(100, Set.of())).isNotNull();

    // Ten tokens to start, 100 taken: a debt of 90 is nine seconds of refill.
    assertThat(pool.tryAcquire(100, Set.of())).isNull();
    assertThat(pool.tryAcquire(0, Set.of())).isNull();
  }
}
