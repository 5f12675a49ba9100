package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;

import dev.synthforge.config.EndpointConfig;
import dev.synthforge.config.JobConfig;
import dev.synthforge.config.TaskConfig;
import dev.synthforge.core.CodeVersion;
import dev.synthforge.core.Hashes;
import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.SynthforgeException;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.RequestIds;
import dev.synthforge.core.lineage.OutputCheck;
import dev.synthforge.core.lineage.RunBudget;
import dev.synthforge.core.lineage.RunContext;
import dev.synthforge.core.lineage.RunCounts;
import dev.synthforge.core.lineage.SamplePlanner;
import dev.synthforge.core.lineage.SchemaOutputCheck;
import dev.synthforge.core.prompt.PromptTemplate;
import dev.synthforge.core.schema.JsonSchema;
import dev.synthforge.endpoint.EndpointProbe;
import dev.synthforge.endpoint.EndpointSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The generate job: plans every (seed, sample) of a config, skips what earlier runs generated,
 * fans the rest out to the endpoints from the executors, and merges the rows into generations.
 */
public final class GenerateJob {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GenerateJob.class);
  private final SparkSession spark;
  private final JobConfig config;
  private final RunIdentity identity;
  private final boolean force;
  private final String job;
  private final SeedReader.Seeds givenSeeds;

  /**
   * @param identity the run's id, date and hashes, resolved by the caller
   * @param force regenerate samples that already succeeded
   */
  public GenerateJob(SparkSession spark, JobConfig config, RunIdentity identity, boolean force) {
    this(spark, config, identity, force, "generate", null);
  }

  /**
   * A fan-out run of another job over rows it provides, such as the judge calls of curate: the
   * same planning, resume, retries and lineage, with {@code job} recorded as the writing job.
   *
   * @param seeds the rows to plan from, instead of reading the config's seeds; null reads them
   */
  GenerateJob(SparkSession spark, JobConfig config, RunIdentity identity, boolean force, String job,
      SeedReader.Seeds seeds) {
    this.spark = spark;
    this.config = config;
    this.identity = identity;
    this.force = force;
    this.job = job;
    this.givenSeeds = seeds;
  }

  /**
   * Runs the job. Throws a categorized error when it cannot start; a run that ends above its
   * failure ratio returns a result marked failed, after its rows and ledger entry are written.
   */
  public GenerateResult run() {
    Instant started = Instant.now();
    TaskConfig task = config.task();
    SeedReader.Seeds seeds = givenSeeds != null ? givenSeeds : SeedReader.read(spark, config.seeds());
    PromptTemplate template = PromptTemplate.parse(task.template());
    checkColumns(seeds, template);
    OutputCheck check = task.jsonSchema().map(json -> (OutputCheck) new SchemaOutputCheck(json)).orElse(OutputCheck.none());
    String schemaHash = task.jsonSchema().map(json -> JsonSchema.parse(json).schemaHash()).orElse(null);

    describeStep("reading seeds from " + seeds.source() + " and starting endpoints");
    try (BuiltinEndpoints builtins = BuiltinEndpoints.start(config, seeds)) {
      List<EndpointSpec> endpoints = endpointSpecs(builtins);
      checkEndpoints(endpoints);
      GenerationParameters parameters = new GenerationParameters(
          task.temperature(), task.topP(), task.maxTokens(), task.stop(), task.seed().orElse(null));
      String models = String.join(",", new TreeSet<>(endpoints.stream().map(EndpointSpec::model).toList()));
      String fingerprint = RequestIds.taskFingerprint(
          template.hash(), task.systemPrompt().orElse(null), schemaHash, task.api(), models, parameters);
      RunContext run = new RunContext(
          identity.runId(), identity.runDate(), job, identity.configHash(), CodeVersion.current(),
          identity.schedulerRunId(), seeds.source(), seeds.tableVersion(), task.name(), task.templateId(),
          template.hash(), task.systemPrompt().map(Hashes::sha256).orElse(null), schemaHash, task.api(),
          parameters, task.useN() ? task.samplesPerSeed() : 1);

      describeStep("opening tables");
      GenerationStore store = GenerationStore.open(spark, config.output().database(), config.output().generationsTable(), job);
      RunLedger ledger = RunLedger.open(spark, config.output().database(), config.output().runsTable());
      CommitMetadata.tag(spark, identity.runId(), job);
      CommitMetadata.describe(spark, task.name(), models, template.hash());
      String endpointList = describe(endpoints);
      describeStep("recording the run in the ledger");
      ledger.record(RunLedgerEntries.running(identity, job, started, endpointList, store.table()));
      try {
        describeStep("recovering responses of interrupted runs");
        Set<String> unansweredBefore = store.recoverJournals();
        long recovered = store.mergeStaged(null);

        SamplePlanner planner = new SamplePlanner(template, fingerprint, config.seeds().textColumn(),
            config.seeds().attributes(), task.samplesPerSeed(), config.seeds().maxTextChars());
        Optional<StratifiedPlan> stratified = task.stratify().map(s -> new StratifiedPlan(spark, s, task.samplesPerSeed()));
        describeStep("planning samples");
        // Kept for the counts and the fan-out: planning reads every seed. Persisted blocks lost
        // with an executor are recomputed from the seeds, which is cheap and sends nothing.
        Dataset<Row> plan = plan(seeds, planner, stratified).persist(StorageLevel.MEMORY_AND_DISK());
        long requested = plan.count();
        Dataset<Row> done = store.succeededIds();
        // Kept too: the count, the re-send count and the fan-out would each scan generations again.
        // With --force everything planned is sent, and the plan is kept already.
        Dataset<Row> toSend = force ? plan
            : plan.join(done, plan.col("request_id").equalTo(done.col("request_id")), "left_anti")
                .persist(StorageLevel.MEMORY_AND_DISK());
        long sending = toSend.count();
        long resentAfterCrash = unansweredBefore.isEmpty() || sending == 0 ? 0
            : toSend.filter(col("request_id").isin(unansweredBefore.toArray())).count();

        FanOutSpec spec = new FanOutSpec(run, endpoints, slotsPerJvm(endpoints), task.systemPrompt().orElse(null),
            task.jsonSchema().orElse(null), check, task.useN(),
            config.run().deadline().map(d -> started.plus(d).toEpochMilli()).orElse(Long.MAX_VALUE),
            config.run().endpointWait().toMillis(), store.journalRoot(),
            new RunBudget(config.run().maxTokens().orElse(0L), config.run().maxCostUsd().orElse(0.0)).share(executors()),
            prices());
        FanOutCounters counters = FanOutCounters.register(spark.sparkContext());
        long fanOutMillis = 0;
        if (sending > 0) {
          describeStep("sending " + sending + " requests to " + endpoints.size() + " endpoint(s)");
          int partitions = (int) Math.max(1, Math.min(sending, spark.sparkContext().defaultParallelism() * 4L));
          Dataset<Row> balanced = task.useN()
              ? toSend.repartition(partitions, col("seed_id")).sortWithinPartitions("seed_id", "seed_content_hash", "sample_index")
              : toSend.repartition(partitions, col("request_id"));
          long fanOutStart = System.nanoTime();
          try (FanOutProgress progress = FanOutProgress.start(spark.sparkContext(), counters,
              identity.runId().startsWith(job) ? identity.runId() : job + " " + identity.runId(), sending,
              config.run().progressInterval())) {
            store.stage(balanced.mapPartitions(new FanOutPartition(spec, counters), Encoders.row(TableSchemas.GENERATIONS)));
          }
          fanOutMillis = (System.nanoTime() - fanOutStart) / 1_000_000;
          store.clearJournal(identity.runId());
        }
        if (toSend != plan) {
          toSend.unpersist();
        }
        RunCounts counts;
        if (sending > 0) {
          describeStep("counting the run's rows");
          counts = RunTally.tally(store.staged(identity.runId()), requested, requested - sending, prices());
          describeStep("merging " + (counts.generated() + counts.failed()) + " rows into " + store.table());
          store.mergeStaged(force ? identity.runId() : null);
        } else {
          counts = new RunCounts(requested, 0, 0, requested, 0, 0, 0, Map.of());
        }
        Optional<StratifiedOutcome> quotas = stratified.map(s -> s.outcome(plan, store.succeededIds()));
        plan.unpersist();
        long unserved = counts.failuresByClass().getOrDefault(ErrorClass.NO_HEALTHY_ENDPOINT.name(), 0L);
        long overBudget = counts.failuresByClass().getOrDefault(ErrorClass.BUDGET_EXHAUSTED.name(), 0L);
        boolean failed = unserved > 0 || overBudget > 0 || counts.failureRatio() > config.run().maxFailureRatio();
        String message;
        if (overBudget > 0) {
          message = String.format(Locale.ROOT, "the run's budget was reached (%d tokens, $%.4f spent);"
              + " %d sample(s) were not sent; run again, with a larger budget if needed, to finish",
              counts.promptTokens() + counts.completionTokens(), counts.estimatedCostUsd(), overBudget);
        } else if (unserved > 0) {
          message = String.format(Locale.ROOT, "no endpoint was healthy for run.endpoint-wait (%s); %d sample(s) were not sent",
              dev.synthforge.config.Durations.format(config.run().endpointWait()), unserved);
        } else if (failed) {
          message = String.format(Locale.ROOT, "failure ratio %.3f is above run.max-failure-ratio %.3f",
              counts.failureRatio(), config.run().maxFailureRatio());
        } else {
          message = "ok";
        }
        Instant finished = Instant.now();
        describeStep("recording the outcome in the ledger");
        ledger.record(RunLedgerEntries.finished(identity, job, started, finished, counts,
            new RunLedger.Work(counters.callsSent.value(), counters.responsesReused.value(), resentAfterCrash + counters.requestsResent.value(),
                recovered), failed, message,
            endpointList, store.table()));
        GenerateResult result = new GenerateResult(identity.runId(), counts, recovered, counters.callsSent.value(),
            counters.responsesReused.value(), resentAfterCrash + counters.requestsResent.value(), store.table(), ledger.table(),
            finished.toEpochMilli() - started.toEpochMilli(), fanOutMillis, failed, message, quotas);
        return result;
      } catch (RuntimeException error) {
        // The run's rows so far are staged or journaled; say in the ledger that it did not end.
        try {
          ledger.record(RunLedgerEntries.failed(identity, job, started, Instant.now(),
              Errors.rootMessage(error), endpointList, store.table()));
        } catch (RuntimeException ledgerError) {
          error.addSuppressed(ledgerError);
        }
        throw error;
      } finally {
        CommitMetadata.clear(spark);
      }
    }
  }

  /**
   * Stops the job before anything is sent when no endpoint can be used, or when one refuses its
   * key (a config error). An endpoint that is merely down is left to its circuit breaker while
   * the others serve.
   */
  private static void checkEndpoints(List<EndpointSpec> endpoints) {
    List<SynthforgeException> unreachable = new ArrayList<>();
    for (EndpointSpec endpoint : endpoints) {
      try {
        EndpointProbe.check(endpoint);
      } catch (SynthforgeException e) {
        if (e.category() != ErrorCategory.EXTERNAL) {
          throw e;
        }
        unreachable.add(e);
        LOG.warn("{}; going on with the other endpoints", e.getMessage());
      }
    }
    if (unreachable.size() == endpoints.size()) {
      throw unreachable.get(0);
    }
  }

  private Dataset<Row> plan(SeedReader.Seeds seeds, SamplePlanner planner, Optional<StratifiedPlan> stratified) {
    String idColumn = config.seeds().idColumn().orElse(null);
    String depthColumn = seeds.columns().contains("generation_depth") ? "generation_depth" : null;
    Set<String> read = new LinkedHashSet<>(planner.columns());
    if (idColumn != null) {
      read.add(idColumn);
    }
    if (depthColumn != null) {
      read.add(depthColumn);
    }
    Dataset<Row> selected = seeds.rows().select(read.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new));
    SeedPlanFunction seedPlan = new SeedPlanFunction(planner, idColumn, depthColumn);
    if (stratified.isPresent()) {
      return stratified.get().rows(selected, seedPlan);
    }
    return selected.flatMap(seedPlan, Encoders.row(PlanRows.SCHEMA)).dropDuplicates(new String[] {"request_id"});
  }

  private void checkColumns(SeedReader.Seeds seeds, PromptTemplate template) {
    List<String> columns = seeds.columns();
    List<String> missing = new ArrayList<>();
    for (String field : template.fields()) {
      if (!columns.contains(field)) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      throw Errors.unknownTemplateFields(missing, columns);
    }
    List<String> needed = new ArrayList<>(config.seeds().attributes());
    needed.add(config.seeds().textColumn());
    config.seeds().idColumn().ifPresent(needed::add);
    for (String column : needed) {
      if (!columns.contains(column)) {
        throw Errors.userError("read seeds from " + seeds.source(),
            "column '" + column + "' named in seeds config is not among the seed columns " + columns);
      }
    }
  }

  private List<EndpointSpec> endpointSpecs(BuiltinEndpoints builtins) {
    List<EndpointSpec> specs = new ArrayList<>();
    for (EndpointConfig endpoint : config.endpoints()) {
      EndpointSpec spec = EndpointSpecs.from(endpoint, builtins);
      specs.add(spec.withRateBudget(spec.rateBudget().share(executors())));
    }
    return specs;
  }

  private int executors() {
    return Math.max(1, spark.sparkContext().getExecutorMemoryStatus().size() - (spark.sparkContext().isLocal() ? 0 : 1));
  }

  private List<Integer> slotsPerJvm(List<EndpointSpec> endpoints) {
    int executors = executors();
    List<Integer> slots = new ArrayList<>();
    for (EndpointSpec endpoint : endpoints) {
      slots.add(Math.max(1, (endpoint.maxConcurrency() + executors - 1) / executors));
    }
    return slots;
  }

  private Map<String, double[]> prices() {
    Map<String, double[]> prices = new HashMap<>();
    for (EndpointConfig endpoint : config.endpoints()) {
      prices.put(endpoint.name(), new double[] {endpoint.price().promptPerMillion(), endpoint.price().completionPerMillion()});
    }
    return prices;
  }

  private static String describe(List<EndpointSpec> endpoints) {
    List<String> parts = new ArrayList<>();
    for (EndpointSpec endpoint : endpoints) {
      parts.add(endpoint.name() + "=" + endpoint.publicUrl() + " model=" + endpoint.model());
    }
    return String.join("; ", parts);
  }

  private void describeStep(String step) {
    spark.sparkContext().setJobDescription("synthforge " + job + " " + identity.runId() + ": " + step);
    LOG.info("{}", step);
  }
}
