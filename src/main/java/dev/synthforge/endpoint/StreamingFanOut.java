package dev.synthforge.endpoint;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Streams tasks through an {@link EndpointPool}: keeps as many calls in flight as the pool has
 * slots, and yields results as they arrive, in completion order. Nothing is held beyond the
 * in-flight window, so a partition of any size runs in bounded memory.
 *
 * <p>Used from one thread (a Spark task); callbacks arrive on HTTP client threads.
 */
public final class StreamingFanOut<O> implements Iterator<O> {
  private static final long WAIT_SLICE_MILLIS = 50;

  private final Iterator<? extends FanOutTask<O>> input;
  private final EndpointPool pool;
  private final LinkedBlockingQueue<O> completed = new LinkedBlockingQueue<>();
  private int pending;
  private O next;

  public StreamingFanOut(Iterator<? extends FanOutTask<O>> input, EndpointPool pool) {
    this.input = input;
    this.pool = pool;
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
        O ready = completed.poll();
        if (ready != null) {
          pending--;
          return ready;
        }
        if (fill()) {
          continue;
        }
        if (pending == 0) {
          if (!input.hasNext()) {
            return null;
          }
          // Another task of this JVM holds every slot: wait for one.
          EndpointPool.Lease lease = pool.acquire(WAIT_SLICE_MILLIS);
          if (lease != null) {
            send(input.next(), lease);
          }
          continue;
        }
        O arrived = completed.take();
        pending--;
        return arrived;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Cannot finish the fan-out: the task was interrupted", e);
    }
  }

  /** Starts calls while slots are free; true if a decided result was queued. */
  private boolean fill() {
    while (input.hasNext()) {
      EndpointPool.Lease lease = pool.tryAcquire();
      if (lease == null) {
        return false;
      }
      FanOutTask<O> task = input.next();
      var decided = task.decided();
      if (decided.isPresent()) {
        lease.release();
        pending++;
        completed.add(decided.get());
        return true;
      }
      send(task, lease);
    }
    return false;
  }

  private void send(FanOutTask<O> task, EndpointPool.Lease lease) {
    var decided = task.decided();
    pending++;
    if (decided.isPresent()) {
      lease.release();
      completed.add(decided.get());
      return;
    }
    java.util.concurrent.CompletableFuture<O> call;
    try {
      call = task.send(lease.client());
    } catch (RuntimeException error) {
      lease.release();
      completed.add(task.failed(error));
      return;
    }
    call.whenComplete(
        (result, error) -> {
          lease.release();
          // A null result cannot be queued: it would be lost, and the fan-out would wait forever.
          completed.add(error == null && result != null ? result
              : task.failed(error != null ? error : new IllegalStateException("the call completed without a result")));
        });
  }
}
