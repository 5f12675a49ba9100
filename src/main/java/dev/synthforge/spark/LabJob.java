package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.synthforge.config.EndpointConfig;
import dev.synthforge.config.EndpointType;
import dev.synthforge.config.JobConfig;
import dev.synthforge.config.MonitorConfig;
import dev.synthforge.config.SeedFormat;
import dev.synthforge.config.SeedsConfig;
import dev.synthforge.config.TaskConfig;
import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.lab.LabPolicy;
import dev.synthforge.core.lab.LabSettings;
import dev.synthforge.core.lab.LabTable;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.endpoint.builtin.BuiltinServer;
import dev.synthforge.endpoint.builtin.BuiltinServerOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The collapse lab: K recursive generations with the built-in model under several pool policies
 * side by side. Generation k of a policy fits a fresh n-gram model on that policy's training pool
 * for k (see {@link LabPools}), serves it from a built-in endpoint, and runs a generate job over
 * rows drawn from the pool, so its rows land in generations with depth k and parent ids, under
 * the policy's task ({@code lab-replace}, ...). Then the monitor measures every policy per depth
 * at one token budget shared by all policies and depths, and the lab reads the values back.
 *
 * <p>The model samples at the task's temperature without leaning on the prompt (prompt weight
 * 0): the prompt row only names the parent and varies the random stream. What a generation keeps
 * of the tail is then decided by finite sampling alone, as in the literature: a word the sample
 * misses is gone from the next model, which only emits words it was fitted on.
 */
