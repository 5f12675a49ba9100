package dev.synthforge.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import dev.synthforge.config.JobConfig;
import dev.synthforge.config.MixConfig;
import dev.synthforge.core.CodeVersion;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.SynthforgeException;
import dev.synthforge.core.mix.DatasetCard;
import dev.synthforge.core.mix.MixManifest;
import dev.synthforge.core.mix.MixManifestParser;
import dev.synthforge.core.mix.MixPlan;
import dev.synthforge.core.mix.MixPlanner;
import dev.synthforge.core.mix.MixSpec;
import dev.synthforge.core.mix.SeedPin;
import dev.synthforge.core.mix.Stratum;
import dev.synthforge.core.mix.StratumTake;
import dev.synthforge.core.mix.TablePin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The mix job: builds the training mix table from the real pool (the seeds) and the kept curated
 * rows by the configured policy, and writes a manifest that pins every input's version, so that
 * {@code mix --manifest} rebuilds the identical set later by Delta time travel.
 *
 * <p>Rows are counted per stratum (source, depth, group) and the counts planned in the core; each
 * stratum then keeps its rows with the lowest seeded hash of their id, so no row reaches the
 * driver. Every check (inputs, plan, manifest) runs before anything is written: bad input writes
 * nothing, not even a ledger entry.
 */
