package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.config.StratifyConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.metrics.FrequencyTable;
import dev.synthforge.core.metrics.representation.GroupQuota;
import dev.synthforge.core.metrics.representation.QuotaPlan;
import dev.synthforge.core.metrics.representation.QuotaPlanner;
import dev.synthforge.core.metrics.representation.QuotaPolicy;
import dev.synthforge.core.metrics.representation.SeedAllocation;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Plans the samples of a stratified run without bringing a seed to the driver: the seeds are
 * counted per group on the cluster, the quotas are planned on the driver from those counts, and
 * each seed gets its count on the executors from its position among the seeds sorted by
 * {@link SeedAllocation.SortKey} (a range-partitioned sort, numbered with zipWithIndex).
 *
 * <p>Seeds repeated with the same id, content and group count once, as their samples share
 * request ids; the same seed under two groups counts in each.
 */
final class StratifiedPlan {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StratifiedPlan.class);
  private static final String GROUP = "_stratify_group";
  private static final String ORDER = "_stratify_order";
  private static final String SEED_ID = "_stratify_seed_id";
  private static final String CONTENT_HASH = "_stratify_content_hash";

  private final SparkSession spark;
  private final StratifyConfig stratify;
  private final int samplesPerSeed;
  private Dataset<Row> keyed;
  private QuotaPlan quotas;
  private long seedsWithoutValue;

  StratifiedPlan(SparkSession spark, StratifyConfig stratify, int samplesPerSeed) {
    this.spark = spark;
    this.stratify = stratify;
    this.samplesPerSeed = samplesPerSeed;
  }

  /**
   * The plan rows of {@code seeds}, with {@link PlanRows#SCHEMA}: each seed's samples as its
   * group's quota allots them. Runs the counting and numbering jobs.
   */
  Dataset<Row> rows(Dataset<Row> seeds, SeedPlanFunction seedPlan) {
    StructType keyedSchema = seeds.schema().add(GROUP, StringType, true).add(ORDER, StringType, false)
        .add(SEED_ID, StringType, false).add(CONTENT_HASH, StringType, false);
    // Kept: counted once here, sorted once below; a recomputed read could see other seeds.
    keyed = seeds.map(new SeedKeys(seedPlan, stratify.attribute()), Encoders.row(keyedSchema))
        .dropDuplicates(new String[] {GROUP, SEED_ID, CONTENT_HASH})
        .persist(StorageLevel.MEMORY_AND_DISK());
    FrequencyTable groups = new FrequencyTable();
    seedsWithoutValue = 0;
    for (Row count : keyed.groupBy(GROUP).count().collectAsList()) {
      if (count.isNullAt(0)) {
        seedsWithoutValue = count.getLong(1);
      } else {
        groups.add(count.getString(0), count.getLong(1));
      }
    }
    checkFloor(groups.distinct());
    quotas = QuotaPlanner.planSamples(groups, stratify.policy(), stratify.samplesPerSeed(samplesPerSeed));
    log();
    Broadcast<SeedAllocation> allocation = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new SeedAllocation(quotas, seedsWithoutValue, samplesPerSeed));
    JavaRDD<Row> seedRows = keyed.javaRDD();
    JavaRDD<Row> sorted = seedRows.sortBy(StratifiedPlan::sortKey, true, Math.max(1, seedRows.getNumPartitions()));
    JavaRDD<Row> planned = sorted.zipWithIndex().flatMap(new AllottedSamples(seedPlan, allocation));
    return spark.createDataFrame(planned, PlanRows.SCHEMA).dropDuplicates(new String[] {"request_id"});
  }

  /**
   * What the run planned and, from the succeeded request ids after it, achieved per group.
   * Releases the kept seeds.
   */
  StratifiedOutcome outcome(Dataset<Row> plan, Dataset<Row> succeededIds) {
    Map<String, Long> achieved = new HashMap<>();
    long achievedWithoutValue = 0;
    Dataset<Row> done = plan.join(succeededIds, "request_id")
        .groupBy(col("seed_attributes").getItem(stratify.attribute())).count();
    for (Row count : done.collectAsList()) {
      if (count.isNullAt(0)) {
        achievedWithoutValue = count.getLong(1);
      } else {
        achieved.put(count.getString(0), count.getLong(1));
      }
    }
    if (keyed != null) {
      keyed.unpersist();
    }
    StratifiedOutcome outcome = new StratifiedOutcome(stratify.attribute(), stratify.describePolicy(),
        quotas, seedsWithoutValue, samplesPerSeed, achieved, achievedWithoutValue);
    for (GroupQuota quota : quotas.groups()) {
      LOG.info("stratified by '{}': group '{}' achieved {} of {} planned samples", stratify.attribute(),
          quota.group(), outcome.achieved(quota.group()), quota.target());
    }
    return outcome;
  }

  private void checkFloor(int groups) {
    if (groups > 0 && stratify.policy() instanceof QuotaPolicy.Floor floor && floor.share().isPresent()
        && floor.share().getAsDouble() > 1.0 / groups + 1e-12) {
      throw Errors.userError("plan stratified quotas", String.format(Locale.ROOT,
          "task.stratify.floor %s is above 1/K = %.4f for the K = %d groups of '%s' in the seeds;"
              + " set it to at most %.4f", floor.share().getAsDouble(), 1.0 / groups, groups,
          stratify.attribute(), Math.floor(1e4 / groups) / 1e4));
    }
  }

  private void log() {
    if (quotas.groups().isEmpty()) {
      LOG.warn("stratified by '{}': no seed has a value, so every seed gets {} sample(s)",
          stratify.attribute(), samplesPerSeed);
    }
    for (GroupQuota quota : quotas.groups()) {
      LOG.info(String.format(Locale.ROOT,
          "stratified by '%s' (%s): group '%s' has %d seeds (%.1f%%), target share %.1f%%,"
              + " %d samples planned (%.1f%%)", stratify.attribute(), stratify.describePolicy(),
          quota.group(), quota.realCount(), 100 * quota.realShare(), 100 * quota.targetShare(),
          quota.target(), quotas.total() == 0 ? 0.0 : 100.0 * quota.target() / quotas.total()));
    }
    if (seedsWithoutValue > 0) {
      LOG.info("stratified by '{}': {} seeds without a value get {} sample(s) each",
          stratify.attribute(), seedsWithoutValue, samplesPerSeed);
    }
  }

  private static SeedAllocation.SortKey sortKey(Row seed) {
    return new SeedAllocation.SortKey(seed.getAs(GROUP), seed.getAs(ORDER), seed.getAs(SEED_ID),
        seed.getAs(CONTENT_HASH));
  }

  /** Appends a seed's group, salted hash order, id and content hash to its row. */
  private static final class SeedKeys implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final SeedPlanFunction seedPlan;
    private final String attribute;

    SeedKeys(SeedPlanFunction seedPlan, String attribute) {
      this.seedPlan = seedPlan;
      this.attribute = attribute;
    }

    @Override
    public Row call(Row seed) {
      Object value = seed.getAs(attribute);
      SeedAllocation.SortKey key = SeedAllocation.sortKey(value == null ? null : value.toString(),
          seedPlan.seedId(seed), seedPlan.contentHash(seed));
      Object[] values = new Object[seed.length() + 4];
      for (int index = 0; index < seed.length(); index++) {
        values[index] = seed.get(index);
      }
      values[seed.length()] = key.group();
      values[seed.length() + 1] = key.order();
      values[seed.length() + 2] = key.seedId();
      values[seed.length() + 3] = key.contentHash();
      return RowFactory.create(values);
    }
  }

  /** Plans each numbered seed with the samples its position in the sort allots it. */
  private static final class AllottedSamples implements FlatMapFunction<Tuple2<Row, Long>, Row> {
    private static final long serialVersionUID = 1L;
    private final SeedPlanFunction seedPlan;
    private final Broadcast<SeedAllocation> allocation;

    AllottedSamples(SeedPlanFunction seedPlan, Broadcast<SeedAllocation> allocation) {
      this.seedPlan = seedPlan;
      this.allocation = allocation;
    }

    @Override
    public Iterator<Row> call(Tuple2<Row, Long> numbered) {
      Row seed = numbered._1();
      return seedPlan.call(seed, allocation.value().samplesAt(sortKey(seed), numbered._2()));
    }
  }
}
