package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.spark.openlineage.SynthforgeRunFacet;
import io.openlineage.spark.agent.OpenLineageSparkListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional OpenLineage listener (io.openlineage:openlineage-spark_2.13) over a real generate
 * run on Spark 4.1 and Delta 4.1: the listener as a cluster adds it, writing its events to a file,
 * and the {@code synthforge_run} facet found through its ServiceLoader. The shared session was
 * started without the listener, so the test adds one instance for the run and removes it after.
 */
class OpenLineageIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATABASE = "ol_lineage";
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  @Test
  void aGenerateRunsEventsNameItsDeltaTablesAndCarryTheRunFacet() throws Exception {
    List<String> seedLines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      seedLines.add("{\"id\": \"s" + i + "\", \"text\": \"Seed review " + i + " says the lamp is bright.\", \"region\": \"r" + (i % 2) + "\"}");
    }
    JobConfig config = TestConfigs.builtin(dir, TestConfigs.seeds(dir, seedLines), DATABASE,
        TestConfigs.paraphraseTask(2), "");
    RunIdentity identity = new RunIdentity(RunIdentity.newRunId("generate"), LocalDate.of(2026, 11, 25),
        ConfigHash.of(config), null);
    Path eventFile = dir.resolve("openlineage.jsonl");

    SparkContext sc = spark.sparkContext();
    SparkConf conf = sc.getConf().clone()
        .set("spark.openlineage.transport.type", "file")
        .set("spark.openlineage.transport.location", eventFile.toString())
        .set("spark.openlineage.namespace", "synthforge-test");
    OpenLineageSparkListener listener = new OpenLineageSparkListener(conf);
    long start = System.nanoTime();
    sc.addSparkListener(listener);
    GenerateResult result;
    try {
      result = new GenerateJob(spark, config, identity, false).run();
      // The listener reads events on the listener bus: let it catch up before reading the file.
      sc.listenerBus().waitUntilEmpty(120_000);
    } finally {
      sc.removeSparkListener(listener);
      listener.close();
    }
    System.out.printf(Locale.ROOT, "openlineage_generate_seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
    assertThat(result.failed()).isFalse();
    assertThat(result.counts().generated()).isEqualTo(12);

    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(eventFile)) {
      if (!line.isBlank()) {
        events.add(JSON.readTree(line));
      }
    }
    assertThat(events).isNotEmpty();
    for (JsonNode event : events) {
      System.out.println("event " + event.path("eventType").asText() + " " + event.path("job").path("name").asText()
          + " inputs=" + names(event.path("inputs")) + " outputs=" + names(event.path("outputs"))
          + " synthforge_run=" + event.path("run").path("facets").path(SynthforgeRunFacet.NAME).path("runId").asText("-"));
    }
    assertThat(events).allSatisfy(event -> {
      assertThat(event.path("producer").asText()).contains("OpenLineage");
      assertThat(event.path("job").path("namespace").asText()).isEqualTo("synthforge-test");
    });

    // The generations table, as OpenLineage names a Delta table of a local warehouse: the file
    // namespace and its folder, with the table name as a symlink.
    Path tableDir = SparkTestSession.warehouse().resolve(DATABASE + ".db").resolve("generations");
    List<JsonNode> merges = events.stream()
        .filter(event -> event.path("eventType").asText().equals("COMPLETE"))
        .filter(event -> outputNamed(event, tableDir.toString()) != null)
        .filter(event -> event.path("job").path("name").asText().contains("merge_into"))
        .toList();
    assertThat(merges).hasSize(1);
    JsonNode merge = merges.get(0);
    JsonNode output = outputNamed(merge, tableDir.toString());
    assertThat(output.path("namespace").asText()).isEqualTo("file");
    JsonNode symlink = output.path("facets").path("symlinks").path("identifiers").get(0);
    assertThat(symlink.path("name").asText()).isEqualTo(DATABASE + ".generations");
    assertThat(symlink.path("type").asText()).isEqualTo("TABLE");
    assertThat(output.path("facets").path("storage").path("storageLayer").asText()).isEqualTo("delta");
    assertThat(output.path("facets").path("version").path("datasetVersion").asText())
        .isEqualTo(Long.toString(DeltaTables.version(spark, DATABASE + ".generations")));
    assertThat(fieldNames(output.path("facets").path("schema").path("fields")))
        .contains("request_id", "run_id", "model_requested", "template_hash");

    // The fan-out's write: the seed file (and generations, for the samples already done) in, the
    // staging table beside generations out.
    assertThat(events.stream()
        .filter(event -> event.path("eventType").asText().equals("COMPLETE"))
        .filter(event -> outputNamed(event, tableDir + "_staging") != null)
        .flatMap(event -> names(event.path("inputs")).stream()).distinct().toList())
        .contains("file:" + config.seeds().path().orElseThrow(), "file:" + tableDir);

    // The facet names the run, with the values its rows carry.
    Row row = spark.table(DATABASE + ".generations")
        .selectExpr("run_id", "job", "task_name", "model_requested", "template_hash", "code_version").first();
    JsonNode facet = merge.path("run").path("facets").path(SynthforgeRunFacet.NAME);
    assertThat(facet.isObject()).as("the %s facet of %s", SynthforgeRunFacet.NAME, merge).isTrue();
    assertThat(facet.path("runId").asText()).isEqualTo(result.runId()).isEqualTo(row.getString(0));
    assertThat(facet.path("job").asText()).isEqualTo(row.getString(1)).isEqualTo("generate");
    assertThat(facet.path("task").asText()).isEqualTo(row.getString(2)).isEqualTo("paraphrase");
    assertThat(fieldValues(facet.path("models"))).containsExactly(row.getString(3));
    assertThat(facet.path("templateHash").asText()).isEqualTo(row.getString(4)).hasSize(64);
    assertThat(facet.path("codeVersion").asText()).isEqualTo(row.getString(5));
    assertThat(facet.path("_producer").asText()).startsWith("urn:synthforge:");

    // Every event that carries the facet names this run. The facet comes from the settings a query
    // started with, so the end of a query carries it even when the job has since cleared them,
    // as it does after the ledger's last write.
    assertThat(events.stream().map(event -> event.path("run").path("facets").path(SynthforgeRunFacet.NAME))
        .filter(JsonNode::isObject).map(f -> f.path("runId").asText()).distinct().toList())
        .containsExactly(result.runId());
    List<JsonNode> startsWithFacet = events.stream()
        .filter(event -> event.path("eventType").asText().equals("START"))
        .filter(event -> event.path("run").path("facets").path(SynthforgeRunFacet.NAME).isObject())
        .toList();
    assertThat(startsWithFacet).isNotEmpty();
    for (JsonNode startEvent : startsWithFacet) {
      String olRun = startEvent.path("run").path("runId").asText();
      events.stream()
          .filter(event -> event.path("eventType").asText().equals("COMPLETE"))
          .filter(event -> event.path("run").path("runId").asText().equals(olRun))
          .forEach(end -> assertThat(end.path("run").path("facets").path(SynthforgeRunFacet.NAME))
              .as("the facet at the end of %s", end.path("job").path("name").asText())
              .isEqualTo(startEvent.path("run").path("facets").path(SynthforgeRunFacet.NAME)));
    }
  }

  private static JsonNode outputNamed(JsonNode event, String name) {
    for (JsonNode output : event.path("outputs")) {
      if (output.path("name").asText().equals(name)) {
        return output;
      }
    }
    return null;
  }

  private static List<String> names(JsonNode datasets) {
    List<String> names = new ArrayList<>();
    datasets.forEach(dataset -> names.add(dataset.path("namespace").asText() + ":" + dataset.path("name").asText()));
    return names;
  }

  private static List<String> fieldNames(JsonNode fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(field -> names.add(field.path("name").asText()));
    return names;
  }

  private static List<String> fieldValues(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
