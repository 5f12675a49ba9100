package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import io.delta.exceptions.ConcurrentAppendException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommitRetriesTest {

  @Test
  void aCommitThatLosesToAConcurrentWriterRunsAgain() {
    AtomicInteger calls = new AtomicInteger();
    CommitRetries.run("merge", () -> {
      if (calls.incrementAndGet() < 3) {
        throw new ConcurrentAppendException("files were added by a concurrent update");
      }
    });
    assertThat(calls).hasValue(3);
  }

  @Test
  void itGivesUpAfterItsAttemptsWithAnExternalError() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> CommitRetries.run("merge staged rows into t", () -> {
      calls.incrementAndGet();
      throw new ConcurrentAppendException("files were added by a concurrent update");
    }))
        .isInstanceOfSatisfying(SynthforgeException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.EXTERNAL))
        .hasMessageStartingWith("Cannot merge staged rows into t: a concurrent writer kept winning the commit after 5"
            + " attempts: ");
    assertThat(calls).hasValue(CommitRetries.ATTEMPTS);
  }

  @Test
  void otherErrorsAreNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> CommitRetries.run("merge", () -> {
      calls.incrementAndGet();
      throw new IllegalStateException("disk full");
    })).hasMessage("disk full");
    assertThat(calls).hasValue(1);
  }
}
