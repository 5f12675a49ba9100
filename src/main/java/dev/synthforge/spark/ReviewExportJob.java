package dev.synthforge.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import dev.synthforge.config.CurateConfig;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.curate.Verdict;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.review.ReviewFileWriter;
import dev.synthforge.core.review.ReviewFormat;
import dev.synthforge.core.review.ReviewSampling;
import dev.synthforge.core.review.SampledRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The review export job: draws a stratified sample of a task's curated rows for people to check
 * ({@link ReviewSampling} says how) and writes it, with each row's seed and curation verdicts, as
 * CSV or JSON Lines. Only the sample and the stratum counts reach the driver. The same table and
 * seed give the same file.
 */
public final class ReviewExportJob {
  static final String JOB = "review-export";

  private final SparkSession spark;
  private final JobConfig config;
  private final RunIdentity identity;

  public ReviewExportJob(SparkSession spark, JobConfig config, RunIdentity identity) {
    this.spark = spark;
    this.config = config;
    this.identity = identity;
  }

  /** What an export wrote: rows per stratum (group|curation|judge band), in stratum order. */
  public record Result(String runId, Path file, long curatedRows, long written, long borderline,
      Map<String, Long> byStratum) {}

  public Result run(Path file, ReviewFormat format, int size, long seed) {
    Instant started = Instant.now();
    String database = config.output().database();
    if (!spark.catalog().tableExists(database, config.output().curatedTable())) {
      throw Errors.userError("export reviews from " + DeltaTables.qualified(database, config.output().curatedTable()),
          "the table does not exist; run curate with this config first");
    }
    RunLedger ledger = RunLedger.open(spark, database, config.output().runsTable());
    CuratedStore curated = CuratedStore.open(spark, database, config.output().curatedTable());
    ledger.record(RunLedgerEntries.running(identity, JOB, started, "", file.toString()));
    try {
      Integer minScore = config.curate().judge().map(CurateConfig.Judge::minScore).orElse(null);
      Dataset<Row> placed = curated.rowsOf(config.task().name())
          .select(ReviewSampleFunction.CURATED_COLUMNS[0], java.util.Arrays.copyOfRange(
              ReviewSampleFunction.CURATED_COLUMNS, 1, ReviewSampleFunction.CURATED_COLUMNS.length))
          .map(new ReviewSampleFunction(seed, minScore), Encoders.row(ReviewSampleFunction.SCHEMA));
      Map<String, Long> sizes = new TreeMap<>();
      for (Row row : placed.groupBy("stratum").count().collectAsList()) {
        sizes.put(row.getString(0), row.getLong(1));
      }
      long curatedRows = sizes.values().stream().mapToLong(Long::longValue).sum();
      List<Row> quotaRows = new ArrayList<>();
      ReviewSampling.allocate(sizes, size).forEach((stratum, quota) -> quotaRows.add(RowFactory.create(stratum, quota)));
      Dataset<Row> quotas = spark.createDataFrame(quotaRows, new StructType()
          .add("quota_stratum", DataTypes.StringType).add("quota", DataTypes.IntegerType));
      Dataset<Row> drawn = placed
          .withColumn("draw_rank", row_number().over(Window.partitionBy("stratum")
              .orderBy(col("draw_key").desc(), col("request_id"))))
          .join(broadcast(quotas), col("stratum").equalTo(col("quota_stratum")))
          .filter(col("draw_rank").leq(col("quota")));
      List<SampledRow> sample = withSeedTexts(drawn).stream().map(ReviewExportJob::sampled).toList();
      write(file, format, sample);
      Map<String, Long> byStratum = new LinkedHashMap<>();
      sample.forEach(row -> byStratum.merge(row.stratum(), 1L, Long::sum));
      long borderline = sample.stream().filter(SampledRow::borderline).count();
      Instant finished = Instant.now();
      ledger.record(ReviewLedgerEntries.exported(identity, started, finished, curatedRows, sample.size(), byStratum,
          file.toString(), "wrote " + sample.size() + " rows (" + borderline + " borderline) from "
              + byStratum.size() + " strata"));
      return new Result(identity.runId(), file, curatedRows, sample.size(), borderline, byStratum);
    } catch (RuntimeException error) {
      try {
        ledger.record(ReviewLedgerEntries.stopped(identity, JOB, started, Instant.now(), file.toString(),
            Errors.rootMessage(error)));
      } catch (RuntimeException ledgerError) {
        error.addSuppressed(ledgerError);
      }
      throw error;
    }
  }

  /** The drawn rows with their seed's text, when the seeds have an id column to find it by; sorted. */
  private List<Row> withSeedTexts(Dataset<Row> drawn) {
    Dataset<Row> result;
    if (config.seeds().idColumn().isPresent()) {
      SeedReader.Seeds seeds = SeedReader.read(spark, config.seeds());
      Dataset<Row> texts = seeds.rows().select(
          col(quote(config.seeds().idColumn().get())).cast("string").as("seed_key"),
          col(quote(config.seeds().textColumn())).cast("string").as("seed_text")).dropDuplicates("seed_key");
      result = drawn.join(texts, drawn.col("seed_id").equalTo(texts.col("seed_key")), "left");
    } else {
      result = drawn.withColumn("seed_text", org.apache.spark.sql.functions.lit(null).cast("string"));
    }
    return result.orderBy(col("stratum"), col("draw_rank")).collectAsList();
  }

  private static SampledRow sampled(Row row) {
    List<Verdict> verdicts = new ArrayList<>();
    for (Row verdict : row.<Row>getList(row.fieldIndex("verdicts"))) {
      verdicts.add(VerdictRows.fromRow(verdict));
    }
    return new SampledRow(row.getAs("request_id"), row.getAs("task_name"), row.getAs("group"),
        row.getAs("curation"), row.getAs("judge_band"), row.getAs("borderline"), row.getAs("seed_id"),
        row.getAs("seed_text"), row.getAs("text"), row.getAs("kept"), row.getAs("rejected_by"),
        row.getAs("reject_reason"), row.getAs("judge_score"), verdicts);
  }

  private static void write(Path file, ReviewFormat format, List<SampledRow> sample) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        ReviewFileWriter.write(format, sample, out);
      }
    } catch (IOException e) {
      throw Errors.userError("write the review sample to " + file, e.getMessage(), e);
    }
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}
