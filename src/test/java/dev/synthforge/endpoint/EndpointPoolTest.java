package dev.synthforge.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EndpointPoolTest {
  private final FakeEndpointClient a = new FakeEndpointClient("a", 1);
  private final FakeEndpointClient b = new FakeEndpointClient("b", 1);

  private static List<EndpointPool.Lease> takeAll(EndpointPool pool) {
    List<EndpointPool.Lease> leases = new ArrayList<>();
    for (EndpointPool.Lease lease = pool.tryAcquire(); lease != null; lease = pool.tryAcquire()) {
      leases.add(lease);
    }
    return leases;
  }

  private static Map<String, Integer> countByEndpoint(List<EndpointPool.Lease> leases) {
    Map<String, Integer> counts = new HashMap<>();
    leases.forEach(lease -> counts.merge(lease.client().spec().name(), 1, Integer::sum));
    return counts;
  }

  @Test
  void eachEndpointGetsAtMostItsLimitAndThePoolItsTotal() {
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(2, 3));

    List<EndpointPool.Lease> leases = takeAll(pool);

    assertThat(pool.capacity()).isEqualTo(5);
    assertThat(leases).hasSize(5);
    assertThat(countByEndpoint(leases)).isEqualTo(Map.of("a", 2, "b", 3));
    assertThat(pool.inFlight()).isEqualTo(5);
    assertThat(pool.tryAcquire()).isNull();
  }

  @Test
  void leasesAlternateBetweenEqualWeightsByInFlight() {
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(10, 10));

    EndpointPool.Lease first = pool.tryAcquire();
    EndpointPool.Lease second = pool.tryAcquire();
    first.release();
    EndpointPool.Lease third = pool.tryAcquire();

    assertThat(first.client()).isSameAs(a);
    assertThat(second.client()).isSameAs(b);
    assertThat(third.client()).isSameAs(a);
  }

  @Test
  void leasesFollowTheWeightsWhileAllAreHeld() {
    FakeEndpointClient heavy = new FakeEndpointClient("heavy", 3);
    FakeEndpointClient light = new FakeEndpointClient("light", 1);
    EndpointPool pool = new EndpointPool(List.of(heavy, light), List.of(100, 100));
    Map<String, Integer> total = new HashMap<>();

    for (int round = 0; round < 50; round++) {
      List<EndpointPool.Lease> held = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        held.add(pool.tryAcquire());
      }
      countByEndpoint(held).forEach((name, count) -> total.merge(name, count, Integer::sum));
      held.forEach(EndpointPool.Lease::release);
    }

    assertThat(total.get("heavy") + total.get("light")).isEqualTo(2000);
    assertThat(total.get("heavy")).isBetween(1450, 1550);
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void aFullEndpointIsSkippedWhateverItsWeight() {
    FakeEndpointClient heavy = new FakeEndpointClient("heavy", 10);
    EndpointPool pool = new EndpointPool(List.of(heavy, b), List.of(1, 3));

    List<EndpointPool.Lease> leases = takeAll(pool);

    assertThat(leases.get(0).client()).isSameAs(heavy);
    assertThat(leases.subList(1, 4)).allSatisfy(lease -> assertThat(lease.client()).isSameAs(b));
  }

  @Test
  void releaseIsIdempotent() {
    EndpointPool pool = new EndpointPool(List.of(a), List.of(2));
    EndpointPool.Lease lease = pool.tryAcquire();
    pool.tryAcquire();

    lease.release();
    lease.release();

    assertThat(pool.inFlight()).isEqualTo(1);
    assertThat(takeAll(pool)).hasSize(1);
  }

  @Test
  void acquireGivesUpWhenNoSlotFrees() throws InterruptedException {
    EndpointPool pool = new EndpointPool(List.of(a), List.of(1));
    pool.tryAcquire();

    assertThat(pool.acquire(10)).isNull();
  }

  @Test
  void acquireWaitsForASlotReleasedElsewhere() throws Exception {
    EndpointPool pool = new EndpointPool(List.of(a), List.of(1));
    EndpointPool.Lease held = pool.tryAcquire();

    CompletableFuture<EndpointPool.Lease> waiting = CompletableFuture.supplyAsync(() -> {
      try {
        return pool.acquire(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    held.release();

    assertThat(waiting.get(60, TimeUnit.SECONDS).client()).isSameAs(a);
  }

  @Test
  void concurrentLeasesNeverExceedALimit() throws Exception {
    EndpointPool pool = new EndpointPool(List.of(a, b), List.of(2, 3));
    Map<EndpointClient, AtomicInteger> held = Map.of(a, new AtomicInteger(), b, new AtomicInteger());
    Map<EndpointClient, AtomicInteger> most = Map.of(a, new AtomicInteger(), b, new AtomicInteger());
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      workers.add(threads.submit(() -> {
        start.await();
        for (int i = 0; i < 2_000; i++) {
          // Two leases at a time, the second only if one is free, so threads overlap on any machine.
          List<EndpointPool.Lease> leases = new ArrayList<>();
          leases.add(pool.acquire(1_000));
          leases.add(pool.tryAcquire());
          leases.removeIf(lease -> lease == null);
          for (EndpointPool.Lease lease : leases) {
            int now = held.get(lease.client()).incrementAndGet();
            most.get(lease.client()).accumulateAndGet(now, Math::max);
          }
          for (EndpointPool.Lease lease : leases) {
            held.get(lease.client()).decrementAndGet();
            lease.release();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> worker : workers) {
      worker.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();

    assertThat(most.get(a).get()).isBetween(1, 2);
    assertThat(most.get(b).get()).isBetween(1, 3);
    assertThat(held.get(a).get() + held.get(b).get()).isZero();
    assertThat(pool.inFlight()).isZero();
  }

  @Test
  void rejectsMismatchedOrEmptyLimits() {
    assertThatThrownBy(() -> new EndpointPool(List.of(a, b), List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("one limit per client, at least one client");
    assertThatThrownBy(() -> new EndpointPool(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("one limit per client, at least one client");
    assertThatThrownBy(() -> new EndpointPool(List.of(a), List.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be >= 1: 0");
  }
}
