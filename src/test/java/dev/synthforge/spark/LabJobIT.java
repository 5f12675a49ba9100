package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.lab.LabPolicy;
import dev.synthforge.core.lab.LabSettings;
import dev.synthforge.core.lab.LabTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short collapse lab on a small real corpus: under replace, tail recall, support and distinct-2
 * fall generation after generation; under accumulate they hold near the first generation.
 */
class LabJobIT {
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  @Test
  void replaceLosesTheTailGenerationAfterGenerationAndAccumulateKeepsIt() {
    JobConfig config = TestConfigs.load(dir, """
        seeds:
          path: %s
          id-column: id
          limit: 200
        task:
          name: lab
          template: "{{text}}"
          temperature: 1.0
          max-tokens: 64
          seed: 3
        endpoints:
          - name: builtin
            type: builtin
            max-concurrency: 16
        output:
          database: lab_trend
        monitor:
          embedding-sample: 20
          self-bleu-sample: 20
        """.formatted(TestConfigs.DEMO_SEEDS));
    LabSettings settings = new LabSettings(3, List.of(LabPolicy.REPLACE, LabPolicy.ACCUMULATE));
    RunIdentity identity = new RunIdentity("lab-it", LocalDate.of(2026, 11, 25), ConfigHash.of(config), null);

    LabResult result = new LabJob(spark, config, settings, identity, dir.resolve("reports")).run();

    LabTable table = result.table();
    for (String metric : LabTable.METRICS) {
      List<Double> replace = table.series("replace", metric, 3);
      List<Double> accumulate = table.series("accumulate", metric, 3);
      // Replace: every generation below the one before it.
      assertThat(replace.get(1)).as("replace %s, generation 2 below 1", metric).isLessThan(replace.get(0));
      assertThat(replace.get(2)).as("replace %s, generation 3 below 2", metric).isLessThan(replace.get(1));
      // Accumulate: the last generation above replace's, and within 15% of its own first.
      assertThat(accumulate.get(2)).as("accumulate %s above replace", metric).isGreaterThan(replace.get(2));
      assertThat(accumulate.get(2)).as("accumulate %s near its first generation", metric)
          .isGreaterThan(0.85 * accumulate.get(0));
    }
    assertThat(table.value(LabTable.REAL, 0, "tail_recall_1")).isEqualTo(1.0);
    assertThat(result.lastTailRecall("replace")).isLessThan(table.value(LabTable.REAL_RESAMPLED, 1, "tail_recall_1"));

    // Each generation's rows are in generations at their depth, with a parent from the pool before.
    List<Row> depths = spark.table("lab_trend.generations").filter(col("task_name").equalTo("lab-replace"))
        .groupBy("generation_depth").count().orderBy("generation_depth").collectAsList();
    assertThat(depths).extracting(row -> row.getInt(0)).containsExactly(1, 2, 3);
    assertThat(depths).extracting(row -> row.getLong(1)).containsOnly(200L);
    long orphans = spark.table("lab_trend.generations").as("child")
        .filter(col("task_name").equalTo("lab-replace").and(col("generation_depth").equalTo(3)))
        .join(spark.table("lab_trend.generations").filter(col("generation_depth").equalTo(2)).as("parent"),
            col("child.parent_ids").getItem(0).equalTo(col("parent.request_id")), "left_anti")
        .count();
    assertThat(orphans).isZero();
  }
}
