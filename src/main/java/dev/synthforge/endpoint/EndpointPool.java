package dev.synthforge.endpoint;

import dev.synthforge.core.endpoint.ConcurrencyMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The endpoints of a job as one JVM sees them, each with its share of the concurrency budget, its
 * concurrency limit (adaptive or fixed), its request and token budgets, and its circuit breaker.
 *
 * <p>A caller takes a {@link Lease} before sending and releases it when the answer is in. The
 * lease goes to the endpoint with the fewest requests in flight per unit of weight among those
 * that are healthy, under their limit and within their budgets. Thread-safe; shared by every task
 * in a JVM.
 */
public final class EndpointPool {
  private final List<Member> members;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();

  /**
   * @param clients the endpoints' clients
   * @param limits each endpoint's most slots in this JVM, in the order of {@code clients}
   */
  public EndpointPool(List<EndpointClient> clients, List<Integer> limits) {
    if (clients.isEmpty() || clients.size() != limits.size()) {
      throw new IllegalArgumentException("one limit per client, at least one client");
    }
    long now = System.nanoTime();
    List<Member> built = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      int limit = limits.get(i);
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be >= 1: " + limit);
      }
      built.add(new Member(Objects.requireNonNull(clients.get(i)), limit, now));
    }
    this.members = List.copyOf(built);
  }

  /** The most slots of this JVM, over all endpoints. */
  public int capacity() {
    return members.stream().mapToInt(member -> member.maxSlots).sum();
  }

  /** Requests in flight now, over all endpoints. */
  public int inFlight() {
    lock.lock();
    try {
      return members.stream().mapToInt(member -> member.inFlight).sum();
    } finally {
      lock.unlock();
    }
  }

  /** Each endpoint's current concurrency limit, in configured order. */
  public List<Integer> currentLimits() {
    return members.stream().map(Member::cap).toList();
  }

  /** The names of the endpoints. */
  public List<String> names() {
    return members.stream().map(member -> member.client.spec().name()).toList();
  }

  /** A lease on any endpoint if one can take a request now, else null. */
  public Lease tryAcquire() {
    return tryAcquire(0, Set.of());
  }

  /** A lease on an endpoint not in {@code excluded}, charging {@code tokens}; null if none now. */
  public Lease tryAcquire(long tokens, Set<String> excluded) {
    lock.lock();
    try {
      return assign(tokens, excluded, System.nanoTime());
    } finally {
      lock.unlock();
    }
  }

  /** A lease on any endpoint, waiting up to {@code timeoutMillis}; null on timeout. */
  public Lease acquire(long timeoutMillis) throws InterruptedException {
    return acquire(0, Set.of(), timeoutMillis);
  }

  /** Like {@link #tryAcquire(long, Set)}, waiting up to {@code timeoutMillis} for a slot. */
  public Lease acquire(long tokens, Set<String> excluded, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    lock.lock();
    try {
      while (true) {
        long now = System.nanoTime();
        Lease lease = assign(tokens, excluded, now);
        if (lease != null || now >= deadline) {
          return lease;
        }
        // Wake at least every 20 ms: budgets refill and circuits half-open with time alone.
        changed.awaitNanos(Math.min(deadline - now, TimeUnit.MILLISECONDS.toNanos(20)));
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * How long, in nanoseconds, no endpoint outside {@code excluded} has been healthy (no circuit
   * closed; half-open spells between failed probes do not count as healthy); 0 while one is, and
   * {@link Long#MAX_VALUE} when {@code excluded} leaves no endpoint at all.
   */
  public long unhealthyNanos(Set<String> excluded) {
    // Measured per circuit, not from when a caller first asked: callers with other exclusions
    // must not restart each other's wait, and a dead endpoint's periodic probes must not either.
    long now = System.nanoTime();
    long shortest = Long.MAX_VALUE;
    for (Member member : members) {
      if (!excluded.contains(member.name())) {
        shortest = Math.min(shortest, member.breaker.unhealthyNanos(now));
      }
    }
    return shortest;
  }

  /** Whether an endpoint outside {@code excluded} exists at all. */
  public boolean hasOtherThan(Set<String> excluded) {
    return members.stream().anyMatch(member -> !excluded.contains(member.name()));
  }

  private Lease assign(long tokens, Set<String> excluded, long now) {
    Member best = null;
    double bestLoad = Double.MAX_VALUE;
    for (Member member : members) {
      if (excluded.contains(member.name()) || !member.admits(now)) {
        continue;
      }
      double load = (member.inFlight + 1) / member.client.spec().weight();
      if (load < bestLoad) {
        best = member;
        bestLoad = load;
      }
    }
    if (best == null) {
      return null;
    }
    best.inFlight++;
    boolean probe = best.breaker.sent(now);
    best.requests.take(1, now);
    best.tokens.take(tokens, now);
    return new Lease(this, best, probe);
  }

  private void release(Member member) {
    lock.lock();
    try {
      member.inFlight--;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static final class Member {
    final EndpointClient client;
    final int maxSlots;
    final AdaptiveLimit limit;
    final boolean adaptive;
    final CircuitBreaker breaker;
    final TokenBucket requests;
    final TokenBucket tokens;
    int inFlight;

    Member(EndpointClient client, int maxSlots, long now) {
      EndpointSpec spec = client.spec();
      this.client = client;
      this.maxSlots = maxSlots;
      this.adaptive = spec.concurrency() == ConcurrencyMode.ADAPTIVE;
      this.limit = new AdaptiveLimit(maxSlots);
      this.breaker = new CircuitBreaker(spec.circuitBreaker());
      this.requests = new TokenBucket(spec.rateBudget().requestsPerMinute(), now);
      this.tokens = new TokenBucket(spec.rateBudget().tokensPerMinute(), now);
    }

    String name() {
      return client.spec().name();
    }

    int cap() {
      return adaptive ? limit.current() : maxSlots;
    }

    boolean admits(long now) {
      return inFlight < cap() && breaker.allows(now) && requests.has(now) && tokens.has(now);
    }
  }

  /** One slot on one endpoint; release it exactly once. Its observer feeds the endpoint's controls. */
  public static final class Lease implements AttemptObserver {
    private final EndpointPool pool;
    private final Member member;
    private final boolean probe;
    private volatile boolean observed;
    private volatile boolean cutShort;
    private boolean released;

    private Lease(EndpointPool pool, Member member, boolean probe) {
      this.pool = pool;
      this.member = member;
      this.probe = probe;
    }

    public EndpointClient client() {
      return member.client;
    }

    @Override
    public void attempted(AttemptSignal signal, long latencyNanos) {
      observed = true;
      long now = System.nanoTime();
      member.breaker.observe(signal, now);
      if (member.adaptive) {
        member.limit.observe(signal, latencyNanos, now);
      }
    }

    @Override
    public boolean retryAllowed() {
      boolean allowed = member.breaker.state(System.nanoTime()) != CircuitBreaker.State.OPEN;
      if (!allowed) {
        cutShort = true;
      }
      return allowed;
    }

    /** Whether the call on this lease stopped retrying because the endpoint's circuit opened. */
    public boolean cutShort() {
      return cutShort;
    }

    public synchronized void release() {
      if (!released) {
        released = true;
        if (probe && !observed) {
          // A half-open probe that never reached the endpoint (send threw, request did not
          // build) must give its slot back, or the circuit would stay half-open with no probe.
          member.breaker.probeAbandoned();
        }
        pool.release(member);
      }
    }
  }
}