public final class MixJob {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MixJob.class);
  private static final StructType TAKES = new StructType()
      .add("t_source", DataTypes.StringType).add("t_depth", DataTypes.IntegerType)
      .add("t_group", DataTypes.StringType).add("t_take", DataTypes.LongType);

  private final SparkSession spark;
  private final JobConfig config;
  private final RunIdentity identity;

  public MixJob(SparkSession spark, JobConfig config, RunIdentity identity) {
    this.spark = spark;
    this.config = config;
    this.identity = identity;
  }

  /** Builds a new mix from the inputs as they are now. */
  public MixResult run() {
    return run(Optional.empty());
  }

  /** Builds a mix; with a manifest path, rebuilds that manifest's mix from its pinned inputs. */
  public MixResult run(Optional<String> manifestPath) {
    Instant started = Instant.now();
    String database = config.output().database();
    MixConfig mixConfig = config.mix();
    String table = DeltaTables.qualified(database, mixConfig.table());
    MixInputs inputs = new MixInputs(spark);
    Optional<MixManifest> pinned = manifestPath.map(this::readManifest);

    describeStep("pinning the inputs");
    MixSpec spec;
    SeedPin seeds;
    TablePin curated;
    TablePin generations;
    if (pinned.isPresent()) {
      spec = pinned.get().spec();
      seeds = pinned.get().seeds();
      curated = pinned.get().curated();
      generations = pinned.get().generations();
    } else {
      spec = mixConfig.spec();
      curated = inputs.pin(existing(database, config.output().curatedTable(), "run curate with this config first"));
      generations = inputs.pin(existing(database, config.output().generationsTable(), "run generate with this config first"));
      seeds = inputs.pinSeeds(config.seeds());
    }

    List<Dataset<Row>> persisted = new ArrayList<>();
    try {
      describeStep("reading the inputs and counting rows per stratum");
      Dataset<Row> candidates;
      List<Stratum> strata;
      try {
        Dataset<Row> real = MixRows.real(inputs.readSeeds(seeds), seeds, spec.stratifyBy());
        Dataset<Row> synthetic = MixRows.synthetic(inputs.read(curated), inputs.read(generations), spec.stratifyBy());
        candidates = MixRows.keyed(real.unionByName(synthetic), spec.seed()).persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(candidates);
        strata = strata(candidates);
      } catch (Exception e) {
        // Spark's read errors are checked exceptions thrown from Scala: catch Exception.
        if (pinned.isEmpty() || e instanceof SynthforgeException) {
          throw e;
        }
        throw Errors.userError("rebuild the mix of " + manifestPath.get(), "an input cannot be read at its pinned"
            + " version (" + seeds.describe() + ", " + curated.table() + " v" + curated.version() + ", "
            + generations.table() + " v" + generations.version() + "); it was vacuumed or its log expired: "
            + Errors.rootMessage(e), e);
      }
      MixPlan plan = MixPlanner.plan(spec, strata);
      if (pinned.isPresent() && !plan.equals(pinned.get().plan())) {
        throw Errors.userError("rebuild the mix of " + manifestPath.get(), "the pinned inputs no longer give the"
            + " rows the manifest counted (" + describe(pinned.get().plan()) + " then, " + describe(plan) + " now)");
      }
      return write(started, table, spec, seeds, curated, generations, candidates, plan, manifestPath);
    } finally {
      persisted.forEach(Dataset::unpersist);
    }
  }

  private MixResult write(Instant started, String table, MixSpec spec, SeedPin seeds, TablePin curated,
      TablePin generations, Dataset<Row> candidates, MixPlan plan, Optional<String> manifestPath) {
    MixStore store = MixStore.open(spark, config.output().database(), config.mix().table());
    RunLedger ledger = RunLedger.open(spark, config.output().database(), config.output().runsTable());
    ledger.record(RunLedgerEntries.running(identity, "mix", started, "", table));
    try {
      CommitMetadata.tag(spark, identity.runId(), "mix");
      describeStep("sampling and writing " + table);
      store.replace(sample(candidates, plan).withColumn("mix_run_id", lit(identity.runId())));
      TablePin output = new TablePin(table, DeltaTables.version(spark, table));
      MixManifest manifest = new MixManifest(identity.runId(), started.toString(), CodeVersion.current(),
          identity.configHash(), spec, seeds, curated, generations, output, plan.takes());
      String json = MixManifestParser.toJson(manifest);
      String folder = config.mix().manifestDir().orElseGet(() -> DeltaTables.location(spark, table) + "_manifests");
      String manifestFile = folder + "/" + identity.runId() + ".json";
      MixFiles.write(spark, manifestFile, json);
      Dataset<Row> written = spark.sql("SELECT * FROM " + table + " VERSION AS OF " + output.version());
      List<String> exports = new ArrayList<>();
      if (config.mix().export().isPresent()) {
        describeStep("exporting to " + config.mix().export().get().dir());
        exports.addAll(MixExport.write(spark, written, config.mix().export().get()));
        exports.add("manifest.json: the manifest; README.md: this card");
      }
      describeStep("writing the dataset card");
      String card = DatasetCard.render(manifest, json,
          MixCardFacts.count(spark, written, new MixInputs(spark).read(curated), config.output().database(), exports));
      String cardFile = folder + "/" + identity.runId() + ".md";
      MixFiles.write(spark, cardFile, card);
      config.mix().export().ifPresent(export -> {
        MixFiles.write(spark, export.dir() + "/manifest.json", json);
        MixFiles.write(spark, export.dir() + "/README.md", card);
      });
      Instant finished = Instant.now();
      ledger.record(new RunLedger.Entry(identity.runId(), "mix", identity.runDate(), "succeeded",
          candidates.count(), plan.rows(), 0, 0, RunLedger.Work.none(), 0, 0, 0,
          Map.of("real", plan.realRows(), "synthetic", plan.syntheticRows()), started, finished,
          identity.configHash(), CodeVersion.current(), identity.schedulerRunId(), "", table,
          (manifestPath.map(m -> "rebuilt " + m + "; ").orElse("")) + "manifest " + manifestFile));
      return new MixResult(identity.runId(), table, output.version(), plan, manifestFile, cardFile,
          config.mix().export().map(MixConfig.Export::dir), manifestPath,
          finished.toEpochMilli() - started.toEpochMilli());
    } catch (Exception error) {
      // Spark's write errors are checked exceptions thrown from Scala: catch Exception.
      try {
        ledger.record(RunLedgerEntries.failed(identity, "mix", started, Instant.now(), Errors.rootMessage(error), "", table));
      } catch (RuntimeException ledgerError) {
        error.addSuppressed(ledgerError);
      }
      throw error;
    } finally {
      CommitMetadata.clear(spark);
    }
  }

  /** Rows with the lowest sample keys of each stratum, as many as the plan takes. */
  private Dataset<Row> sample(Dataset<Row> candidates, MixPlan plan) {
    List<Row> rows = new ArrayList<>();
    for (StratumTake take : plan.takes()) {
      rows.add(RowFactory.create(take.stratum().source(), take.stratum().depth(), take.stratum().group(), take.take()));
    }
    Dataset<Row> takes = broadcast(spark.createDataFrame(rows, TAKES));
    Dataset<Row> joined = candidates.join(takes, col("source").equalTo(col("t_source"))
        .and(col("generation_depth").equalTo(col("t_depth"))).and(col("group").equalTo(col("t_group"))));
    return joined
        .withColumn("sample_rank", row_number().over(Window.partitionBy("source", "generation_depth", "group")
            .orderBy("sample_key", "row_id")))
        .filter(col("sample_rank").leq(col("t_take")))
        .drop("sample_rank", "t_source", "t_depth", "t_group", "t_take");
  }

  private static List<Stratum> strata(Dataset<Row> candidates) {
    List<Stratum> strata = new ArrayList<>();
    for (Row row : candidates.groupBy("source", "generation_depth", "group").count().collectAsList()) {
      strata.add(new Stratum(row.getString(0), row.getInt(1), row.getString(2), row.getLong(3)));
    }
    strata.sort(Stratum.ORDER);
    return strata;
  }

  private String existing(String database, String tableName, String hint) {
    if (!spark.catalog().tableExists(database, tableName)) {
      throw Errors.userError("build the training mix", "table " + database + "." + tableName + " does not exist; " + hint);
    }
    return DeltaTables.qualified(database, tableName);
  }

  private MixManifest readManifest(String path) {
    String text = MixFiles.read(spark, path);
    try {
      return MixManifestParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw Errors.userError("read the mix manifest " + path, e.getMessage(), e);
    }
  }

  private static String describe(MixPlan plan) {
    return plan.realRows() + " real and " + plan.syntheticRows() + " synthetic rows of "
        + Arrays.toString(plan.takes().stream().map(t -> t.stratum().source() + "/" + t.stratum().depth() + "/"
            + t.stratum().group() + ":" + t.stratum().available()).toArray());
  }

  private void describeStep(String step) {
    spark.sparkContext().setJobDescription("synthforge mix " + identity.runId() + ": " + step);
    LOG.info("{}", step);
  }
}
