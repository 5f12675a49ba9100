package dev.synthforge.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marker file of one running fan-out attempt, rewritten every heartbeat by a daemon thread of
 * its own (a slow write for one attempt never delays another's) until the attempt removes it. It
 * is never written again once its folder is gone: the driver cleared the run's journal.
 */
final class AttemptMarker {
  private static final Logger LOG = LoggerFactory.getLogger(AttemptMarker.class);

  private final FileSystem fs;
  private final Path file;
  private final Duration heartbeat;
  private final CountDownLatch removed = new CountDownLatch(1);
  private long beats;

  private AttemptMarker(FileSystem fs, Path file, Duration heartbeat) {
    this.fs = fs;
    this.file = file;
    this.heartbeat = heartbeat;
  }

  /** Writes the marker, creating its folder if needed, and starts its heartbeat. */
  static AttemptMarker create(FileSystem fs, Path file, Duration heartbeat) throws IOException {
    AttemptMarker marker = new AttemptMarker(fs, file, heartbeat);
    marker.write();
    Thread thread = new Thread(marker::beatUntilRemoved, "synthforge-heartbeat-" + file.getName());
    thread.setDaemon(true);
    thread.start();
    return marker;
  }

  /** Stops the heartbeat and deletes the marker; a heartbeat write under way deletes it again. */
  void remove() {
    if (removed.getCount() == 0) {
      return;
    }
    removed.countDown();
    Interrupts.withFlagCleared(this::delete);
  }

  private void beatUntilRemoved() {
    try {
      while (!removed.await(heartbeat.toMillis(), TimeUnit.MILLISECONDS)) {
        long start = System.nanoTime();
        try {
          if (!fs.exists(file.getParent())) {
            return;
          }
          write();
        } catch (IOException | RuntimeException e) {
          LOG.warn("Cannot rewrite the marker {} of a running fan-out attempt: {}", file, e.toString());
        }
        if (removed.getCount() == 0) {
          delete();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (millis > heartbeat.toMillis()) {
          LOG.warn("Rewriting the marker {} took {} ms, longer than the heartbeat ({})", file, millis, heartbeat);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void write() throws IOException {
    byte[] content = (beats++ + "\n").getBytes(StandardCharsets.UTF_8);
    try (FSDataOutputStream out = fs.create(file, true)) {
      out.write(content);
    }
  }

  private void delete() {
    try {
      fs.delete(file, false);
    } catch (IOException e) {
      LOG.warn("Cannot remove the marker {} of a finished fan-out attempt (newer attempts wait until it goes stale): {}",
          file, e.toString());
    }
  }
}
