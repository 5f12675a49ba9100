package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One attempt of a fan-out partition sends at a time: newer attempts wait for older live ones. */
class LiveAttemptsTest {
  private static final String APP = "app-20261207-0001";
  /** Heartbeats far more often than the stale period, so a loaded machine never misses enough. */
  private static final LiveAttempts.Timing TIMING =
      new LiveAttempts.Timing(Duration.ofMillis(50), Duration.ofSeconds(2), Duration.ofMillis(20));
  /** A stale period no test waits out: an attempt that waits on a marker here never returns in time. */
  private static final LiveAttempts.Timing PATIENT =
      new LiveAttempts.Timing(Duration.ofMillis(50), Duration.ofMinutes(10), Duration.ofMillis(20));
  private static final Runnable NEVER_CANCELLED = () -> {};

  @TempDir java.nio.file.Path dir;

  private Path partition() {
    return new Path(dir.toUri().toString(), "run=r/part=3");
  }

  private LiveAttempts announce(long attemptId, LiveAttempts.Timing timing) {
    return LiveAttempts.announce(partition(), new Configuration(), APP, attemptId, timing);
  }

  @Test
  void aNewerAttemptWaitsWhileAnOlderOneRunsLongerThanTheStalePeriod() throws Exception {
    try (LiveAttempts older = announce(7, TIMING); LiveAttempts newer = announce(9, TIMING)) {
      CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> newer.awaitOlder(NEVER_CANCELLED));

      // Twice the stale period: the older attempt's heartbeats keep it alive all along.
      Thread.sleep(2 * TIMING.stale().toMillis());
      assertThat(waiting).as("newer attempt still waiting while the older one beats").isNotDone();

      older.close();
      waiting.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void anOlderAttemptNeverWaitsForANewerOne() throws Exception {
    try (LiveAttempts newer = announce(9, PATIENT); LiveAttempts older = announce(7, PATIENT)) {
      CompletableFuture.runAsync(() -> older.awaitOlder(NEVER_CANCELLED)).get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aMarkerThatStopsChangingIsTakenForADeadAttempt() throws Exception {
    // What a JVM killed mid-task leaves behind: a marker nobody rewrites.
    java.nio.file.Path marker = dir.resolve("run=r/part=3").resolve(LiveAttempts.markerName(APP, 4));
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, "4 0\n");
    LiveAttempts.Timing quick = new LiveAttempts.Timing(Duration.ofMillis(50), Duration.ofMillis(500), Duration.ofMillis(20));
    try (LiveAttempts retry = announce(5, quick)) {
      long start = System.nanoTime();
      CompletableFuture.runAsync(() -> retry.awaitOlder(NEVER_CANCELLED)).get(30, TimeUnit.SECONDS);
      assertThat(System.nanoTime() - start).as("waited at least the stale period")
          .isGreaterThanOrEqualTo(quick.stale().toNanos());
    }
  }

  @Test
  void markersOfOtherApplicationsAndOtherFilesAreIgnored() throws Exception {
    java.nio.file.Path directory = dir.resolve("run=r/part=3");
    Files.createDirectories(directory);
    // A driver that died before: its run is recovered from its chunks, never waited for.
    Files.writeString(directory.resolve(LiveAttempts.markerName("app-20261206-0007", 1)), "1 0\n");
    Files.writeString(directory.resolve("attempt-2-0.chunk"), "not a marker");
    Files.writeString(directory.resolve(APP + ".attempt-x.live"), "not an attempt id");
    try (LiveAttempts attempt = announce(5, PATIENT)) {
      CompletableFuture.runAsync(() -> attempt.awaitOlder(NEVER_CANCELLED)).get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aKilledTaskStopsWaiting() {
    AtomicInteger looks = new AtomicInteger();
    Runnable killedAtTheThirdLook = () -> {
      if (looks.incrementAndGet() == 3) {
        throw new IllegalStateException("task killed (test)");
      }
    };
    try (LiveAttempts older = announce(1, TIMING); LiveAttempts newer = announce(2, TIMING)) {
      assertThatThrownBy(() -> newer.awaitOlder(killedAtTheThirdLook)).hasMessage("task killed (test)");
      assertThat(looks).hasValue(3);
    }
  }

  @Test
  void closingRemovesTheMarkerAndAClearedJournalIsNotWrittenAgain() throws Exception {
    java.nio.file.Path directory = dir.resolve("run=r/part=3");
    try (LiveAttempts attempt = announce(1, TIMING)) {
      assertThat(directory.resolve(LiveAttempts.markerName(APP, 1))).exists();
      attempt.close();
      assertThat(directory.resolve(LiveAttempts.markerName(APP, 1))).doesNotExist();
    }
    try (LiveAttempts attempt = announce(2, TIMING)) {
      // The driver deletes the run's journal when the fan-out has ended; a late heartbeat must not
      // bring the folder back.
      Path run = new Path(dir.toUri().toString(), "run=r");
      run.getFileSystem(new Configuration()).delete(run, true);
      Thread.sleep(10 * TIMING.heartbeat().toMillis());
      assertThat(dir.resolve("run=r")).doesNotExist();
    }
  }

  @Test
  void theStalePeriodMustOutlastTwoHeartbeats() {
    assertThatThrownBy(() -> new LiveAttempts.Timing(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot use a stale period of PT3S: it must be at least two heartbeats (PT2S)");
  }

  @Test
  void anApplicationIdThatCannotNameAFileIsRefused() {
    assertThatThrownBy(() -> LiveAttempts.markerName("a/b", 1))
        .hasMessage("Cannot name a marker for application id 'a/b': it must be non-empty and name no folder");
  }

  @Test
  void aTimingOfZeroIsRefused() {
    assertThatThrownBy(() -> new LiveAttempts.Timing(Duration.ZERO, Duration.ofSeconds(3), Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot use a heartbeat timing of PT0S: it must be at least 1 ms");
  }
}
