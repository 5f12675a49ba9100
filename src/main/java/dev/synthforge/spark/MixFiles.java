package dev.synthforge.spark;

import dev.synthforge.core.errors.Errors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Small text files of a mix (manifests, cards) through the Hadoop file system, so any store works. */
final class MixFiles {
  private MixFiles() {}

  static void write(SparkSession spark, String path, String text) {
    try {
      Path target = new Path(path);
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(target, true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw Errors.external("write " + path, Errors.rootMessage(e), e);
    }
  }

  static String read(SparkSession spark, String path) {
    try {
      Path source = new Path(path);
      FileSystem fs = source.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(source)) {
        throw Errors.userError("read the mix manifest " + path, "no such file");
      }
      try (InputStream in = fs.open(source)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw Errors.userError("read the mix manifest " + path, Errors.rootMessage(e), e);
    }
  }

  /** Renames Spark's part files in {@code dir} with {@code extension} to part-00000.{@code newExtension}, ... */
  static List<String> renameParts(SparkSession spark, String dir, String extension, String newExtension) {
    try {
      Path folder = new Path(dir);
      FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] parts = fs.listStatus(folder, p -> p.getName().startsWith("part-") && p.getName().endsWith(extension));
      Arrays.sort(parts, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      String[] names = new String[parts.length];
      for (int i = 0; i < parts.length; i++) {
        names[i] = String.format("part-%05d.%s", i, newExtension);
        fs.rename(parts[i].getPath(), new Path(folder, names[i]));
      }
      return List.of(names);
    } catch (IOException e) {
      throw Errors.external("name the export files in " + dir, Errors.rootMessage(e), e);
    }
  }
}
