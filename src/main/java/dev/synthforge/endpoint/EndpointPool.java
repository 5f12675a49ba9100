package dev.synthforge.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The endpoints of a job as one JVM sees them, each with its share of the concurrency budget.
 *
 * <p>A caller takes a {@link Lease} before sending and releases it when the answer is in. The
 * lease goes to the endpoint with the fewest requests in flight per unit of weight among those
 * with a free slot, so faster endpoints get more work. Thread-safe; shared by every task in a JVM.
 */
public final class EndpointPool {
  private final List<Member> members;
  private final Semaphore slots;

  /**
   * @param clients the endpoints' clients
   * @param limits each endpoint's slots in this JVM, in the order of {@code clients}
   */
  public EndpointPool(List<EndpointClient> clients, List<Integer> limits) {
    if (clients.isEmpty() || clients.size() != limits.size()) {
      throw new IllegalArgumentException("one limit per client, at least one client");
    }
    List<Member> built = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < clients.size(); i++) {
      int limit = limits.get(i);
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be >= 1: " + limit);
      }
      built.add(new Member(Objects.requireNonNull(clients.get(i)), limit));
      total += limit;
    }
    this.members = List.copyOf(built);
    this.slots = new Semaphore(total, true);
  }

  /** The total slots of this JVM. */
  public int capacity() {
    return members.stream().mapToInt(member -> member.limit).sum();
  }

  /** Requests in flight now, over all endpoints. */
  public int inFlight() {
    return capacity() - slots.availablePermits();
  }

  /** A lease if a slot is free now, else null. */
  public Lease tryAcquire() {
    return slots.tryAcquire() ? assign() : null;
  }

  /** A lease, waiting up to {@code timeoutMillis} for a slot; null on timeout. */
  public Lease acquire(long timeoutMillis) throws InterruptedException {
    return slots.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS) ? assign() : null;
  }

  private synchronized Lease assign() {
    Member best = null;
    double bestLoad = Double.MAX_VALUE;
    for (Member member : members) {
      if (member.inFlight < member.limit) {
        double load = (member.inFlight + 1) / member.client.spec().weight();
        if (load < bestLoad) {
          best = member;
          bestLoad = load;
        }
      }
    }
    if (best == null) {
      slots.release();
      throw new IllegalStateException("slot accounting broken: a slot was free but no endpoint had one");
    }
    best.inFlight++;
    return new Lease(this, best);
  }

  private synchronized void release(Member member) {
    member.inFlight--;
    slots.release();
  }

  private static final class Member {
    final EndpointClient client;
    final int limit;
    int inFlight;

    Member(EndpointClient client, int limit) {
      this.client = client;
      this.limit = limit;
    }
  }

  /** One slot on one endpoint; release it exactly once. */
  public static final class Lease {
    private final EndpointPool pool;
    private final Member member;
    private boolean released;

    private Lease(EndpointPool pool, Member member) {
      this.pool = pool;
      this.member = member;
    }

    public EndpointClient client() {
      return member.client;
    }

    public synchronized void release() {
      if (!released) {
        released = true;
        pool.release(member);
      }
    }
  }
}
