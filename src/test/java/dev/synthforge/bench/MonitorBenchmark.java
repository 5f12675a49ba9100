package dev.synthforge.bench;

import static dev.synthforge.bench.FanoutBenchmark.say;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.ConfigLoader;
import dev.synthforge.config.JobConfig;
import dev.synthforge.spark.DeltaTables;
import dev.synthforge.spark.GenerationStore;
import dev.synthforge.spark.MonitorJob;
import dev.synthforge.spark.MonitorResult;
import dev.synthforge.spark.RunIdentity;
import dev.synthforge.spark.Sessions;
import dev.synthforge.spark.TableSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The monitor benchmark (jobs/bench/monitor.sh runs this): {@link MonitorJob} over the generated
 * rows of one task ({@link MonitorCorpus}: depth 1 and depth 2, a few failed rows, two endpoints)
 * against real seeds with a skewed attribute, and a curated table for a twentieth of the rows,
 * with the default monitor settings. Prints the time to create the input and the time of the
 * monitor run, then every metric with whether it is exact or sampled and its sample size per
 * depth, as the metrics table records them.
 *
 * <p>Arguments: workDir [generated rows, default 1000000] [seed rows, default 20000]. The last
 * lines are monitor_rows and monitor_wall_seconds.
 */
public final class MonitorBenchmark {
  private static final long SEED = 20261125L;
  private static final String DATABASE = "bench";
  private static final int CURATED_EVERY = 20;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    long generatedRows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    long seedRows = args.length > 2 ? Long.parseLong(args[2]) : 20_000L;
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession spark = Sessions.start("synthforge-monitor-bench", work.resolve("warehouse"), "local[*]");
    spark.sparkContext().setLogLevel("WARN");
    Path seeds = work.resolve("seeds.parquet");
    JobConfig config = config(work, seeds);
    MonitorCorpus corpus = new MonitorCorpus(SEED, seedRows, generatedRows, seeds.toString());

    long start = System.nanoTime();
    createInput(spark, config, corpus, seedRows, generatedRows);
    double inputSeconds = (System.nanoTime() - start) / 1e9;
    say(String.format(Locale.ROOT, "Input: %,d seed rows (Parquet), %,d generated rows and %,d curated rows"
        + " (Delta), written in %.1f s; %d cores", seedRows, generatedRows,
        spark.table(DeltaTables.qualified(DATABASE, config.output().curatedTable())).count(), inputSeconds, cores));

    RunIdentity identity = new RunIdentity(RunIdentity.newRunId("monitor"), LocalDate.of(2026, 11, 25),
        ConfigHash.of(config), null);
    long cpuStart = BareClient.cpuNanos();
    start = System.nanoTime();
    MonitorResult result = new MonitorJob(spark, config, identity, work.resolve("reports")).run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (BareClient.cpuNanos() - cpuStart) / 1e9;
    say(String.format(Locale.ROOT, "Monitor: %.1f s (%.2f cores busy), %,.0f generated rows/s; %d values at"
        + " depths %s; token budget %,d per depth; %d gate(s) breached", seconds, cpuSeconds / seconds,
        generatedRows / seconds, result.values(), result.depths(), result.tokenBudget(), result.breaches().size()));
    printMetrics(spark, config, result.depths());
    spark.stop();

