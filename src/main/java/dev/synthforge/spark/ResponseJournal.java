package dev.synthforge.spark;

import dev.synthforge.core.lineage.PlannedSample;
import dev.synthforge.core.lineage.RunContext;
import dev.synthforge.core.lineage.SampleResult;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkEnv;
import scala.Tuple2;

/**
 * Durable record of responses as they arrive, so that no response is paid for twice.
 *
 * <p>Each fan-out task appends its results in small chunks (every {@value #CHUNK_ROWS} rows or
 * {@value #CHUNK_MILLIS} ms), each written to a temporary name and renamed when complete, under
 * {@code <root>/run=<id>/part=<partition>/}. A retried attempt of the task reads the chunks of the
 * attempts before it and reuses their responses instead of sending those requests again; the next
 * run merges the chunks of a run whose driver died. An attempt reads the journal only once no
 * older attempt of its partition runs ({@link LiveAttempts}). So only requests in flight, plus
 * results not yet in a chunk, can be sent twice: at most max-concurrency plus {@value #CHUNK_ROWS}
 * per running task.
 */
final class ResponseJournal {
  static final int CHUNK_ROWS = 64;
  static final long CHUNK_MILLIS = 1000;
  private static final String CHUNK_SUFFIX = ".chunk";

  private ResponseJournal() {}

  /** One journaled response. */
  record Entry(PlannedSample sample, SampleResult result, long createdAtMillis) implements Serializable {}

  /**
   * A chunk as written: the run's lineage, its entries, and the request ids sent since the chunk
   * before (answered or not), so that a later attempt can tell which requests it sends again.
   */
  record Chunk(RunContext run, List<Entry> entries, List<String> dispatched) implements Serializable {}

  /**
   * What earlier attempts journaled for a partition.
   *
   * @param entries answered requests, by request id
   * @param unanswered requests they sent with no journaled answer: sending one again is a re-send
   */
  record Journaled(Map<String, Entry> entries, Set<String> unanswered) {}

  static Path runDirectory(String root, String runId) {
    return new Path(root, "run=" + runId);
  }

  static Path partitionDirectory(String root, String runId, int partition) {
    return new Path(runDirectory(root, runId), "part=" + partition);
  }

  /** A Hadoop configuration on an executor or the driver, with the job's spark.hadoop.* settings. */
  static Configuration hadoopConfiguration() {
    Configuration configuration = new Configuration();
    SparkEnv env = SparkEnv.get();
    if (env != null) {
      for (Tuple2<String, String> setting : env.conf().getAll()) {
        if (setting._1().startsWith("spark.hadoop.")) {
          configuration.set(setting._1().substring("spark.hadoop.".length()), setting._2());
        }
      }
    }
    return configuration;
  }

  /** Everything journaled for a partition by earlier attempts. */
  static Journaled read(Path partitionDirectory) {
    Map<String, Entry> entries = new HashMap<>();
    Set<String> dispatched = new HashSet<>();
    try {
      FileSystem fs = partitionDirectory.getFileSystem(hadoopConfiguration());
      if (!fs.exists(partitionDirectory)) {
        return new Journaled(entries, dispatched);
      }
      for (FileStatus file : fs.listStatus(partitionDirectory)) {
        if (file.getPath().getName().endsWith(CHUNK_SUFFIX)) {
          Chunk chunk = readChunk(fs, file.getPath());
          dispatched.addAll(chunk.dispatched());
          for (Entry entry : chunk.entries()) {
            entries.put(entry.sample().requestId(), entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the response journal at " + partitionDirectory, e);
    }
    dispatched.removeAll(entries.keySet());
    return new Journaled(entries, dispatched);
  }

  static Chunk readChunk(FileSystem fs, Path chunk) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(fs.open(chunk))) {
      return (Chunk) in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("Cannot read journal chunk " + chunk + ": " + e.getMessage(), e);
    }
  }

  /** Appends a task attempt's results to the journal, one complete chunk at a time. */
  static final class Writer implements AutoCloseable {
    private final FileSystem fs;
    private final Path directory;
    private final String attempt;
    private final RunContext run;
    private final List<Entry> pending = new ArrayList<>();
    private final List<String> dispatched = new ArrayList<>();
    private long pendingSince = System.currentTimeMillis();
    private int chunks;

    Writer(Path directory, long taskAttemptId, RunContext run) {
      try {
        this.fs = directory.getFileSystem(hadoopConfiguration());
        fs.mkdirs(directory);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot open the response journal at " + directory, e);
      }
      this.directory = directory;
      this.attempt = "attempt-" + taskAttemptId;
      this.run = run;
    }

    /** Notes that a request was sent; written with the next chunk. */
    void dispatched(String requestId) {
      dispatched.add(requestId);
    }

    void append(Entry entry) {
      pending.add(entry);
      if (pending.size() >= CHUNK_ROWS || System.currentTimeMillis() - pendingSince >= CHUNK_MILLIS) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty() && dispatched.isEmpty()) {
        pendingSince = System.currentTimeMillis();
        return;
      }
      Path target = new Path(directory, attempt + "-" + (chunks++) + CHUNK_SUFFIX);
      Path temporary = new Path(directory, "_" + target.getName() + ".tmp");
      try {
        try (FSDataOutputStream stream = fs.create(temporary, true);
            ObjectOutputStream out = new ObjectOutputStream(stream)) {
          out.writeObject(new Chunk(run, List.copyOf(pending), List.copyOf(dispatched)));
        }
        if (!fs.rename(temporary, target)) {
          throw new IOException("rename to " + target + " failed");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the response journal chunk " + target, e);
      }
      pending.clear();
      dispatched.clear();
      pendingSince = System.currentTimeMillis();
    }

    @Override
    public void close() {
      flush();
    }

    /**
     * Writes what is pending as an attempt ends early (failed or killed), unless the driver has
     * cleared the run's journal: its fan-out is over, and a chunk would only bring the folder back.
     */
    void closeUnlessCleared() {
      try {
        if (!fs.exists(directory)) {
          pending.clear();
          dispatched.clear();
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the response journal at " + directory, e);
      }
      close();
    }
  }
}
