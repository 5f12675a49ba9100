package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import dev.synthforge.config.CurateConfig;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.CodeVersion;
import dev.synthforge.core.curate.JudgeRule;
import dev.synthforge.core.curate.JudgeScoreParser;
import dev.synthforge.core.curate.RuleCatalog;
import dev.synthforge.core.errors.Errors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The curate job: judges every generated row of the config's task by the configured rules, in
 * order, and merges one row of verdicts per generated row into the curated table.
 *
 * <p>Steps: the input check and per-row rules on the executors; exact, near-duplicate and
 * semantic clusters over all rows of the task (so dedup sees yesterday's rows too, and keeps the
 * cleanest copy); novelty among the surviving samples of each seed; the judge, through the
 * generate fan-out, for the rows that survived every rule before it; then one decision per row.
 * Every step is deterministic, so a re-run over the same rows writes nothing.
 */
public final class CurateJob {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CurateJob.class);
  private final SparkSession spark;
  private final JobConfig config;
  private final RunIdentity identity;

  public CurateJob(SparkSession spark, JobConfig config, RunIdentity identity) {
    this.spark = spark;
    this.config = config;
    this.identity = identity;
  }

  public CurateResult run() {
    Instant started = Instant.now();
    CurateConfig curate = config.curate();
    String database = config.output().database();
    String generations = config.output().generationsTable();
    if (!spark.catalog().tableExists(database, generations)) {
      throw Errors.userError("curate " + DeltaTables.qualified(database, generations),
          "the table does not exist; run generate with this config first");
    }
    describeStep("building the rules");
    SeedReader.Seeds seeds = curate.rules().contains(RuleCatalog.SEED_DEDUP) ? SeedReader.read(spark, config.seeds()) : null;
    CurationRuleSet rules = CurationRuleSet.build(spark, curate, seeds, config.seeds(), config.task().jsonSchema().orElse(null));

    RunLedger ledger = RunLedger.open(spark, database, config.output().runsTable());
    CuratedStore store = CuratedStore.open(spark, database, config.output().curatedTable());
    String judgeEndpoint = curate.judge().map(CurateConfig.Judge::endpoint).orElse("");
    ledger.record(RunLedgerEntries.running(identity, "curate", started, judgeEndpoint, store.table()));
    List<Dataset<Row>> persisted = new ArrayList<>();
    try {
      CommitMetadata.tag(spark, identity.runId(), "curate");
      describeStep("per-row rules");
      Dataset<Row> work = keep(persisted, spark.table(DeltaTables.qualified(database, generations))
          .filter(col("task_name").equalTo(config.task().name()))
          .select(CurationWork.GENERATED[0], java.util.Arrays.copyOfRange(CurationWork.GENERATED, 1, CurationWork.GENERATED.length))
          .map(new RowRulesFunction(rules), Encoders.row(CurationWork.SCHEMA)));
      long rows = work.count();

      Dataset<Row> candidates = work.filter((org.apache.spark.api.java.function.FilterFunction<Row>) RowRulesFunction::inputPassed)
          .select(col("task_name").as("group_key"), col("request_id").as("row_id"), col("text"),
              col("row_rejections").as("rejections"));
      work = withSetRules(work, candidates, rules, persisted);
      work = withNovelty(work, rules, persisted);
      GenerateResult judgeRun = null;
      String rubricHash = null;
      if (rules.has(RuleCatalog.JUDGE)) {
        JudgeStep judge = new JudgeStep(spark, config);
        rubricHash = judge.rubric().hash();
        describeStep("judging the surviving rows with " + judge.model());
        Dataset<Row> toJudge = CurationWork.survivorsBefore(work, RuleCatalog.JUDGE, rules.order())
            .select("request_id", "prompt", "text");
        judgeRun = judge.run(toJudge, identity);
        CommitMetadata.tag(spark, identity.runId(), "curate");
        work = withJudge(work, judge, rules, persisted);
      } else {
        work = work.withColumn("judge_status", lit(null).cast(DataTypes.StringType))
            .withColumn("judge_output", lit(null).cast(DataTypes.StringType))
            .withColumn("judge_error", lit(null).cast(DataTypes.StringType))
            .withColumn("judge_model", lit(null).cast(DataTypes.StringType))
            .withColumn("judge_request_id", lit(null).cast(DataTypes.StringType));
      }

      describeStep("deciding");
      work = ReviewStore.withLatest(spark, database, config.output().reviewsTable(), config.task().name(), work);
      Dataset<Row> decided = keep(persisted, work.map(
          new DecideFunction(rules.order(), rubricHash, identity, CodeVersion.current(), Instant.now()),
          Encoders.row(TableSchemas.CURATED)));
      describeStep("merging into " + store.table());
      long changed = store.merge(decided);
      long kept = decided.filter(col("kept")).count();
      List<CurateResult.RuleRejections> rejections = rejections(decided);
      long judged = judgeRun == null ? 0 : judgeRun.counts().generated();
      long judgeFailed = rejections.stream()
          .filter(r -> r.rule().equals(RuleCatalog.JUDGE) && r.reason().equals(JudgeRule.UNAVAILABLE))
          .mapToLong(CurateResult.RuleRejections::any).sum();
      boolean failed = judgeRun != null && judgeRun.failed();
      String message = failed ? "the judge run failed: " + judgeRun.message() : "ok";
      Instant finished = Instant.now();
      Map<String, Long> firstRejections = new LinkedHashMap<>();
      rejections.stream().filter(r -> r.first() > 0)
          .forEach(r -> firstRejections.put(r.rule() + ":" + r.reason(), r.first()));
      ledger.record(RunLedgerEntries.curated(identity, started, finished, rows, kept, rows - changed,
          firstRejections, failed, message, judgeEndpoint, store.table()));
      return new CurateResult(identity.runId(), store.table(), rows, kept, changed, rejections, judged,
          judgeFailed, finished.toEpochMilli() - started.toEpochMilli(), failed, message);
    } catch (RuntimeException error) {
      try {
        ledger.record(RunLedgerEntries.failed(identity, "curate", started, Instant.now(),
            Errors.rootMessage(error), judgeEndpoint, store.table()));
      } catch (RuntimeException ledgerError) {
        error.addSuppressed(ledgerError);
      }
      throw error;
    } finally {
      persisted.forEach(Dataset::unpersist);
      CommitMetadata.clear(spark);
    }
  }

  /** Exact, near-duplicate and semantic clusters, joined to the work rows, and their verdicts. */
  private Dataset<Row> withSetRules(Dataset<Row> work, Dataset<Row> candidates, CurationRuleSet rules,
      List<Dataset<Row>> persisted) {
    CurateConfig curate = config.curate();
    Dataset<Row> result = work;
    if (rules.has(RuleCatalog.EXACT_DEDUP)) {
      describeStep("exact duplicates");
      result = join(result, DuplicateClusters.exact(candidates).select(col("row_id"),
          col("cluster_id").as("exact_cluster_id"), col("cluster_size").as("exact_cluster_size"),
          col("representative").as("exact_representative")));
    } else {
      result = result.withColumn("exact_cluster_id", lit(null).cast(DataTypes.StringType))
          .withColumn("exact_cluster_size", lit(null).cast(DataTypes.LongType))
          .withColumn("exact_representative", lit(null).cast(DataTypes.BooleanType));
    }
    if (rules.has(RuleCatalog.NEAR_DUP)) {
      describeStep("near duplicates (MinHash LSH, connected components)");
      result = join(result, DuplicateClusters.near(candidates, rules.hasher()).select(col("row_id"),
          col("cluster_id").as("duplicate_cluster_id"), col("cluster_size").as("duplicate_cluster_size"),
          col("representative")));
    } else {
      result = result.withColumn("duplicate_cluster_id", lit(null).cast(DataTypes.StringType))
          .withColumn("duplicate_cluster_size", lit(null).cast(DataTypes.LongType))
          .withColumn("representative", lit(null).cast(DataTypes.BooleanType));
    }
    if (rules.has(RuleCatalog.SEMANTIC_DEDUP)) {
      describeStep("semantic duplicates (MiniLM embeddings, k-means)");
      Dataset<Row> semantic = SemanticDuplicates.find(candidates, curate.semanticEpsilon(),
          curate.semanticClusterSize(), 1L);
      // Persisted by find; released with the run's other persisted steps.
      persisted.add(semantic);
      result = join(result, semantic);
    } else {
      result = result.withColumn("semantic_cluster", lit(null).cast(DataTypes.IntegerType))
          .withColumn("semantic_duplicate_of", lit(null).cast(DataTypes.StringType))
          .withColumn("semantic_similarity", lit(null).cast(DataTypes.DoubleType));
    }
    for (String rule : rules.order()) {
      switch (rule) {
        case RuleCatalog.EXACT_DEDUP -> result = CurationWork.append(result, SetRuleVerdicts.exact());
        case RuleCatalog.NEAR_DUP -> result = CurationWork.append(result, SetRuleVerdicts.near());
        case RuleCatalog.SEMANTIC_DEDUP -> result = CurationWork.append(result, SetRuleVerdicts.semantic(curate.semanticEpsilon()));
        default -> { }
      }
    }
    Dataset<Row> kept = keep(persisted, result);
    kept.count();
    return kept;
  }

  private Dataset<Row> withNovelty(Dataset<Row> work, CurationRuleSet rules, List<Dataset<Row>> persisted) {
    if (!rules.has(RuleCatalog.NOVELTY)) {
      return work;
    }
    describeStep("novelty among each seed's samples");
    Dataset<Row> survivors = CurationWork.survivorsBefore(work, RuleCatalog.NOVELTY, rules.order())
        .select(col("seed_id").as("group_key"), col("request_id").as("row_id"), col("text"),
            col("row_rejections").as("rejections"));
    Dataset<Row> joined = join(work, NoveltyPass.find(survivors, config.curate().noveltyThreshold()));
    Dataset<Row> result = keep(persisted, CurationWork.append(joined,
        SetRuleVerdicts.novelty(rules.order(), config.curate().noveltyThreshold())));
    result.count();
    return result;
  }

  private Dataset<Row> withJudge(Dataset<Row> work, JudgeStep judge, CurationRuleSet rules, List<Dataset<Row>> persisted) {
    Dataset<Row> answers = judge.answers();
    Dataset<Row> joined = work.join(answers, work.col("request_id").equalTo(answers.col("judged_id")), "left")
        .drop("judged_id");
    JudgeRule rule = new JudgeRule(new JudgeScoreParser(judge.rubric().range()), config.curate().judge().orElseThrow().minScore());
    return keep(persisted, CurationWork.append(joined, SetRuleVerdicts.judge(rules.order(), rule)));
  }

  private static Dataset<Row> join(Dataset<Row> work, Dataset<Row> result) {
    return work.join(result, work.col("request_id").equalTo(result.col("row_id")), "left").drop("row_id");
  }

  private static Dataset<Row> keep(List<Dataset<Row>> persisted, Dataset<Row> dataset) {
    Dataset<Row> kept = dataset.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(kept);
    return kept;
  }

  private static List<CurateResult.RuleRejections> rejections(Dataset<Row> decided) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Row row : decided.filter(col("kept").equalTo(false)).groupBy("rejected_by", "reject_reason").count()
        .orderBy(col("count").desc()).collectAsList()) {
      counts.computeIfAbsent(row.getString(0) + "\u0000" + row.getString(1), k -> new long[2])[0] = row.getLong(2);
    }
    for (Row row : decided.select(explode(col("verdicts")).as("v")).filter(col("v.outcome").equalTo("rejected"))
        .groupBy("v.rule", "v.reason").count().orderBy(col("count").desc()).collectAsList()) {
      counts.computeIfAbsent(row.getString(0) + "\u0000" + row.getString(1), k -> new long[2])[1] = row.getLong(2);
    }
    List<CurateResult.RuleRejections> result = new ArrayList<>();
    counts.forEach((key, value) -> {
      String[] parts = key.split("\u0000", 2);
      result.add(new CurateResult.RuleRejections(parts[0], parts[1], value[0], value[1]));
    });
    result.sort((a, b) -> a.first() != b.first() ? Long.compare(b.first(), a.first()) : Long.compare(b.any(), a.any()));
    return result;
  }

  private void describeStep(String step) {
    spark.sparkContext().setJobDescription("synthforge curate " + identity.runId() + ": " + step);
    LOG.info("{}", step);
  }
}
