package dev.synthforge.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession every Spark test shares: {@code local[2,3]} (two cores, tasks retried
 * up to three times), Delta, and an embedded metastore in a temporary warehouse.
 */
public final class SparkTestSession {
  private static SparkSession session;
  private static Path warehouse;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      try {
        warehouse = Files.createTempDirectory("synthforge-test-warehouse");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      session = Sessions.start("synthforge-tests", warehouse, "local[2,3]");
    }
    return session;
  }

  /** The shared session's warehouse folder. */
  public static synchronized Path warehouse() {
    get();
    return warehouse;
  }
}
