package dev.synthforge.spark;

import dev.synthforge.core.errors.Errors;
import java.util.concurrent.ThreadLocalRandom;
import io.delta.exceptions.DeltaConcurrentModificationException;

/**
 * Runs a Delta commit again when a concurrent writer committed first (two runs merging into the
 * same table, a ledger written by several jobs). Every commit wrapped here is idempotent: a merge
 * on a key, an append of a new run's row, a delete by run id.
 */
final class CommitRetries {
  static final int ATTEMPTS = 5;

  private CommitRetries() {}

  static void run(String what, Runnable commit) {
    for (int attempt = 1; ; attempt++) {
      try {
        commit.run();
        return;
      } catch (DeltaConcurrentModificationException conflict) {
        if (attempt >= ATTEMPTS) {
          throw Errors.external(what, "a concurrent writer kept winning the commit after " + ATTEMPTS
              + " attempts: " + Errors.rootMessage(conflict), conflict);
        }
        sleep(attempt);
      }
    }
  }

  private static void sleep(int attempt) {
    long ceiling = Math.min(5_000, 200L << attempt);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a commit", e);
    }
  }
}
