package dev.synthforge.endpoint;

import dev.synthforge.core.generation.ErrorClass;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Streams tasks through an {@link EndpointPool}: keeps as many calls in flight as the pool
 * admits, and yields results as they arrive, in completion order. A call that failed on one
 * endpoint with a transient error is sent again on another when its task asks for it. Nothing is
 * held beyond the in-flight window: calls in flight plus answers not yet taken never exceed the
 * slots the pool admitted (one more at most, when an answer lands between the check and the
 * send), so a partition of any size runs in bounded memory, and a task that dies loses no more
 * answers than that.
 *
 * <p>Used from one thread (a Spark task); callbacks arrive on HTTP client threads.
 */
public final class StreamingFanOut<O> implements Iterator<O> {
  private static final long WAIT_SLICE_MILLIS = 20;

  private final Iterator<? extends FanOutTask<O>> input;
  private final EndpointPool pool;
  private final long deadlineNanos;
  private final long endpointWaitNanos;
  private final LinkedBlockingQueue<Completion<O>> completed = new LinkedBlockingQueue<>();
  private final Deque<FanOutTask<O>> failovers = new ArrayDeque<>();
  private FanOutTask<O> held;
  private int pending;
  private O next;

  private record Completion<O>(FanOutTask<O> task, O result) {}

  /** Without a deadline; waits up to five minutes for a healthy endpoint. */
  public StreamingFanOut(Iterator<? extends FanOutTask<O>> input, EndpointPool pool) {
    this(input, pool, Long.MAX_VALUE, TimeUnit.MINUTES.toNanos(5));
  }

  /**
   * @param deadlineNanos {@link System#nanoTime()} after which no call is sent
   * @param endpointWaitNanos how long tasks wait while every endpoint's circuit is open
   */
  public StreamingFanOut(
      Iterator<? extends FanOutTask<O>> input, EndpointPool pool, long deadlineNanos, long endpointWaitNanos) {
    this.input = input;
    this.pool = pool;
    this.deadlineNanos = deadlineNanos;
    this.endpointWaitNanos = endpointWaitNanos;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public O next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    O result = next;
    next = null;
    return result;
  }

  private O advance() {
    try {
      while (true) {
        Completion<O> done = completed.poll();
        if (done != null) {
          pending--;
          Optional<FanOutTask<O>> again = done.task().failover(done.result());
          if (again.isPresent() && pool.hasOtherThan(again.get().excluded())) {
            failovers.addLast(again.get());
            continue;
          }
          return done.result();
        }
        if (fill()) {
          continue;
        }
        if (pending == 0) {
          if (held == null) {
            return null;
          }
          EndpointPool.Lease lease = pool.acquire(held.estimatedTokens(), held.excluded(), WAIT_SLICE_MILLIS);
          if (lease != null) {
            FanOutTask<O> task = held;
            held = null;
            send(task, lease);
          }
          continue;
        }
        // Wake now and then: slots freed by other tasks of this JVM do not signal this queue.
        done = completed.poll(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS);
        if (done != null) {
          completed.add(done);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Cannot finish the fan-out: the task was interrupted", e);
    }
  }

  /** Starts calls while the pool admits them; true if a result was queued without a call. */
  private boolean fill() {
    while (true) {
      if (held == null) {
        held = failovers.isEmpty() ? (input.hasNext() ? input.next() : null) : failovers.pollFirst();
        if (held == null) {
          return false;
        }
      }
      FanOutTask<O> task = held;
      Optional<O> decided = task.decided();
      if (decided.isPresent()) {
        return queueWithoutCall(task, decided.get());
      }
      if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
        return queueWithoutCall(task, task.notSent(ErrorClass.DEADLINE_EXCEEDED,
            "the run's deadline (run.deadline) passed before this request was sent"));
      }
      if (!completed.isEmpty()) {
        // An answer arrived while this loop was sending: its slot is free again, but the task
        // takes the answer first, so sent-but-not-taken calls never outnumber the slots.
        return false;
      }
      EndpointPool.Lease lease = pool.tryAcquire(task.estimatedTokens(), task.excluded());
      if (lease == null) {
        if (pool.unhealthyNanos(task.excluded()) > endpointWaitNanos) {
          return queueWithoutCall(task, task.notSent(ErrorClass.NO_HEALTHY_ENDPOINT,
              "every endpoint's circuit stayed open longer than run.endpoint-wait"));
        }
        return false;
      }
      held = null;
      send(task, lease);
    }
  }

  private boolean queueWithoutCall(FanOutTask<O> task, O result) {
    held = null;
    pending++;
    completed.add(new Completion<>(task, result));
    return true;
  }

  private void send(FanOutTask<O> task, EndpointPool.Lease lease) {
    pending++;
    CompletableFuture<O> call;
    try {
      call = task.send(lease);
    } catch (RuntimeException error) {
      lease.release();
      completed.add(new Completion<>(task, task.failed(error)));
      return;
    }
    call.whenComplete(
        (result, error) -> {
          lease.release();
          if (error == null && result != null) {
            completed.add(new Completion<>(task, result));
          } else {
            Throwable cause = error != null ? error : new IllegalStateException("the call completed with no result");
            completed.add(new Completion<>(task, task.failed(cause)));
          }
        });
  }
}
