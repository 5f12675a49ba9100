package dev.synthforge.spark;

import dev.synthforge.config.SeedFormat;
import dev.synthforge.config.SeedsConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.mix.SeedPin;
import dev.synthforge.core.mix.TablePin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Pins the inputs of a mix and reads them at their pins: Delta tables and Delta seed sources by
 * version (time travel), seed files by a SHA-256 over their names and bytes.
 */
final class MixInputs {
  private final SparkSession spark;

  MixInputs(SparkSession spark) {
    this.spark = spark;
  }

  /** The seeds of a config as they are now. */
  SeedPin pinSeeds(SeedsConfig config) {
    SeedReader.Seeds seeds = SeedReader.read(spark, config);
    String format = config.format().name().toLowerCase(Locale.ROOT);
    if (config.table().isPresent()) {
      if (seeds.tableVersion() == null) {
        throw Errors.userError("pin the seeds of the mix", "table " + config.table().get()
            + " is not a Delta table, so no version of it can be read again; use a Delta table or a file");
      }
      return new SeedPin(SeedPin.DELTA_TABLE, config.table().get(), "delta", OptionalLong.of(seeds.tableVersion()),
          Optional.empty(), config.idColumn(), config.textColumn(), config.attributes(), config.limit());
    }
    String path = config.path().orElseThrow();
    if (seeds.tableVersion() != null) {
      return new SeedPin(SeedPin.DELTA_PATH, path, "delta", OptionalLong.of(seeds.tableVersion()), Optional.empty(),
          config.idColumn(), config.textColumn(), config.attributes(), config.limit());
    }
    return new SeedPin(SeedPin.FILE, path, format, OptionalLong.empty(), Optional.of(contentHash(path)),
        config.idColumn(), config.textColumn(), config.attributes(), config.limit());
  }

  /** The seed rows at their pin; files whose content changed since are refused. */
  Dataset<Row> readSeeds(SeedPin pin) {
    Dataset<Row> rows;
    switch (pin.kind()) {
      case SeedPin.DELTA_TABLE -> rows = spark.sql("SELECT * FROM " + pin.source() + " VERSION AS OF " + pin.version().getAsLong());
      case SeedPin.DELTA_PATH -> rows = spark.read().format("delta")
          .option("versionAsOf", pin.version().getAsLong()).load(pin.source());
      case SeedPin.FILE -> {
        String now = contentHash(pin.source());
        if (!now.equals(pin.contentHash().orElse(""))) {
          throw Errors.userError("read the seeds of the mix from " + pin.source(),
              "their content changed since the manifest was written (sha256 " + now + ", pinned "
                  + pin.contentHash().orElse("none") + "); restore the files, or build a new mix");
        }
        SeedsConfig config = new SeedsConfig(Optional.of(pin.source()), Optional.empty(),
            SeedFormat.valueOf(pin.format().toUpperCase(Locale.ROOT)), pin.idColumn(), pin.textColumn(),
            pin.attributes(), Integer.MAX_VALUE, 0);
        rows = SeedReader.read(spark, config).rows();
      }
      default -> throw Errors.userError("read the seeds of the mix", "unknown seed kind '" + pin.kind() + "'");
    }
    return pin.limit() > 0 ? rows.limit((int) Math.min(Integer.MAX_VALUE, pin.limit())) : rows;
  }

  /** A table's current version. */
  TablePin pin(String qualifiedName) {
    return new TablePin(qualifiedName, DeltaTables.version(spark, qualifiedName));
  }

  /** A table at its pinned version. */
  Dataset<Row> read(TablePin pin) {
    return spark.sql("SELECT * FROM " + pin.table() + " VERSION AS OF " + pin.version());
  }

  /** SHA-256 over the relative names and bytes of the files under {@code path}, in name order. */
  String contentHash(String path) {
    try {
      Path root = new Path(path);
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      List<FileStatus> files = new ArrayList<>();
      collect(fs, fs.getFileStatus(root), files);
      files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      String prefix = fs.getFileStatus(root).getPath().toString();
      for (FileStatus file : files) {
        digest.update(file.getPath().toString().substring(prefix.length()).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try (InputStream in = fs.open(file.getPath())) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw Errors.unreadableSeeds(path, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(FileSystem fs, FileStatus status, List<FileStatus> files) throws IOException {
    if (status.isFile()) {
      files.add(status);
      return;
    }
    for (FileStatus child : fs.listStatus(status.getPath())) {
      String name = child.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_")) {
        collect(fs, child, files);
      }
    }
  }
}