public final class LabJob {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LabJob.class);
  private static final long SAMPLE_SEED = 1L;

  private final SparkSession spark;
  private final JobConfig config;
  private final LabSettings settings;
  private final RunIdentity identity;
  private final Path reportDir;

  /**
   * @param config seeds (the real data), task (template, temperature, top-p, max tokens, seed),
   *     the first endpoint's client settings, output and monitor settings; the endpoint itself is
   *     replaced by the lab's built-in models
   */
  public LabJob(SparkSession spark, JobConfig config, LabSettings settings, RunIdentity identity, Path reportDir) {
    this.spark = spark;
    this.config = config;
    this.settings = settings;
    this.identity = identity;
    this.reportDir = reportDir;
  }

  public LabResult run() {
    long started = System.currentTimeMillis();
    SeedReader.Seeds seeds = SeedReader.read(spark, config.seeds());
    Dataset<Row> real = LabPools.real(seeds, config.seeds()).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long size = real.count();
      if (size == 0) {
        throw Errors.userError("run the lab on " + seeds.source(), "the corpus has no text");
      }
      for (LabPolicy policy : settings.policies()) {
        List<Dataset<Row>> earlier = new ArrayList<>();
        for (int generation = 1; generation <= settings.generations(); generation++) {
          generate(policy, generation, real, earlier, size);
          earlier.add(generated(policy.taskName(), generation));
        }
      }
      long budget = sharedBudget(real);
      List<MonitorResult> monitors = new ArrayList<>();
      LabTable table = new LabTable();
      for (LabPolicy policy : settings.policies()) {
        describe("measuring " + policy.taskName() + " at " + budget + " tokens per depth");
        RunIdentity monitorIdentity = child(policy.taskName() + "-monitor");
        monitors.add(new MonitorJob(spark, monitorConfig(policy, budget), monitorIdentity, reportDir).run());
        readMetrics(policy, table);
      }
      resampledReal(real, budget, table);
      List<String> reports = new ArrayList<>();
      reports.add(reportDir.resolve("lab-" + identity.runDate() + ".html").toString());
      monitors.forEach(monitor -> reports.add(monitor.report()));
      LabResult result = new LabResult(identity.runId(), settings, table, budget, size, reports,
          System.currentTimeMillis() - started);
      LabReport.write(result, "real data: " + seeds.source(), Path.of(reports.get(0)));
      return result;
    } finally {
      real.unpersist();
    }
  }

  /** Fits generation {@code generation}'s model on its pool, serves it, and generates from it. */
  private void generate(LabPolicy policy, int generation, Dataset<Row> real, List<Dataset<Row>> earlier, long size) {
    Dataset<Row> pool = LabPools.trainingPool(policy, generation, real, earlier, size)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      describe(policy.taskName() + " generation " + generation + ": fitting on " + pool.count() + " rows");
      NgramModel model = NgramModel.fit(() -> pool.select("text").orderBy(col("text"))
          .as(Encoders.STRING()).toLocalIterator());
      String modelName = "ngram-" + policy.name() + "-g" + generation;
      Dataset<Row> prompts = LabPools.prompts(pool, generation, size)
          .withColumn("generation_depth", lit(generation - 1));
      BuiltinServerOptions options = BuiltinServerOptions.of(model).withServedModelName(modelName).withPromptWeight(0);
      try (BuiltinServer server = BuiltinServer.start(options)) {
        JobConfig generationConfig = generationConfig(policy, generation, URI.create(server.baseUrl() + "/v1"), modelName);
        GenerateResult result = new GenerateJob(spark, generationConfig, child(policy.taskName() + "-g" + generation),
            false, "lab", new SeedReader.Seeds(prompts, "lab pool " + modelName, null)).run();
        if (result.failed()) {
          throw Errors.external("run " + policy.taskName() + " generation " + generation, result.message(), null);
        }
        LOG.info("{} generation {}: {} rows generated, {} already there, from a model of {} words",
            policy.taskName(), generation, result.counts().generated(), result.counts().skippedExisting(),
            model.vocabularySize());
      }
    } finally {
      pool.unpersist();
    }
  }

  /** The succeeded rows of one generation of a task, as (id, text). */
  private Dataset<Row> generated(String task, int generation) {
    return spark.table(DeltaTables.qualified(config.output().database(), config.output().generationsTable()))
        .filter(col("task_name").equalTo(task).and(col("generation_depth").equalTo(generation))
            .and(col("status").equalTo("succeeded")).and(col("text").isNotNull()))
        .select(col("request_id").as("id"), col("text"));
  }

  /** The smallest token count of the real data and of any generation of any policy. */
  private long sharedBudget(Dataset<Row> real) {
    long budget = Math.min(config.monitor().tokenBudget(), tokens(real));
    for (LabPolicy policy : settings.policies()) {
      for (int generation = 1; generation <= settings.generations(); generation++) {
        budget = Math.min(budget, tokens(generated(policy.taskName(), generation)));
      }
    }
    if (budget < 1) {
      throw Errors.external("measure the lab", "a generation has no text", null);
    }
    return budget;
  }

  private static long tokens(Dataset<Row> rows) {
    return rows.select("text").as(Encoders.STRING()).javaRDD()
        .map(text -> (long) dev.synthforge.core.lm.WordTokenizer.countTokens(text)).fold(0L, Long::sum);
  }

  private void readMetrics(LabPolicy policy, LabTable table) {
    Dataset<Row> values = spark.table(DeltaTables.qualified(config.output().database(), config.output().metricsTable()))
        .filter(col("task_name").equalTo(policy.taskName()).and(col("run_date").equalTo(lit(java.sql.Date.valueOf(identity.runDate()))))
            .and(col("group").equalTo("")).and(col("metric").isin(LabTable.METRICS.toArray())))
        .select("depth", "metric", "value");
    for (Row row : values.collectAsList()) {
      int depth = row.getInt(0);
      double value = row.isNullAt(2) ? Double.NaN : row.getDouble(2);
      table.put(depth == 0 ? LabTable.REAL : policy.name(), depth, row.getString(1), value);
    }
  }

  /**
   * The real rows drawn again with replacement, as many as there are, measured like a generation:
   * what a model that had learned the real data exactly would keep after one round of finite
   * sampling. Tail recall of the real data against itself is 1 by definition; this is the value
   * a generation can hope for at the same token budget.
   */
  private void resampledReal(Dataset<Row> real, long budget, LabTable table) {
    Dataset<Row> resampled = real.sample(true, 1.0, SAMPLE_SEED)
        .select(org.apache.spark.sql.functions.concat_ws("#", col("id"),
            org.apache.spark.sql.functions.monotonically_increasing_id().cast("string")).as("row_id"),
            col("text"), lit(1).as("depth"));
    Dataset<Row> rows = real.select(col("id").as("row_id"), col("text"), lit(0).as("depth")).unionByName(resampled);
    var samples = DepthAggregates.samples(rows.javaRDD(), budget, SAMPLE_SEED);
    var values = dev.synthforge.core.metrics.text.NgramMetrics.values(identity.runId(), 1,
        samples.get(1).ngramCounts(), samples.get(0).ngramCounts());
    for (var value : values) {
      if (LabTable.METRICS.contains(value.metric())) {
        table.put(LabTable.REAL_RESAMPLED, 1, value.metric(), value.value());
      }
    }
  }

  private JobConfig generationConfig(LabPolicy policy, int generation, URI baseUrl, String modelName) {
    TaskConfig task = config.task();
    TaskConfig labTask = new TaskConfig(policy.taskName(), "{{text}}", "lab-" + policy.name(), Optional.empty(),
        task.api(), 1, false, task.temperature(), task.topP(), task.maxTokens(), task.stop(),
        Optional.of(task.seed().orElse(0L) + generation), Optional.empty(), Optional.empty());
    EndpointConfig client = config.endpoints().get(0);
    EndpointConfig endpoint = new EndpointConfig("lab", EndpointType.OPENAI, Optional.of(baseUrl), modelName,
        Optional.empty(), Optional.empty(), client.maxConcurrency(), client.concurrency(), client.rateBudget(),
        client.circuitBreaker(), 1.0, client.connectTimeout(), client.requestTimeout(), client.retry(),
        client.price(), Optional.empty(), Emulation.none());
    SeedsConfig poolSeeds = new SeedsConfig(Optional.of("lab pool"), Optional.empty(), SeedFormat.AUTO,
        Optional.of("id"), "text", List.of(), config.seeds().maxTextChars(), 0);
    return config.withSeeds(poolSeeds).withTask(labTask).withEndpoints(List.of(endpoint));
  }

  private JobConfig monitorConfig(LabPolicy policy, long budget) {
    MonitorConfig monitor = config.monitor();
    MonitorConfig shared = new MonitorConfig(budget, monitor.selfBleuSample(), monitor.embeddingSample(),
        monitor.embeddingGroups(), monitor.smallGroup(), monitor.reportDir(), List.of());
    TaskConfig task = config.task();
    TaskConfig labTask = new TaskConfig(policy.taskName(), "{{text}}", "lab-" + policy.name(), Optional.empty(),
        task.api(), 1, false, task.temperature(), task.topP(), task.maxTokens(), task.stop(), task.seed(),
        Optional.empty(), Optional.empty());
    return config.withTask(labTask).withMonitor(shared);
  }

  private RunIdentity child(String suffix) {
    return new RunIdentity(identity.runId() + "-" + suffix, identity.runDate(), identity.configHash(),
        identity.schedulerRunId());
  }

  private void describe(String step) {
    spark.sparkContext().setJobDescription("synthforge lab " + identity.runId() + ": " + step);
    LOG.info("{}", step);
  }
}