    System.out.printf(Locale.ROOT, "monitor_rows=%d%n", generatedRows);
    System.out.printf(Locale.ROOT, "monitor_wall_seconds=%.1f%n", seconds);
  }

  /** A config like the tests write: the benchmark's seeds, two endpoints, default monitor settings. */
  private static JobConfig config(Path work, Path seeds) throws Exception {
    Path file = work.resolve("monitor-bench.yaml");
    Files.writeString(file, """
        seeds:
          path: %s
          format: parquet
          id-column: id
          attributes: [domain]
        task:
          name: %s
          template: "Paraphrase this product review: {{text}}"
          template-id: paraphrase-v1
          samples-per-seed: 4
          temperature: 0.8
          max-tokens: 128
          seed: 7
        endpoints:
          - {name: gpu-a, base-url: "http://gpu-a:8000/v1", model: llama-3.1-8b-instruct,
             price: {prompt-per-million: 0.05, completion-per-million: 0.08}}
          - {name: gpu-b, base-url: "http://gpu-b:8000/v1", model: llama-3.1-8b-instruct,
             price: {prompt-per-million: 0.05, completion-per-million: 0.08}}
        output:
          database: %s
        """.formatted(seeds, MonitorCorpus.TASK, DATABASE));
    return ConfigLoader.load(file);
  }

  /** Seeds, generations and curated rows, made on the executors from spark.range. */
  private static void createInput(SparkSession spark, JobConfig config, MonitorCorpus corpus,
      long seedRows, long generatedRows) {
    spark.range(0, seedRows, 1, (int) Math.max(1, seedRows / 10_000))
        .mapPartitions(corpus.seeds(), Encoders.row(MonitorCorpus.SEED_SCHEMA))
        .write().mode("overwrite").parquet(config.seeds().path().orElseThrow());
    String generations = GenerationStore.open(spark, DATABASE, config.output().generationsTable()).table();
    spark.range(0, generatedRows, 1, (int) Math.max(2, generatedRows / 50_000))
        .mapPartitions(corpus.generations(), Encoders.row(TableSchemas.GENERATIONS))
        .write().format("delta").mode("append").saveAsTable(generations);
    DeltaTables.ensure(spark, DATABASE, config.output().curatedTable(), TableSchemas.CURATED,
        "synthforge curated (benchmark input)", Map.of());
    spark.range(0, generatedRows, CURATED_EVERY, (int) Math.max(1, generatedRows / CURATED_EVERY / 50_000))
        .mapPartitions(corpus.curated(), Encoders.row(TableSchemas.CURATED))
        .write().format("delta").mode("append")
        .saveAsTable(DeltaTables.qualified(DATABASE, config.output().curatedTable()));
  }

  /**
   * Every metric with exact or sampled and its sample size per depth: the whole data's sample
   * size, or for metrics measured only per group, the number of groups and their sizes.
   */
  private static void printMetrics(SparkSession spark, JobConfig config, List<Integer> depths) {
    List<Row> rows = spark.table(DeltaTables.qualified(DATABASE, config.output().metricsTable()))
        .groupBy("metric", "depth")
        .agg(first("sampled"), max(when(col("group").equalTo(""), col("sample_size"))),
            sum(when(col("group").notEqual(""), 1).otherwise(0)),
            min(when(col("group").notEqual(""), col("sample_size"))),
            max(when(col("group").notEqual(""), col("sample_size"))), count(lit(1)))
        .collectAsList();
    Map<String, Map<Integer, String>> sizes = new TreeMap<>();
    Map<String, Boolean> sampled = new TreeMap<>();
    for (Row row : rows) {
      String metric = row.getString(0);
      sampled.merge(metric, row.getBoolean(2), Boolean::logicalOr);
      String size = row.isNullAt(3) ? "" : String.format(Locale.ROOT, "%,d", row.getLong(3));
      long groups = row.getLong(4);
      if (groups > 0) {
        String spread = row.getLong(5) == row.getLong(6)
            ? String.format(Locale.ROOT, "%d group%s of %,d", groups, groups == 1 ? "" : "s", row.getLong(5))
            : String.format(Locale.ROOT, "%d groups, %,d..%,d", groups, row.getLong(5), row.getLong(6));
        size = size.isEmpty() ? spread : size + "; " + spread;
      }
      sizes.computeIfAbsent(metric, m -> new TreeMap<>()).put(row.getInt(1), size);
    }
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s %-7s", "metric", "kind"));
    for (int depth : new TreeSet<>(depths)) {
      header.append(String.format(Locale.ROOT, " %-28s", "depth " + depth + " sample size"));
    }
    say(header.toString().stripTrailing());
    sizes.forEach((metric, byDepth) -> {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s %-7s", metric,
          sampled.get(metric) ? "sampled" : "exact"));
      for (int depth : new TreeSet<>(depths)) {
        line.append(String.format(Locale.ROOT, " %-28s", byDepth.getOrDefault(depth, "-")));
      }
      say(line.toString().stripTrailing());
    });
    say("  sample size: rows, texts or tokens the value was measured on (the metrics table's sample_size);"
        + " groups: values per attribute value, rule or endpoint");
  }
}
