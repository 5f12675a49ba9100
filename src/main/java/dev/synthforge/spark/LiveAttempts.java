package dev.synthforge.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.ParentNotDirectoryException;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running attempts of one fan-out partition, seen through marker files in the partition's
 * journal directory, so that one attempt at a time sends the partition's requests.
 *
 * <p>Spark runs two attempts of a partition at once when it retries a stage while the stage's
 * first attempt still runs (an executor died with shuffle output the stage reads, and a task of
 * the old attempt on another executor goes on), and when speculation is on. An attempt that read
 * the journal and began sending beside a live one would pay again for every request the other
 * still has in flight or to send. So each attempt keeps a marker, rewritten every heartbeat, for
 * as long as it runs; before it reads the journal, an attempt waits until every older attempt of
 * its application (a smaller task attempt id) has removed its marker, having journaled all it
 * was answered, or has left it unchanged for the stale period, its JVM dead. Older attempts never
 * wait for newer ones, so two attempts never wait for each other.
 */
final class LiveAttempts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveAttempts.class);
  private static final String SUFFIX = ".live";
  private static final String ATTEMPT = ".attempt-";
  private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "synthforge-fan-out-heartbeat");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * How often markers are rewritten, how long a marker may stay unchanged before its attempt is
   * taken for dead, and how often a waiting attempt looks again.
   */
  record Timing(Duration heartbeat, Duration stale, Duration poll) {
    /** A missed heartbeat or two (a long GC pause, a slow write) is not taken for a death. */
    static final Timing DEFAULT = new Timing(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(500));

    Timing {
      Objects.requireNonNull(heartbeat, "heartbeat");
      Objects.requireNonNull(stale, "stale");
      Objects.requireNonNull(poll, "poll");
      if (stale.compareTo(heartbeat.multipliedBy(2)) < 0) {
        throw new IllegalArgumentException("Cannot use a stale period of " + stale
            + ": it must be at least two heartbeats (" + heartbeat + ")");
      }
    }
  }

  private final FileSystem fs;
  private final Path directory;
  private final Path marker;
  private final String application;
  private final long attemptId;
  private final Timing timing;
  private ScheduledFuture<?> heartbeat;
  private long beats;
  private boolean closed;

  private LiveAttempts(FileSystem fs, Path directory, String application, long attemptId, Timing timing) {
    this.fs = fs;
    this.directory = directory;
    this.marker = new Path(directory, markerName(application, attemptId));
    this.application = application;
    this.attemptId = attemptId;
    this.timing = timing;
  }

  private synchronized LiveAttempts start() throws IOException {
    write(true);
    long period = timing.heartbeat().toMillis();
    heartbeat = HEARTBEATS.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    return this;
  }

  /** Marks attempt {@code attemptId} of {@code application} as running in {@code directory}. */
  static LiveAttempts announce(Path directory, Configuration configuration, String application, long attemptId, Timing timing) {
    try {
      return new LiveAttempts(directory.getFileSystem(configuration), directory, application, attemptId, timing).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot mark fan-out attempt " + attemptId + " as running in " + directory, e);
    }
  }

  static String markerName(String application, long attemptId) {
    if (application.isEmpty() || application.contains("/")) {
      throw new IllegalArgumentException("Cannot name a marker for application id '" + application + "'");
    }
    return application + ATTEMPT + attemptId + SUFFIX;
  }

  /**
   * Returns once no older attempt of this application runs for the partition.
   *
   * @param checkCancelled run at every look; throws to stop waiting (the task was killed)
   */
  void awaitOlder(Runnable checkCancelled) {
    Map<Path, Long> lastModified = new HashMap<>();
    Map<Path, Long> lastChangeNanos = new HashMap<>();
    long start = System.nanoTime();
    boolean logged = false;
    while (true) {
      checkCancelled.run();
      Map<Long, Path> running = new TreeMap<>();
      long now = System.nanoTime();
      for (FileStatus file : listMarkers()) {
        Long older = olderAttempt(file.getPath().getName());
        if (older == null) {
          continue;
        }
        Long before = lastModified.put(file.getPath(), file.getModificationTime());
        if (before == null || before != file.getModificationTime()) {
          lastChangeNanos.put(file.getPath(), now);
        }
        if (now - lastChangeNanos.get(file.getPath()) < timing.stale().toNanos()) {
          running.put(older, file.getPath());
        }
      }
      if (running.isEmpty()) {
        if (logged) {
          LOG.info("Fan-out attempt {} in {} goes on after {} ms: no older attempt runs now",
              attemptId, directory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        return;
      }
      if (!logged) {
        LOG.info("Fan-out attempt {} in {} waits for older attempt(s) {} to end before it reads their journal",
            attemptId, directory, running.keySet());
        logged = true;
      }
      sleep(checkCancelled);
    }
  }

  /** Stops the heartbeat and removes the marker: this attempt sends nothing more. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    heartbeat.cancel(false);
    try {
      fs.delete(marker, false);
    } catch (IOException e) {
      LOG.warn("Cannot remove the marker {} of a finished fan-out attempt; newer attempts wait until it goes stale: {}",
          marker, e.toString());
    }
  }

  /** The attempt id of an older attempt of this application, or null for any other file. */
  private Long olderAttempt(String name) {
    String prefix = application + ATTEMPT;
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) {
      return null;
    }
    try {
      long other = Long.parseLong(name.substring(prefix.length(), name.length() - SUFFIX.length()));
      return other < attemptId ? other : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private FileStatus[] listMarkers() {
    try {
      return fs.listStatus(directory, path -> path.getName().endsWith(SUFFIX));
    } catch (FileNotFoundException e) {
      return new FileStatus[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the running fan-out attempts in " + directory, e);
    }
  }

  private void sleep(Runnable checkCancelled) {
    try {
      Thread.sleep(timing.poll().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      checkCancelled.run();
      throw new IllegalStateException("Cannot wait for older fan-out attempts in " + directory + ": interrupted", e);
    }
  }

  private synchronized void beat() {
    if (closed) {
      return;
    }
    try {
      write(false);
    } catch (FileNotFoundException | ParentNotDirectoryException e) {
      // The driver cleared the run's journal: the fan-out is over, and nothing waits for this attempt.
      heartbeat.cancel(false);
    } catch (IOException e) {
      LOG.warn("Cannot rewrite the marker {} of a running fan-out attempt: {}", marker, e.toString());
    }
  }

  /** Rewrites the marker; only the first write may create the directory, never a cleared one. */
  private void write(boolean first) throws IOException {
    byte[] content = (attemptId + " " + beats++ + "\n").getBytes(StandardCharsets.UTF_8);
    try (FSDataOutputStream out = first ? fs.create(marker, true)
        : fs.createNonRecursive(marker, true, 4096, fs.getDefaultReplication(marker), fs.getDefaultBlockSize(marker), null)) {
      out.write(content);
    }
  }
}
