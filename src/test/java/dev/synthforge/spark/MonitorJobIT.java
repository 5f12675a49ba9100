package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.SynthforgeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor job end to end: generated and curated rows, metrics, gates and the report. */
class MonitorJobIT {
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  private static final String[] WORDS = {"kettle", "boils", "fast", "handle", "stays", "cool", "lid", "rattles",
      "spout", "pours", "cleanly", "base", "wobbles", "switch", "clicks", "loudly", "steel", "shines", "cord", "short"};

  private JobConfig config(String database, String gates) {
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder text = new StringBuilder("The");
      for (int w = 0; w < 12; w++) {
        text.append(' ').append(WORDS[(i * 7 + w * w + w * i) % WORDS.length]);
      }
      seeds.add("{\"id\": \"s" + i + "\", \"text\": \"" + text + ".\", \"region\": \"" + (i < 50 ? "north" : "south") + "\"}");
    }
    return TestConfigs.builtin(dir, TestConfigs.seeds(dir, seeds), database, TestConfigs.paraphraseTask(1), """
        curate:
          rules: [quality, exact-dedup]
        monitor:
          token-budget: 1000
          embedding-sample: 40
          self-bleu-sample: 30
          gates:
        %s
        """.formatted(gates.indent(4)));
  }

  private MonitorResult monitor(JobConfig config) {
    RunIdentity identity = new RunIdentity(RunIdentity.newRunId("monitor"), LocalDate.of(2026, 11, 25),
        ConfigHash.of(config), null);
    return new MonitorJob(spark, config, identity, dir.resolve("reports")).run();
  }

  private RunIdentity identity(JobConfig config, String job) {
    return new RunIdentity(RunIdentity.newRunId(job), LocalDate.of(2026, 11, 25), ConfigHash.of(config), null);
  }

  @Test
  void measuresEveryDepthWritesLongFormMetricsChecksGatesAndWritesAReport() throws Exception {
    JobConfig config = config("mon_e2e", """
        - metric: failure_rate
          comparison: above-absolute
          threshold: 0.5
        - metric: vendi_score
          comparison: below-absolute
          threshold: 1000000
          name: vendi impossibly high
        - metric: representation_ratio
          comparison: any-group-below
          threshold: 0.8
        """);
    new GenerateJob(spark, config, identity(config, "generate"), false).run();
    new CurateJob(spark, config, identity(config, "curate")).run();

    MonitorResult result = monitor(config);

    assertThat(result.depths()).containsExactly(0, 1);
    // Only the impossible gate is breached, and its message names value and threshold.
    assertThat(result.breaches()).singleElement().satisfies(breach -> {
      assertThat(breach.gate().name()).isEqualTo("vendi impossibly high");
      assertThat(breach.depth()).isEqualTo(1);
      assertThat(breach.message()).contains("vendi_score").contains("threshold 1.00e+06");
    });
    var metrics = spark.table("mon_e2e.metrics");
    assertThat(metrics.count()).isEqualTo(result.values());
    assertThat(value(metrics, 0, "rows", "")).isEqualTo(60.0);
    assertThat(value(metrics, 1, "rows", "")).isEqualTo(60.0);
    // One sample per seed, so each region's synthetic share equals its real share.
    assertThat(value(metrics, 1, "representation_ratio", "region=north")).isEqualTo(1.0);
    assertThat(value(metrics, 1, "representation_ratio", "region=south")).isEqualTo(1.0);
    assertThat(value(metrics, 0, "distinct_2", "")).isBetween(0.0, 1.0);
    assertThat(value(metrics, 0, "tail_recall_1", "")).isEqualTo(1.0);
    assertThat(value(metrics, 1, "failure_rate", "")).isEqualTo(0.0);
    assertThat(value(metrics, 1, "failure_rate", "builtin")).isEqualTo(0.0);
    assertThat(value(metrics, 1, "rejection_rate", "")).isBetween(0.0, 1.0);
    assertThat(value(metrics, 1, "vendi_score", "")).isGreaterThan(1.0);
    // distinct-1 is measured on exactly the equal token budget (distinct-2 on its bigrams).
    Row distinct = metrics.filter(col("metric").equalTo("distinct_1").and(col("depth").equalTo(1))).first();
    assertThat(distinct.<Boolean>getAs("sampled")).isTrue();
    assertThat(distinct.<Long>getAs("sample_size")).isEqualTo(result.tokenBudget());
    assertThat(metrics.filter(col("metric").equalTo("rows")).first().<Boolean>getAs("sampled")).isFalse();

    Path report = Path.of(result.report());
    assertThat(report).exists().startsWith(dir.resolve("reports"));
    String html = Files.readString(report);
    assertThat(html).contains("Monitor report: paraphrase").contains("vendi impossibly high")
        .contains("Representation ratio by region").contains("data:image/png;base64,").doesNotContain("http://");

    // A re-run for the same date replaces that date's values instead of adding to them.
    MonitorResult again = monitor(config);
    assertThat(spark.table("mon_e2e.metrics").count()).isEqualTo(again.values());
    assertThat(spark.table("mon_e2e.metrics").select("run_id").distinct().collectAsList())
        .extracting(row -> row.getString(0)).containsExactly(again.runId());
    Row ledger = spark.table("mon_e2e.runs").filter(col("run_id").equalTo(again.runId())).first();
    assertThat(ledger.<String>getAs("status")).isEqualTo("failed");
    assertThat(ledger.<String>getAs("message")).contains("1 quality gate(s) breached");
  }

  @Test
  void aGateOnAMisspeltMetricIsBreachedNotPassed() {
    JobConfig config = config("mon_typo", """
        - metric: distinct_22
          comparison: below-absolute
          threshold: 0.1
        """);
    new GenerateJob(spark, config, identity(config, "generate"), false).run();

    MonitorResult result = monitor(config);

    assertThat(result.breaches()).singleElement()
        .satisfies(breach -> assertThat(breach.message()).contains("Cannot check gate").contains("distinct_22"));
  }

  @Test
  void monitoringBeforeGeneratingSaysWhatToDo() {
    JobConfig config = config("mon_nothing", "[]");

    assertThatThrownBy(() -> monitor(config)).isInstanceOf(SynthforgeException.class)
        .hasMessageContaining("run generate with this config first");
  }

  private static double value(org.apache.spark.sql.Dataset<Row> metrics, int depth, String metric, String group) {
    List<Row> rows = metrics.filter(col("depth").equalTo(depth).and(col("metric").equalTo(metric))
        .and(col("group").equalTo(group))).collectAsList();
    assertThat(rows).as(metric + " at depth " + depth + " group '" + group + "'").hasSize(1);
    return rows.get(0).getDouble(rows.get(0).fieldIndex("value"));
  }
}
