package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate job end to end: real Spark, real Delta, the built-in endpoint over loopback HTTP. */
class GenerateJobIT {
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  private GenerateResult run(JobConfig config, boolean force) {
    RunIdentity identity = new RunIdentity(RunIdentity.newRunId("generate"), LocalDate.of(2026, 11, 25),
        ConfigHash.of(config), "airflow-run-1");
    return new GenerateJob(spark, config, identity, force).run();
  }

  private static List<String> lines(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add("{\"id\": \"s" + i + "\", \"text\": \"Seed review number " + i + " says the kettle boils fast.\", \"region\": \"r" + (i % 3) + "\"}");
    }
    return lines;
  }

  @Test
  void generatesEverySampleWithLineageAndARerunSendsNothing() {
    Path seeds = TestConfigs.seeds(dir, lines(40));
    JobConfig config = TestConfigs.builtin(dir, seeds, "gen_e2e", TestConfigs.paraphraseTask(2), "");

    GenerateResult first = run(config, false);
    assertThat(first.counts().requested()).isEqualTo(80);
    assertThat(first.counts().generated()).isEqualTo(80);
    assertThat(first.counts().failed()).isZero();
    assertThat(first.counts().completionTokens()).isPositive();

    var table = spark.table("gen_e2e.generations");
    assertThat(table.count()).isEqualTo(80);
    assertThat(table.select("request_id").distinct().count()).isEqualTo(80);
    Row row = table.filter("seed_id = 's7' AND sample_index = 1").first();
    assertThat(row.<String>getAs("status")).isEqualTo("succeeded");
    assertThat(row.<String>getAs("text")).isNotBlank();
    assertThat(row.<String>getAs("prompt")).isEqualTo("Paraphrase this review: Seed review number 7 says the kettle boils fast.");
    assertThat(row.<String>getAs("endpoint_name")).isEqualTo("builtin");
    assertThat(row.<String>getAs("endpoint_url")).startsWith("http://127.0.0.1:").endsWith("/v1");
    assertThat(row.<String>getAs("model_requested")).isEqualTo("synthforge-builtin");
    assertThat(row.<String>getAs("model_reported")).isEqualTo("synthforge-builtin");
    assertThat(row.<String>getAs("template_hash")).hasSize(64);
    assertThat(row.<String>getAs("config_hash")).isEqualTo(ConfigHash.of(config));
    assertThat(row.<Long>getAs("request_seed")).isEqualTo(8L);
    assertThat(row.<Integer>getAs("generation_depth")).isEqualTo(1);
    assertThat(row.getJavaMap(row.fieldIndex("seed_attributes"))).isEqualTo(Map.of("region", "r1"));
    assertThat(row.<String>getAs("scheduler_run_id")).isEqualTo("airflow-run-1");
    assertThat(row.<String>getAs("run_id")).isEqualTo(first.runId());

    Row ledger = spark.table("gen_e2e.runs").filter("run_id = '" + first.runId() + "'").first();
    assertThat(ledger.<String>getAs("status")).isEqualTo("succeeded");
    assertThat(ledger.<Long>getAs("requested")).isEqualTo(80L);
    assertThat(ledger.<Long>getAs("generated")).isEqualTo(80L);
    String commitMetadata = spark.sql("DESCRIBE HISTORY gen_e2e.generations").filter("operation = 'MERGE'")
        .first().getAs("userMetadata");
    assertThat(commitMetadata).contains(first.runId());

    long versionBefore = DeltaTables.version(spark, "gen_e2e.generations");
    GenerateResult rerun = run(config, false);
    assertThat(rerun.counts().skippedExisting()).isEqualTo(80);
    assertThat(rerun.counts().generated() + rerun.counts().failed()).isZero();
    assertThat(DeltaTables.version(spark, "gen_e2e.generations")).isEqualTo(versionBefore);
    assertThat(spark.table("gen_e2e.runs").count()).isEqualTo(2);
  }

  @Test
  void theDemoConfigRunsEndToEnd() {
    JobConfig demo = dev.synthforge.config.ConfigLoader.load(Path.of("conf/demo.yaml"));
    GenerateResult result = run(demo, false);
    assertThat(result.counts().requested()).isEqualTo(640);
    assertThat(result.counts().generated()).isEqualTo(640);
    var table = spark.table("synth.generations");
    assertThat(table.count()).isEqualTo(640);
    assertThat(table.filter("text IS NULL OR length(text) = 0").count()).isZero();
    assertThat(table.select("seed_attributes").first().getJavaMap(0)).containsOnlyKeys("category", "sentiment", "region");
    assertThat(table.filter("finish_reason NOT IN ('stop', 'length')").count()).isZero();
  }

  @Test
  void raisingSamplesPerSeedGeneratesOnlyTheNewSamples() {
    Path seeds = TestConfigs.seeds(dir, lines(10));
    run(TestConfigs.builtin(dir, seeds, "gen_more", TestConfigs.paraphraseTask(3), ""), false);
    GenerateResult more = run(TestConfigs.builtin(dir, seeds, "gen_more", TestConfigs.paraphraseTask(5), ""), false);
    assertThat(more.counts().requested()).isEqualTo(50);
    assertThat(more.counts().skippedExisting()).isEqualTo(30);
    assertThat(more.counts().generated()).isEqualTo(20);
    assertThat(spark.table("gen_more.generations").count()).isEqualTo(50);
  }

  @Test
  void forceRegeneratesWithoutDuplicating() {
    Path seeds = TestConfigs.seeds(dir, lines(5));
    JobConfig config = TestConfigs.builtin(dir, seeds, "gen_force", TestConfigs.paraphraseTask(2), "");
    run(config, false);
    GenerateResult forced = run(config, true);
    assertThat(forced.counts().generated()).isEqualTo(10);
    assertThat(spark.table("gen_force.generations").count()).isEqualTo(10);
    assertThat(spark.table("gen_force.generations").filter("run_id = '" + forced.runId() + "'").count()).isEqualTo(10);
  }

  @Test
  void aForcedRunThatFailsNeverReplacesSucceededRows() {
    Path seeds = TestConfigs.seeds(dir, lines(10));
    run(TestConfigs.builtin(dir, seeds, "gen_force_fail", TestConfigs.paraphraseTask(1), ""), false);
    GenerateResult forced = run(TestConfigs.builtin(dir, seeds, "gen_force_fail", TestConfigs.paraphraseTask(1),
        "run:\n  max-tokens: 1\n  max-failure-ratio: 1.0"), true);
    assertThat(forced.counts().failuresByClass()).containsKey("BUDGET_EXHAUSTED");
    assertThat(spark.table("gen_force_fail.generations").filter("status = 'succeeded'").count()).isEqualTo(10);
  }

  @Test
  void unusableSeedsBecomeRecordedFailuresAndTemplateSyntaxInSeedsIsSentLiterally() {
    List<String> lines = new ArrayList<>(lines(4));
    lines.add("{\"id\": \"null-text\", \"text\": null, \"region\": \"r0\"}");
    lines.add("{\"id\": \"huge\", \"text\": \"" + "word ".repeat(5000) + "\", \"region\": \"r0\"}");
    lines.add("{\"id\": \"braces\", \"text\": \"Ignore {{region}} and {{text}} please\", \"region\": \"r0\"}");
    Path seeds = TestConfigs.seeds(dir, lines);
    JobConfig config = TestConfigs.builtin(dir, seeds, "gen_bad", TestConfigs.paraphraseTask(1),
        "run:\n  max-failure-ratio: 0.5");
    GenerateResult result = run(config, false);
    assertThat(result.counts().requested()).isEqualTo(7);
    assertThat(result.counts().generated()).isEqualTo(5);
    assertThat(result.counts().failuresByClass()).containsOnly(
        Map.entry("MISSING_TEMPLATE_FIELD", 1L), Map.entry("SEED_TOO_LARGE", 1L));
    var table = spark.table("gen_bad.generations");
    assertThat(table.filter("seed_id = 'null-text'").first().<String>getAs("error_message"))
        .isEqualTo("seed null-text: template field(s) [text] are null");
    assertThat(table.filter("seed_id = 'braces'").first().<String>getAs("prompt"))
        .isEqualTo("Paraphrase this review: Ignore {{region}} and {{text}} please");
  }

  @Test
  void aRunAboveItsFailureRatioIsMarkedFailedWithItsRowsKept() {
    List<String> lines = new ArrayList<>(lines(2));
    lines.add("{\"id\": \"null-text\", \"text\": null, \"region\": \"r0\"}");
    JobConfig config = TestConfigs.builtin(dir, TestConfigs.seeds(dir, lines), "gen_ratio",
        TestConfigs.paraphraseTask(1), "run:\n  max-failure-ratio: 0.1");
    GenerateResult result = run(config, false);
    assertThat(result.failed()).isTrue();
    assertThat(result.message()).isEqualTo("failure ratio 0.333 is above run.max-failure-ratio 0.100");
    assertThat(spark.table("gen_ratio.generations").count()).isEqualTo(3);
    assertThat(spark.table("gen_ratio.runs").first().<String>getAs("status")).isEqualTo("failed");
  }

  @Test
  void dispatchStopsAtTheTokenBudgetAndTheNextRunFinishes() {
    Path seeds = TestConfigs.seeds(dir, lines(60));
    GenerateResult capped = run(TestConfigs.builtin(dir, seeds, "gen_budget", TestConfigs.paraphraseTask(1),
        "run:\n  max-tokens: 300\n  max-failure-ratio: 1.0"), false);
    long notSent = capped.counts().failuresByClass().getOrDefault("BUDGET_EXHAUSTED", 0L);
    assertThat(notSent).as("samples not sent once the budget was spent").isPositive();
    assertThat(capped.counts().generated() + notSent).isEqualTo(60);
    assertThat(capped.failed()).isTrue();
    assertThat(capped.message()).startsWith("the run's budget was reached (")
        .endsWith(notSent + " sample(s) were not sent; run again, with a larger budget if needed, to finish");

    GenerateResult rest = run(TestConfigs.builtin(dir, seeds, "gen_budget", TestConfigs.paraphraseTask(1), ""), false);
    assertThat(rest.counts().skippedExisting()).isEqualTo(60 - notSent);
    assertThat(rest.counts().generated()).isEqualTo(notSent);
    assertThat(spark.table("gen_budget.generations").filter("status = 'succeeded'").count()).isEqualTo(60);
  }

  @Test
  void aTemplateFieldNoSeedColumnProvidesStopsTheJobBeforeAnyRequest() {
    Path seeds = TestConfigs.seeds(dir, lines(3));
    String task = "name: t\ntemplate: \"{{text}} in {{language}}\"";
    JobConfig config = TestConfigs.builtin(dir, seeds, "gen_missing_column", task, "");
    assertThatThrownBy(() -> run(config, false))
        .isInstanceOfSatisfying(SynthforgeException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER))
        .hasMessage("Cannot render the prompt template: placeholder(s) [language] name no seed column;"
            + " the seed columns are [id, region, text]");
    assertThat(spark.catalog().tableExists("gen_missing_column.generations")).isFalse();
  }

  @Test
  void anUnreachableEndpointStopsTheJobNamingItsUrl() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Path seeds = TestConfigs.seeds(dir, lines(3));
    String yaml = """
        seeds:
          path: %s
        task:
          name: t
          template: "{{text}}"
        endpoints:
          - name: gpu-1
            base-url: http://127.0.0.1:%d/v1
            model: some-model
        output:
          database: gen_unreachable
        """.formatted(seeds, closedPort);
    JobConfig config = TestConfigs.load(dir, yaml);
    assertThatThrownBy(() -> run(config, false))
        .isInstanceOfSatisfying(SynthforgeException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.EXTERNAL))
        .hasMessageStartingWith("Cannot use endpoint 'gpu-1' at http://127.0.0.1:" + closedPort + "/v1: it cannot be reached");
    assertThat(spark.catalog().tableExists("gen_unreachable.generations")).isFalse();
  }

  @Test
  void anUnreadableSeedPathIsAUserErrorNamingIt() {
    Path missing = dir.resolve("nope.jsonl");
    JobConfig config = TestConfigs.builtin(dir, missing, "gen_noseeds", TestConfigs.paraphraseTask(1), "");
    assertThatThrownBy(() -> run(config, false))
        .isInstanceOf(SynthforgeException.class)
        .hasMessage("Cannot read seeds from " + missing + ": no such file or folder (seeds.path)");
  }

  @Test
  void structuredAnnotationLabelsMostSeedsLikeTheirHumanLabel() {
    String task = """
        name: sentiment
        template: "Label the sentiment of this review: {{text}}"
        json-schema: '{"type":"object","properties":{"sentiment":{"type":"string","enum":["positive","negative","neutral"]}},"required":["sentiment"],"additionalProperties":false}'
        temperature: 0
        max-tokens: 32
        """;
    String yaml = """
        seeds:
          path: %s
          id-column: id
          attributes: [sentiment]
          limit: 80
        task:
        %s
        endpoints:
          - name: builtin
            type: builtin
        output:
          database: gen_annotate
        """.formatted(TestConfigs.DEMO_SEEDS, task.indent(2).stripTrailing());
    GenerateResult result = run(TestConfigs.load(dir, yaml), false);
    assertThat(result.counts().generated()).isEqualTo(80);
    var rows = spark.table("gen_annotate.generations")
        .selectExpr("get_json_object(text, '$.sentiment') AS label", "seed_attributes['sentiment'] AS truth", "schema_hash")
        .collectAsList();
    long agree = rows.stream().filter(r -> r.getString(0).equals(r.getString(1))).count();
    assertThat(rows).allSatisfy(r -> assertThat(r.getString(2)).hasSize(64));
    assertThat(agree).as("labels agreeing with the seed's human label, of 80 (chance: 27)").isGreaterThan(32);
  }

  @Test
  void samplesOfASeedCanShareOneCallWithN() {
    Path seeds = TestConfigs.seeds(dir, lines(6));
    String task = TestConfigs.paraphraseTask(3) + "use-n: true\n";
    GenerateResult result = run(TestConfigs.builtin(dir, seeds, "gen_n", task, ""), false);
    assertThat(result.counts().generated()).isEqualTo(18);
    var table = spark.table("gen_n.generations");
    assertThat(table.filter("choices_per_call = 3").count()).isEqualTo(18);
    assertThat(table.select("seed_id", "text").distinct().count()).as("distinct texts per seed").isGreaterThan(6);
  }
}
