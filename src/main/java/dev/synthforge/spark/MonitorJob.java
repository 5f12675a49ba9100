package dev.synthforge.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.synthforge.config.EndpointConfig;
import dev.synthforge.config.JobConfig;
import dev.synthforge.config.MonitorConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.metrics.FrequencyTable;
import dev.synthforge.core.metrics.GateBreach;
import dev.synthforge.core.metrics.GateEvaluator;
import dev.synthforge.core.metrics.Histogram;
import dev.synthforge.core.metrics.MetricNames;
import dev.synthforge.core.metrics.MetricValue;
import dev.synthforge.core.metrics.embedding.EmbeddingClusters;
import dev.synthforge.core.metrics.embedding.EmbeddingMetrics;
import dev.synthforge.core.metrics.embedding.EmbeddingSum;
import dev.synthforge.core.metrics.embedding.GramMatrix;
import dev.synthforge.core.metrics.representation.Representation;
import dev.synthforge.core.metrics.representation.RepresentationReport;
import dev.synthforge.core.metrics.representation.RepresentationSettings;
import dev.synthforge.core.metrics.text.CompressionRatio;
import dev.synthforge.core.metrics.text.NgramCounts;
import dev.synthforge.core.metrics.text.NgramMetrics;
import dev.synthforge.core.metrics.text.SelfBleu;
import dev.synthforge.core.metrics.text.TokenBudgetSample;
import dev.synthforge.core.curate.SemanticDedup;
import dev.synthforge.endpoint.builtin.MiniLmEmbeddings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The monitor job: measures the generated rows of a task per generation depth against the real
 * seed data, writes the values to the metrics table, checks the quality gates and writes an HTML
 * report.
 *
 * <p>Exact over every row: row counts, lengths, representation counts per attribute, curation
 * rejection rates, judge scores, failures, tokens and cost. Sampled: the n-gram metrics on an
 * equal token budget per depth (distinct-n and support grow with size, so unequal sizes would
 * mislead), Self-BLEU and compression on the texts of that sample, and the embedding metrics on
 * its first {@code embedding-sample} texts. Only the samples and small group counts reach the
 * driver.
 */
