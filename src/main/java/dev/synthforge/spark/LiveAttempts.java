package dev.synthforge.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attempts of one fan-out partition that may still send requests, seen through marker files
 * in the partition's journal folder, so that one attempt at a time sends the partition's requests.
 *
 * <p>Spark runs two attempts of a partition at once when it retries a stage while the stage's
 * first attempt still runs (an executor died with shuffle output the stage reads, and a task of
 * the old attempt goes on elsewhere), and when speculation is on. An attempt that read the
 * journal and began sending beside a live one would pay again for every request the other still
 * has in flight or to send. So each attempt keeps an {@link AttemptMarker} until it stops sending;
 * before it reads the journal, an attempt waits until every older attempt of its application (a
 * smaller task attempt id) has removed its marker, having journaled what it was answered, or has
 * left it unchanged for the stale period (its JVM died). Older attempts never wait for newer
 * ones, so two attempts never wait for each other.
 */
final class LiveAttempts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveAttempts.class);
  private static final String SUFFIX = ".live";
  private static final String ATTEMPT = ".attempt-";

  /**
   * How often markers are rewritten, how long a marker may stay unchanged before its attempt is
   * taken for dead, and how often a waiting attempt looks again.
   */
  record Timing(Duration heartbeat, Duration stale, Duration poll) {
    /** A missed heartbeat or four (a long GC pause, a slow write) is not taken for a death. */
    static final Timing DEFAULT = new Timing(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(500));

    Timing {
      for (Duration duration : new Duration[] {
          Objects.requireNonNull(heartbeat, "heartbeat"), Objects.requireNonNull(stale, "stale"),
          Objects.requireNonNull(poll, "poll")}) {
        if (duration.toMillis() <= 0) {
          throw new IllegalArgumentException("Cannot use a heartbeat timing of " + duration + ": it must be at least 1 ms");
        }
      }
      if (stale.compareTo(heartbeat.multipliedBy(2)) < 0) {
        throw new IllegalArgumentException("Cannot use a stale period of " + stale
            + ": it must be at least two heartbeats (" + heartbeat + ")");
      }
    }
  }

  private final FileSystem fs;
  private final Path directory;
  private final String application;
  private final long attemptId;
  private final Timing timing;
  private final AttemptMarker marker;

  private LiveAttempts(FileSystem fs, Path directory, String application, long attemptId, Timing timing)
      throws IOException {
    this.fs = fs;
    this.directory = directory;
    this.application = application;
    this.attemptId = attemptId;
    this.timing = timing;
    this.marker = AttemptMarker.create(fs, new Path(directory, markerName(application, attemptId)), timing.heartbeat());
  }

  /** Marks attempt {@code attemptId} of {@code application} as sending for the partition of {@code directory}. */
  static LiveAttempts announce(Path directory, Configuration configuration, String application, long attemptId, Timing timing) {
    try {
      return new LiveAttempts(directory.getFileSystem(configuration), directory, application, attemptId, timing);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot mark fan-out attempt " + attemptId + " as running in " + directory
          + ": " + e.getMessage(), e);
    }
  }

  static String markerName(String application, long attemptId) {
    if (application.isEmpty() || application.contains("/")) {
      throw new IllegalArgumentException("Cannot name a marker for application id '" + application
          + "': it must be non-empty and name no folder");
    }
    return application + ATTEMPT + attemptId + SUFFIX;
  }

  /**
   * Returns once no older attempt of this application may send for the partition.
   *
   * @param checkCancelled run at every look; throws to stop waiting (the task was killed)
   */
  void awaitOlder(Runnable checkCancelled) {
    Map<Path, Long> lastModified = new HashMap<>();
    Map<Path, Long> lastChangeNanos = new HashMap<>();
    long start = System.nanoTime();
    boolean waited = false;
    while (true) {
      checkCancelled.run();
      TreeSet<Long> running = new TreeSet<>();
      long now = System.nanoTime();
      for (FileStatus file : listMarkers()) {
        long older = olderAttempt(file.getPath().getName());
        if (older < 0) {
          continue;
        }
        Long before = lastModified.put(file.getPath(), file.getModificationTime());
        if (before == null || before != file.getModificationTime()) {
          lastChangeNanos.put(file.getPath(), now);
        }
        if (now - lastChangeNanos.get(file.getPath()) < timing.stale().toNanos()) {
          running.add(older);
        }
      }
      if (running.isEmpty()) {
        if (waited) {
          LOG.info("Fan-out attempt {} in {} goes on after {} ms: no older attempt sends now",
              attemptId, directory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return;
      }
      if (!waited) {
        LOG.info("Fan-out attempt {} in {} waits for older attempt(s) {} to stop sending before it reads their journal",
            attemptId, directory, running);
        waited = true;
      }
      sleep(checkCancelled);
    }
  }

  /** This attempt sends nothing more: newer attempts may go on. */
  @Override
  public void close() {
    marker.remove();
  }

  /** The attempt id of an older attempt of this application, or -1 for any other file. */
  private long olderAttempt(String name) {
    String prefix = application + ATTEMPT;
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) {
      return -1;
    }
    try {
      long other = Long.parseLong(name.substring(prefix.length(), name.length() - SUFFIX.length()));
      return other < attemptId ? other : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private FileStatus[] listMarkers() {
    try {
      return fs.listStatus(directory, path -> path.getName().endsWith(SUFFIX));
    } catch (FileNotFoundException e) {
      return new FileStatus[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the running fan-out attempts in " + directory + ": " + e.getMessage(), e);
    }
  }

  private void sleep(Runnable checkCancelled) {
    try {
      Thread.sleep(timing.poll().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      checkCancelled.run();
      throw new IllegalStateException("Cannot wait for older fan-out attempts in " + directory
          + ": the thread was interrupted", e);
    }
  }
}
