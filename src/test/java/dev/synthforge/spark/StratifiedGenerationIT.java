package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import dev.synthforge.core.metrics.representation.GroupQuota;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stratified generation end to end over a skewed seed file: 40 seeds in region a, 4 in region b,
 * 2 samples a seed, so 88 samples in all.
 */
class StratifiedGenerationIT {
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  private GenerateResult run(JobConfig config) {
    RunIdentity identity = new RunIdentity(RunIdentity.newRunId("generate"), LocalDate.of(2026, 11, 25),
        ConfigHash.of(config), null);
    return new GenerateJob(spark, config, identity, false).run();
  }

  private static List<String> skewed(int withoutRegion) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 44; i++) {
      lines.add("{\"id\": \"s" + i + "\", \"text\": \"Seed review " + i + " says the kettle boils fast.\","
          + " \"region\": \"" + (i < 40 ? "a" : "b") + "\"}");
    }
    for (int i = 0; i < withoutRegion; i++) {
      lines.add("{\"id\": \"n" + i + "\", \"text\": \"Seed review n" + i + " has no region.\"}");
    }
    return lines;
  }

  private JobConfig config(Path seeds, String database, String stratify) {
    String task = TestConfigs.paraphraseTask(2) + (stratify.isEmpty() ? "" : "stratify:\n" + stratify.indent(2));
    return TestConfigs.builtin(dir, seeds, database, task, "");
  }

  /** Succeeded rows per region ("-" for none). */
  private Map<String, Long> rowsPerRegion(String database) {
    Map<String, Long> rows = new TreeMap<>();
    for (Row row : spark.table(database + ".generations").filter("status = 'succeeded'")
        .selectExpr("coalesce(seed_attributes['region'], '-') AS region").groupBy("region").count()
        .collectAsList()) {
      rows.put(row.getString(0), row.getLong(1));
    }
    return rows;
  }

  /** How many seeds of a region have each number of rows, as samples -> seeds. */
  private Map<Long, Long> seedsPerSampleCount(String database, String region) {
    Map<Long, Long> seeds = new TreeMap<>();
    for (Row row : spark.table(database + ".generations").filter("seed_attributes['region'] = '" + region + "'")
        .groupBy("seed_id").count().groupBy("count").count().collectAsList()) {
      seeds.put(row.getLong(0), row.getLong(1));
    }
    return seeds;
  }

  @Test
  void theRareGroupRisesTowardsItsTargetAndARerunSendsNothing() {
    Path seeds = TestConfigs.seeds(dir, skewed(0));
    JobConfig config = config(seeds, "strat_tempered", "attribute: region\ntemperature: 0.5");

    GenerateResult first = run(config);

    // p = 40/44, 4/44; q proportional to sqrt(p): 0.760, 0.240; 88 q = 66.86, 21.14: 67 and 21.
    // Without quotas b would have 8 of 88 (9.1%); now 21 (23.9%, target 24.0%).
    assertThat(first.counts().requested()).isEqualTo(88);
    assertThat(first.counts().generated()).isEqualTo(88);
    assertThat(rowsPerRegion("strat_tempered")).containsExactly(Map.entry("a", 67L), Map.entry("b", 21L));
    // a: 67 = 40 + 27, so 27 seeds have 2 samples and 13 have 1; b: 21 = 4 * 5 + 1.
    assertThat(seedsPerSampleCount("strat_tempered", "a")).containsExactly(Map.entry(1L, 13L), Map.entry(2L, 27L));
    assertThat(seedsPerSampleCount("strat_tempered", "b")).containsExactly(Map.entry(5L, 3L), Map.entry(6L, 1L));
    // Each seed's samples are its first indexes, so raising a count only adds indexes.
    assertThat(spark.table("strat_tempered.generations").groupBy("seed_id")
        .agg(org.apache.spark.sql.functions.max("sample_index").as("last"),
            org.apache.spark.sql.functions.count("*").as("samples"))
        .filter("last + 1 != samples").count()).isZero();
    StratifiedOutcome outcome = first.stratified().orElseThrow();
    assertThat(outcome.quotas().groups()).extracting(GroupQuota::group, GroupQuota::realCount, GroupQuota::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 40L, 67L), org.assertj.core.groups.Tuple.tuple("b", 4L, 21L));
    assertThat(outcome.achieved()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 67L, "b", 21L));
    assertThat(outcome.policy()).isEqualTo("tempered, temperature 0.5");

    long versionBefore = DeltaTables.version(spark, "strat_tempered.generations");
    GenerateResult rerun = run(config);
    assertThat(rerun.counts().requested()).isEqualTo(88);
    assertThat(rerun.counts().skippedExisting()).isEqualTo(88);
    assertThat(rerun.callsSent()).isZero();
    assertThat(DeltaTables.version(spark, "strat_tempered.generations")).isEqualTo(versionBefore);
    assertThat(rerun.stratified().orElseThrow().achieved()).isEqualTo(outcome.achieved());
  }

  @Test
  void stratifyingAnEarlierRunSendsOnlyTheNewSampleIndexes() {
    Path seeds = TestConfigs.seeds(dir, skewed(0));
    GenerateResult uniform = run(config(seeds, "strat_grow", ""));
    assertThat(rowsPerRegion("strat_grow")).containsExactly(Map.entry("a", 80L), Map.entry("b", 8L));
    assertThat(uniform.stratified()).isEmpty();

    GenerateResult stratified = run(config(seeds, "strat_grow", "attribute: region\ntemperature: 0.5"));

    // Kept: a's 27 seeds with 2 samples (54), a's 13 with 1 (13), b's indexes 0 and 1 (8): 75.
    // Sent: b's indexes 2 to 4 or 5, 21 - 8 = 13. a's 13 rows of index 1 stay from the first run.
    assertThat(stratified.counts().requested()).isEqualTo(88);
    assertThat(stratified.counts().skippedExisting()).isEqualTo(75);
    assertThat(stratified.counts().generated()).isEqualTo(13);
    assertThat(rowsPerRegion("strat_grow")).containsExactly(Map.entry("a", 80L), Map.entry("b", 21L));
    assertThat(stratified.stratified().orElseThrow().achieved())
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", 67L, "b", 21L));
  }

  @Test
  void aFloorLiftsTheRareGroupAndSeedsWithoutAValueKeepTheirSamples() {
    Path seeds = TestConfigs.seeds(dir, skewed(3));
    GenerateResult result = run(config(seeds, "strat_floor", "attribute: region\npolicy: floor\nfloor: 0.25"));

    // b is floored at 0.25 of 88: 22; a takes 66 (1 or 2 a seed); the 3 seeds without a region
    // keep 2 samples each.
    assertThat(result.counts().requested()).isEqualTo(94);
    assertThat(result.counts().generated()).isEqualTo(94);
    assertThat(rowsPerRegion("strat_floor"))
        .containsExactly(Map.entry("-", 6L), Map.entry("a", 66L), Map.entry("b", 22L));
    assertThat(seedsPerSampleCount("strat_floor", "b")).containsExactly(Map.entry(5L, 2L), Map.entry(6L, 2L));
    StratifiedOutcome outcome = result.stratified().orElseThrow();
    assertThat(outcome.seedsWithoutValue()).isEqualTo(3);
    assertThat(outcome.achievedWithoutValue()).isEqualTo(6);
  }

  @Test
  void aFloorAboveOneOverKStopsTheRunBeforeAnythingIsSent() {
    Path seeds = TestConfigs.seeds(dir, skewed(0));
    JobConfig config = config(seeds, "strat_bad_floor", "attribute: region\npolicy: floor\nfloor: 0.6");

    assertThatThrownBy(() -> run(config))
        .isInstanceOfSatisfying(SynthforgeException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER))
        .hasMessage("Cannot plan stratified quotas: task.stratify.floor 0.6 is above 1/K = 0.5000"
            + " for the K = 2 groups of 'region' in the seeds; set it to at most 0.5000");
    assertThat(spark.table("strat_bad_floor.generations").count()).isZero();
  }
}