public final class MonitorJob {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MonitorJob.class);
  private static final long SAMPLE_SEED = 1L;
  private static final String EMBEDDING_GROUP = "embedding_cluster";

  private final SparkSession spark;
  private final JobConfig config;
  private final RunIdentity identity;
  private final Path defaultReportDir;

  /** @param defaultReportDir where reports go when monitor.report-dir is not set */
  public MonitorJob(SparkSession spark, JobConfig config, RunIdentity identity, Path defaultReportDir) {
    this.spark = spark;
    this.config = config;
    this.identity = identity;
    this.defaultReportDir = defaultReportDir;
  }

  public MonitorResult run() {
    Instant started = Instant.now();
    MonitorConfig monitor = config.monitor();
    String database = config.output().database();
    String task = config.task().name();
    if (!spark.catalog().tableExists(database, config.output().generationsTable())) {
      throw Errors.userError("monitor " + DeltaTables.qualified(database, config.output().generationsTable()),
          "the table does not exist; run generate with this config first");
    }
    RunLedger ledger = RunLedger.open(spark, database, config.output().runsTable());
    MetricsStore store = MetricsStore.open(spark, database, config.output().metricsTable());
    ledger.record(RunLedgerEntries.running(identity, "monitor", started, "", store.table()));
    Dataset<Row> texts = null;
    try {
      CommitMetadata.tag(spark, identity.runId(), "monitor");
      describeStep("reading the seeds and the generated rows");
      SeedReader.Seeds seeds = SeedReader.read(spark, config.seeds());
      Dataset<Row> real = realRows(seeds);
      Dataset<Row> generated = spark.table(DeltaTables.qualified(database, config.output().generationsTable()))
          .filter(col("task_name").equalTo(task));
      Dataset<Row> synthetic = generated.filter(col("status").equalTo("succeeded").and(col("text").isNotNull()))
          .select(col("request_id").as("row_id"), col("text"), col("generation_depth").as("depth"),
              col("seed_attributes").as("attributes"));
      texts = real.unionByName(synthetic).persist(StorageLevel.MEMORY_AND_DISK());

      describeStep("counting rows, tokens and lengths per depth");
      Map<Integer, DepthAggregates.Totals> totals = new TreeMap<>(
          DepthAggregates.totals(texts.select("row_id", "text", "depth").javaRDD()));
      if (!totals.containsKey(0) || totals.get(0).tokens == 0) {
        throw Errors.userError("monitor task " + task, "the seeds have no text to compare with (" + seeds.source() + ")");
      }
      long budget = monitor.tokenBudget();
      for (DepthAggregates.Totals depth : totals.values()) {
        if (depth.tokens > 0) {
          budget = Math.min(budget, depth.tokens);
        }
      }
      describeStep("sampling " + budget + " tokens per depth");
      Map<Integer, TokenBudgetSample> samples = new TreeMap<>(
          DepthAggregates.samples(texts.select("row_id", "text", "depth").javaRDD(), budget, SAMPLE_SEED));

      List<MetricValue> values = new ArrayList<>();
      Set<String> sampled = new HashSet<>();
      NgramCounts realCounts = samples.get(0).ngramCounts();
      Map<Integer, List<float[]>> embeddings = new TreeMap<>();
      for (var entry : totals.entrySet()) {
        int depth = entry.getKey();
        DepthAggregates.Totals total = entry.getValue();
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.ROWS, total.rows, total.rows));
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.LENGTH_MEAN, total.lengths.mean(), total.rows));
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.LENGTH_P50, total.lengths.quantile(0.5), total.rows));
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.LENGTH_P90, total.lengths.quantile(0.9), total.rows));
        TokenBudgetSample sample = samples.get(depth);
        if (sample == null) {
          continue;
        }
        describeStep("diversity of depth " + depth);
        for (MetricValue value : NgramMetrics.values(identity.runId(), depth, sample.ngramCounts(), realCounts)) {
          values.add(value);
          sampled.add(value.metric());
        }
        List<String> sampleTexts = sample.texts();
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.COMPRESSION_RATIO,
            CompressionRatio.of(sampleTexts, SAMPLE_SEED).value(), sampleTexts.size()));
        List<String> bleuTexts = sampleTexts.subList(0, Math.min(monitor.selfBleuSample(), sampleTexts.size()));
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.SELF_BLEU,
            bleuTexts.size() < 2 ? Double.NaN : SelfBleu.of(bleuTexts), bleuTexts.size()));
        List<float[]> vectors = embed(sampleTexts.subList(0, Math.min(monitor.embeddingSample(), sampleTexts.size())));
        embeddings.put(depth, vectors);
        EmbeddingSum sum = new EmbeddingSum(MiniLmEmbeddings.DIMENSION);
        GramMatrix gram = new GramMatrix(MiniLmEmbeddings.DIMENSION);
        vectors.forEach(sum::add);
        vectors.forEach(gram::add);
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.EMBEDDING_DISPERSION,
            vectors.size() < 2 ? Double.NaN : EmbeddingMetrics.dispersion(sum), vectors.size()));
        values.add(MetricValue.overall(identity.runId(), depth, MetricNames.VENDI_SCORE,
            vectors.isEmpty() ? Double.NaN : EmbeddingMetrics.vendiScore(gram), vectors.size()));
      }
      sampled.addAll(List.of(MetricNames.COMPRESSION_RATIO, MetricNames.SELF_BLEU,
          MetricNames.EMBEDDING_DISPERSION, MetricNames.VENDI_SCORE));

      describeStep("representation");
      RepresentationSettings settings = RepresentationSettings.DEFAULTS.withSmallCountThreshold(monitor.smallGroup());
      boolean fromEmbeddings = config.seeds().attributes().isEmpty();
      Map<Integer, Map<String, RepresentationReport>> representation = fromEmbeddings
          ? embeddingRepresentation(embeddings, settings)
          : attributeRepresentation(texts, settings);
      if (fromEmbeddings) {
        sampled.addAll(List.of(MetricNames.REPRESENTATION_RATIO, MetricNames.GROUP_COVERAGE,
            MetricNames.GROUP_KULLBACK_LEIBLER, MetricNames.GROUP_JENSEN_SHANNON));
      }
      representation.forEach((depth, byAttribute) -> byAttribute.forEach((attribute, report) ->
          values.addAll(grouped(attribute, report.metricValues(identity.runId(), depth)))));

      describeStep("curation, judge scores, failures and cost");
      Map<String, Long> rejections = new LinkedHashMap<>();
      Map<Integer, Histogram> judgeScores = new TreeMap<>();
      curationValues(values, rejections, judgeScores);
      values.addAll(ReviewAgreementValues.measure(spark, database, config.output().curatedTable(), task, identity.runId()));
      Map<String, long[]> failures = new LinkedHashMap<>();
      callValues(generated, values, failures);

      List<GateBreach> breaches = new GateEvaluator(monitor.gates()).evaluate(values);
      describeStep("writing " + values.size() + " values to " + store.table());
      store.replace(task, identity.runDate(), identity.configHash(), values, sampled);

      List<Row> history = store.history(task).select("run_date", "depth", "metric", "group", "value")
          .filter(col("group").equalTo("")).collectAsList();
      int deepest = representation.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
      Map<Integer, Histogram> lengths = new TreeMap<>();
      totals.forEach((depth, total) -> lengths.put(depth, total.lengths));
      MonitorFindings findings = new MonitorFindings(values, lengths, judgeScores,
          representation.getOrDefault(deepest, Map.of()), deepest, rejections, failures, breaches, history,
          budget, fromEmbeddings);
      Path reportDir = monitor.reportDir().map(Path::of).orElse(defaultReportDir);
      Path report = MonitorReport.write(findings, config, identity, monitor.gates(),
          reportDir.resolve(task + "-" + identity.runDate() + ".html"));

      Instant finished = Instant.now();
      String message = breaches.isEmpty() ? "ok; report " + report
          : breaches.size() + " quality gate(s) breached: "
              + String.join("; ", breaches.stream().map(GateBreach::message).toList()) + "; report " + report;
      long measured = totals.values().stream().mapToLong(t -> t.rows).sum();
      ledger.record(RunLedgerEntries.measured(identity, started, finished, measured, !breaches.isEmpty(),
          message, store.table()));
      return new MonitorResult(identity.runId(), store.table(), List.copyOf(totals.keySet()), values.size(),
          report.toString(), breaches, budget, finished.toEpochMilli() - started.toEpochMilli());
    } catch (RuntimeException error) {
      try {
        ledger.record(RunLedgerEntries.failed(identity, "monitor", started, Instant.now(),
            Errors.rootMessage(error), "", store.table()));
      } catch (RuntimeException ledgerError) {
        error.addSuppressed(ledgerError);
      }
      throw error;
    } finally {
      if (texts != null) {
        texts.unpersist();
      }
      CommitMetadata.clear(spark);
    }
  }

  /** The seeds as rows (row_id, text, depth 0, attributes). */
  private Dataset<Row> realRows(SeedReader.Seeds seeds) {
    String textColumn = config.seeds().textColumn();
    for (String column : config.seeds().attributes()) {
      if (!seeds.columns().contains(column)) {
        throw Errors.userError("read seeds from " + seeds.source(),
            "attribute column '" + column + "' is not among the seed columns " + seeds.columns());
      }
    }
    if (!seeds.columns().contains(textColumn)) {
      throw Errors.userError("read seeds from " + seeds.source(),
          "text column '" + textColumn + "' is not among the seed columns " + seeds.columns());
    }
    Column text = col(quote(textColumn)).cast("string");
    Column id = config.seeds().idColumn()
        .map(column -> col(quote(column)).cast("string"))
        .orElse(concat_ws(":", sha2(text, 256), monotonically_increasing_id().cast("string")));
    List<Column> pairs = new ArrayList<>();
    for (String attribute : config.seeds().attributes()) {
      pairs.add(lit(attribute));
      pairs.add(col(quote(attribute)).cast("string"));
    }
    Column attributes = pairs.isEmpty() ? map().cast("map<string,string>") : map(pairs.toArray(Column[]::new));
    return seeds.rows().filter(text.isNotNull())
        .select(coalesce(id, sha2(text, 256)).as("row_id"), text.as("text"), lit(0).as("depth"),
            attributes.as("attributes"));
  }

  private Map<Integer, Map<String, RepresentationReport>> attributeRepresentation(Dataset<Row> texts,
      RepresentationSettings settings) {
    Map<Integer, Map<String, FrequencyTable>> counts = new TreeMap<>();
    for (Row row : texts.select(col("depth"), explode(col("attributes")).as(new String[] {"attribute", "value"}))
        .groupBy("depth", "attribute", "value").count().collectAsList()) {
      if (row.isNullAt(1)) {
        continue;
      }
      String value = row.isNullAt(2) ? "(null)" : row.getString(2);
      counts.computeIfAbsent(row.getInt(0), d -> new TreeMap<>())
          .computeIfAbsent(row.getString(1), a -> new FrequencyTable()).add(value, row.getLong(3));
    }
    return compare(counts, settings);
  }

  private Map<Integer, Map<String, RepresentationReport>> embeddingRepresentation(
      Map<Integer, List<float[]>> embeddings, RepresentationSettings settings) {
    List<float[]> realVectors = embeddings.getOrDefault(0, List.of());
    if (realVectors.isEmpty()) {
      return Map.of();
    }
    EmbeddingClusters clusters = EmbeddingClusters.fit(realVectors, config.monitor().embeddingGroups(), SAMPLE_SEED);
    Map<Integer, Map<String, FrequencyTable>> counts = new TreeMap<>();
    embeddings.forEach((depth, vectors) -> {
      FrequencyTable table = new FrequencyTable();
      vectors.forEach(vector -> table.add("c" + clusters.assign(vector)));
      counts.put(depth, Map.of(EMBEDDING_GROUP, table));
    });
    return compare(counts, settings);
  }

  private static Map<Integer, Map<String, RepresentationReport>> compare(
      Map<Integer, Map<String, FrequencyTable>> counts, RepresentationSettings settings) {
    Map<Integer, Map<String, RepresentationReport>> reports = new TreeMap<>();
    Map<String, FrequencyTable> real = counts.getOrDefault(0, Map.of());
    counts.forEach((depth, byAttribute) -> {
      if (depth == 0) {
        return;
      }
      real.forEach((attribute, realTable) -> reports.computeIfAbsent(depth, d -> new TreeMap<>()).put(attribute,
          Representation.compare(realTable, byAttribute.getOrDefault(attribute, new FrequencyTable()), settings)));
    });
    return reports;
  }

  /** Representation values with their attribute in the group: attribute=value, or the attribute. */
  private static List<MetricValue> grouped(String attribute, List<MetricValue> values) {
    List<MetricValue> result = new ArrayList<>();
    for (MetricValue value : values) {
      String group = value.hasGroup() ? attribute + "=" + value.group() : attribute;
      result.add(new MetricValue(value.runId(), value.depth(), value.metric(), group, value.value(), value.sampleSize()));
    }
    return result;
  }

  private void curationValues(List<MetricValue> values, Map<String, Long> rejections, Map<Integer, Histogram> judgeScores) {
    String database = config.output().database();
    if (!spark.catalog().tableExists(database, config.output().curatedTable())) {
      return;
    }
    Dataset<Row> curated = spark.table(DeltaTables.qualified(database, config.output().curatedTable()))
        .filter(col("task_name").equalTo(config.task().name()));
    Map<Integer, long[]> keptByDepth = new TreeMap<>();
    for (Row row : curated.groupBy("generation_depth")
        .agg(count(lit(1)), sum(when(col("kept"), 1).otherwise(0))).collectAsList()) {
      keptByDepth.put(row.getInt(0), new long[] {row.getLong(1), row.getLong(2)});
      values.add(MetricValue.overall(identity.runId(), row.getInt(0), MetricNames.REJECTION_RATE,
          1.0 - (double) row.getLong(2) / row.getLong(1), row.getLong(1)));
    }
    for (Row row : curated.filter(col("kept").equalTo(false)).groupBy("generation_depth", "rejected_by").count()
        .orderBy(col("count").desc()).collectAsList()) {
      long rows = keptByDepth.get(row.getInt(0))[0];
      values.add(new MetricValue(identity.runId(), row.getInt(0), MetricNames.REJECTION_RATE, row.getString(1),
          (double) row.getLong(2) / rows, rows));
      rejections.merge(row.getString(1), row.getLong(2), Long::sum);
    }
    for (Row row : curated.filter(col("judge_score").isNotNull()).groupBy("generation_depth", "judge_score").count()
        .collectAsList()) {
      judgeScores.computeIfAbsent(row.getInt(0), d -> new Histogram(0, 1, 101)).add(row.getInt(1), row.getLong(2));
    }
    judgeScores.forEach((depth, histogram) -> values.add(MetricValue.overall(identity.runId(), depth,
        MetricNames.JUDGE_SCORE_MEAN, histogram.mean(), histogram.count())));
  }

  private void callValues(Dataset<Row> generated, List<MetricValue> values, Map<String, long[]> failures) {
    Map<String, double[]> prices = new HashMap<>();
    for (EndpointConfig endpoint : config.endpoints()) {
      prices.put(endpoint.name(), new double[] {endpoint.price().promptPerMillion(), endpoint.price().completionPerMillion()});
    }
    Map<Integer, double[]> byDepth = new TreeMap<>();
    Map<Integer, Map<String, long[]>> byEndpoint = new TreeMap<>();
    for (Row row : generated.groupBy("generation_depth", "endpoint_name")
        .agg(count(lit(1)), sum(when(col("status").equalTo("failed"), 1).otherwise(0)),
            sum("prompt_tokens"), sum("completion_tokens")).collectAsList()) {
      int depth = row.getInt(0);
      String endpoint = row.getString(1).isEmpty() ? "(none)" : row.getString(1);
      long calls = row.getLong(2);
      long failed = row.getLong(3);
      long prompt = row.isNullAt(4) ? 0 : row.getLong(4);
      long completion = row.isNullAt(5) ? 0 : row.getLong(5);
      double[] price = prices.getOrDefault(row.getString(1), new double[2]);
      double[] sums = byDepth.computeIfAbsent(depth, d -> new double[5]);
      sums[0] += calls;
      sums[1] += failed;
      sums[2] += prompt;
      sums[3] += completion;
      sums[4] += (prompt * price[0] + completion * price[1]) / 1_000_000.0;
      byEndpoint.computeIfAbsent(depth, d -> new TreeMap<>()).put(endpoint, new long[] {calls, failed});
      failures.merge(endpoint, new long[] {calls, failed}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }
    byDepth.forEach((depth, sums) -> {
      long calls = (long) sums[0];
      values.add(MetricValue.overall(identity.runId(), depth, MetricNames.FAILURE_RATE, sums[1] / sums[0], calls));
      values.add(MetricValue.overall(identity.runId(), depth, MetricNames.PROMPT_TOKENS, sums[2], calls));
      values.add(MetricValue.overall(identity.runId(), depth, MetricNames.COMPLETION_TOKENS, sums[3], calls));
      values.add(MetricValue.overall(identity.runId(), depth, MetricNames.COST_USD, sums[4], calls));
      byEndpoint.get(depth).forEach((endpoint, counts) -> values.add(new MetricValue(identity.runId(), depth,
          MetricNames.FAILURE_RATE, endpoint, (double) counts[1] / counts[0], counts[0])));
    });
  }

  private static List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>();
    for (int start = 0; start < texts.size(); start += 64) {
      for (float[] vector : MiniLmEmbeddings.shared().embed(texts.subList(start, Math.min(texts.size(), start + 64)))) {
        vectors.add(SemanticDedup.unit(vector));
      }
    }
    return vectors;
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

  private void describeStep(String step) {
    spark.sparkContext().setJobDescription("synthforge monitor " + identity.runId() + ": " + step);
    LOG.info("{}", step);
  }
}
