package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import dev.synthforge.core.errors.Errors;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

/**
 * The generations table and its staging area.
 *
 * <p>The fan-out appends its rows to a staging Delta table beside the generations table, in one
 * pass (Spark commits only successful task attempts, so task retries leave no duplicates). The
 * staged rows are then merged into generations on request_id: new ids are inserted, failed rows
 * are replaced, succeeded rows are kept. Rows staged by a run that died before merging are merged
 * by the next run before it plans, so their requests are not paid for twice.
 */
public final class GenerationStore {
  static final String TABLE_COMMENT =
      "synthforge generations: one row per generated sample or recorded failure, with lineage."
          + " Written by the generate job; keyed by request_id.";
  static final String JUDGMENTS_COMMENT =
      "synthforge judgments: one row per judge call of curate (its seed_id is the judged row's"
          + " request_id), with the lineage columns of generations. Written by the curate job (job"
          + " judge); keyed by request_id.";

  private final SparkSession spark;
  private final String table;
  private final String stagingPath;

  private GenerationStore(SparkSession spark, String table, String stagingPath) {
    this.spark = spark;
    this.table = table;
    this.stagingPath = stagingPath;
  }

  /** Opens the store, creating the database and the table on first use. */
  public static GenerationStore open(SparkSession spark, String database, String tableName) {
    return open(spark, database, tableName, "generate");
  }

  /** The fan-out table of {@code job}: generations for generate, judgments for the judge. */
  static GenerationStore open(SparkSession spark, String database, String tableName, String job) {
    boolean judge = job.equals("judge");
    DeltaTables.ensure(spark, database, tableName, TableSchemas.GENERATIONS,
        judge ? JUDGMENTS_COMMENT : TABLE_COMMENT, Map.of(
        "synthforge.table", judge ? "judgments" : "generations",
        "synthforge.written-by", judge ? "curate" : "generate",
        "synthforge.key", "request_id",
        "delta.appendOnly", "false"));
    String qualified = DeltaTables.qualified(database, tableName);
    String location = DeltaTables.location(spark, qualified);
    return new GenerationStore(spark, qualified, location.replaceAll("/+$", "") + "_staging");
  }

  public String table() {
    return table;
  }

  /** Where fan-out tasks journal their responses: beside the staging table. */
  public String journalRoot() {
    return stagingPath + "_journal";
  }

  /**
   * Stages the journaled responses of runs that died before staging them, then forgets those
   * journals. Idempotent: staging the same response twice is harmless, as the merge keeps one.
   *
   * @return the request ids those runs sent without a journaled answer (sending them again is a
   *     re-send)
   */
  public Set<String> recoverJournals() {
    Path root = new Path(journalRoot());
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] runs = fs.globStatus(new Path(root, "run=*"));
      if (runs == null || runs.length == 0) {
        return Set.of();
      }
      FileStatus[] chunks = fs.globStatus(new Path(root, "run=*/part=*/*.chunk"));
      if (chunks == null || chunks.length == 0) {
        // Only markers of attempts and unfinished chunks: nothing was answered.
        delete(fs, runs);
        return Set.of();
      }
      var rows = spark.sparkContext().binaryFiles(root + "/run=*/part=*/*.chunk", spark.sparkContext().defaultParallelism())
          .toJavaRDD()
          .flatMap(new JournalRows());
      Dataset<Row> recovered = spark.createDataFrame(rows, TableSchemas.GENERATIONS);
      recovered.write().format("delta").mode("append").save(stagingPath);
      // Only the difference reaches the driver: requests sent with no journaled answer, at most
      // the dead runs' in-flight windows.
      Dataset<String> dispatched = spark.createDataset(spark.sparkContext()
          .binaryFiles(root + "/run=*/part=*/*.chunk", spark.sparkContext().defaultParallelism())
          .toJavaRDD().flatMap(new JournalRows.Dispatched()).rdd(), Encoders.STRING());
      Dataset<String> answered = recovered.select("request_id").as(Encoders.STRING());
      Set<String> unanswered = new HashSet<>(dispatched.except(answered).collectAsList());
      delete(fs, runs);
      return unanswered;
    } catch (IOException e) {
      throw Errors.external("recover the response journal at " + root, e.getMessage(), e);
    }
  }

  private static void delete(FileSystem fs, FileStatus[] runs) throws IOException {
    for (FileStatus run : runs) {
      fs.delete(run.getPath(), true);
    }
  }

  /** Forgets a run's journal once its rows are staged. */
  public void clearJournal(String runId) {
    Path run = ResponseJournal.runDirectory(journalRoot(), runId);
    try {
      run.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(run, true);
    } catch (IOException e) {
      throw Errors.external("clear the response journal at " + run, e.getMessage(), e);
    }
  }

  /** Request ids already generated successfully. */
  public Dataset<Row> succeededIds() {
    return spark.table(table).filter(col("status").equalTo("succeeded")).select("request_id");
  }

  /** Appends fan-out rows to the staging table; runs the fan-out exactly once. */
  public void stage(Dataset<Row> rows) {
    rows.write().format("delta").mode("append").save(stagingPath);
  }

  /** Staged rows of one run. */
  public Dataset<Row> staged(String runId) {
    return stagingExists()
        ? spark.read().format("delta").load(stagingPath).filter(col("run_id").equalTo(runId))
        : spark.createDataFrame(List.of(), TableSchemas.GENERATIONS);
  }

  /**
   * Merges every staged row into generations and clears what it merged. With {@code forceRunId},
   * that run's rows replace succeeded rows too.
   *
   * @return how many staged rows were merged
   */
  public long mergeStaged(String forceRunId) {
    if (!stagingExists()) {
      return 0;
    }
    Dataset<Row> staged = spark.read().format("delta").load(stagingPath);
    List<String> runs = staged.select("run_id").distinct().as(Encoders.STRING()).collectAsList();
    if (runs.isEmpty()) {
      return 0;
    }
    Column succeededFirst = when(col("status").equalTo("succeeded"), lit(0)).otherwise(lit(1));
    Dataset<Row> latest = staged
        .withColumn("_rank", row_number().over(Window.partitionBy("request_id").orderBy(succeededFirst, desc("created_at"))))
        .filter(col("_rank").equalTo(1))
        .drop("_rank");
    String replace = forceRunId == null
        ? "t.status <> 'succeeded'"
        : "t.status <> 'succeeded' OR (s.status = 'succeeded' AND s.run_id = '" + forceRunId.replace("'", "''") + "')";
    CommitRetries.run("merge staged rows into " + table, () -> DeltaTable.forName(spark, table).as("t")
        .merge(latest.as("s"), "t.request_id = s.request_id")
        .whenMatched(replace).updateAll()
        .whenNotMatched().insertAll()
        .execute());
    long merged = latest.count();
    CommitRetries.run("clear merged rows from the staging table",
        () -> DeltaTable.forPath(spark, stagingPath).delete(col("run_id").isin(runs.toArray())));
    return merged;
  }

  private boolean stagingExists() {
    return DeltaTable.isDeltaTable(spark, stagingPath);
  }
}
