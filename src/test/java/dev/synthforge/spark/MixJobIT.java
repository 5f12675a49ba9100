package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mix job end to end with real Spark and Delta: 10 real rows (6 north, 4 south) and 25 kept
 * synthetic rows (depth 1: 12 north, 8 south; depth 2: 5 north; 3 more not kept).
 */
class MixJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  private Path seeds() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add("{\"id\": \"r" + i + "\", \"text\": \"Real review " + i + " of a kettle.\", \"region\": \""
          + (i < 6 ? "n" : "s") + "\"}");
    }
    return TestConfigs.seeds(dir, lines);
  }

  private static List<MixTables.Synthetic> synthetic() {
    List<MixTables.Synthetic> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rows.add(new MixTables.Synthetic("g1n" + i, "r0", 1, "n", "m1", true));
    }
    for (int i = 0; i < 8; i++) {
      rows.add(new MixTables.Synthetic("g1s" + i, "r6", 1, "s", "m2", true));
    }
    for (int i = 0; i < 5; i++) {
      rows.add(new MixTables.Synthetic("g2n" + i, "r1", 2, "n", "m2", true));
    }
    for (int i = 0; i < 3; i++) {
      rows.add(new MixTables.Synthetic("gx" + i, "r2", 1, "n", "m1", false));
    }
    return rows;
  }

  private JobConfig config(Path seeds, String database, String mix) {
    return TestConfigs.builtin(dir, seeds, database, TestConfigs.paraphraseTask(1), "mix:\n" + mix.indent(2));
  }

  private static RunIdentity identity(JobConfig config) {
    return new RunIdentity(RunIdentity.newRunId("mix"), LocalDate.of(2026, 11, 25), ConfigHash.of(config), null);
  }

  private MixResult mix(JobConfig config) {
    return new MixJob(spark, config, identity(config)).run();
  }

  private Map<String, Long> counts(String database) {
    Map<String, Long> counts = new HashMap<>();
    for (Row row : spark.table(database + ".training_mix").groupBy("source", "generation_depth", "group").count().collectAsList()) {
      counts.put(row.getString(0) + "/" + row.getInt(1) + "/" + row.getString(2), row.getLong(3));
    }
    return counts;
  }

  @Test
  void eachPolicyTakesExactlyThePlannedRowsPerStratum() {
    Path seeds = seeds();
    MixTables.write(spark, "mix_policies", synthetic());

    MixResult accumulated = mix(config(seeds, "mix_policies", "seed: 7"));
    assertThat(accumulated.plan().rows()).isEqualTo(35);
    assertThat(counts("mix_policies")).containsOnly(Map.entry("real/0/region=n", 6L), Map.entry("real/0/region=s", 4L),
        Map.entry("paraphrase/1/region=n", 12L), Map.entry("paraphrase/1/region=s", 8L), Map.entry("paraphrase/2/region=n", 5L));
    assertThat(spark.table("mix_policies.training_mix").filter(col("row_id").startsWith("gx")).count()).isZero();
    Row lineage = spark.table("mix_policies.training_mix").filter(col("row_id").equalTo("g2n0")).first();
    assertThat(lineage.<String>getAs("origin")).isEqualTo("synthetic");
    assertThat(lineage.<String>getAs("seed_id")).isEqualTo("r1");
    assertThat(lineage.getList(lineage.fieldIndex("parent_ids"))).containsExactly("r1");
    assertThat(lineage.<String>getAs("prompt")).isEqualTo("Paraphrase seed r1");
    assertThat(lineage.<String>getAs("template_id")).isEqualTo("paraphrase-v1");
    Row real = spark.table("mix_policies.training_mix").filter(col("row_id").equalTo("r7")).first();
    assertThat(real.<String>getAs("origin")).isEqualTo("real");
    assertThat(real.<Integer>getAs("generation_depth")).isZero();
    assertThat(real.<String>getAs("text")).isEqualTo("Real review 7 of a kettle.");

    mix(config(seeds, "mix_policies", "policy: target-real-share\nreal-share: 0.5"));
    assertThat(counts("mix_policies")).containsOnly(Map.entry("real/0/region=n", 6L), Map.entry("real/0/region=s", 4L),
        Map.entry("paraphrase/1/region=n", 5L), Map.entry("paraphrase/1/region=s", 3L), Map.entry("paraphrase/2/region=n", 2L));

    mix(config(seeds, "mix_policies", "policy: target-real-share\nreal-share: 0.2"));
    assertThat(counts("mix_policies")).containsEntry("real/0/region=n", 4L).containsEntry("real/0/region=s", 2L)
        .containsEntry("paraphrase/1/region=n", 12L);

    MixResult capped = mix(config(seeds, "mix_policies", "caps: {per-depth: 10}"));
    assertThat(counts("mix_policies")).containsEntry("paraphrase/1/region=n", 6L).containsEntry("paraphrase/1/region=s", 4L)
        .containsEntry("paraphrase/2/region=n", 5L).containsEntry("real/0/region=n", 6L);
    Row ledger = spark.table("mix_policies.runs").filter(col("run_id").equalTo(capped.runId())).first();
    assertThat(ledger.<String>getAs("job")).isEqualTo("mix");
    assertThat(ledger.<String>getAs("status")).isEqualTo("succeeded");
    assertThat(ledger.<Long>getAs("generated")).isEqualTo(25L);
  }

  @Test
  void aManifestRebuildsTheIdenticalRowsAfterTheInputsChanged() throws Exception {
    Path seeds = seeds();
    MixTables.write(spark, "mix_rebuild", synthetic());
    JobConfig config = config(seeds, "mix_rebuild", "policy: target-real-share\nreal-share: 0.5\nseed: 3");
    MixResult first = mix(config);
    List<String> before = rows("mix_rebuild");
    assertThat(before).hasSize(20);
    JsonNode manifest = JSON.readTree(Files.readString(Path.of(java.net.URI.create(uri(first.manifest())))));
    assertThat(manifest.at("/inputs/curated/version").asLong()).isEqualTo(DeltaTables.version(spark, "mix_rebuild.curated"));
    assertThat(manifest.at("/inputs/seeds/kind").asText()).isEqualTo("file");
    assertThat(manifest.at("/inputs/seeds/content_sha256").asText()).hasSize(64);
    assertThat(manifest.at("/policy/name").asText()).isEqualTo("target-real-share");
    assertThat(manifest.at("/counts/rows").asLong()).isEqualTo(20);

    // The inputs change: rows rejected, new rows curated, lineage rewritten.
    DeltaTable.forName(spark, "mix_rebuild.curated").update(col("request_id").startsWith("g1n"), Map.of("kept", lit(false)));
    MixTables.write(spark, "mix_rebuild", List.of(new MixTables.Synthetic("g3n0", "r0", 3, "n", "m3", true)));
    DeltaTable.forName(spark, "mix_rebuild.generations").update(Map.of("prompt", lit("rewritten")));
    mix(config);
    assertThat(rows("mix_rebuild")).isNotEqualTo(before);

    MixResult rebuilt = new MixJob(spark, config, identity(config)).run(Optional.of(first.manifest()));
    assertThat(rebuilt.rebuiltFrom()).contains(first.manifest());
    assertThat(rows("mix_rebuild")).containsExactlyElementsOf(before);

    // A seed file whose content changed is refused, and nothing is written.
    Files.writeString(seeds, Files.readString(seeds).replace("Real review 3", "Edited review 3"));
    long version = DeltaTables.version(spark, "mix_rebuild.training_mix");
    assertThatThrownBy(() -> new MixJob(spark, config, identity(config)).run(Optional.of(first.manifest())))
        .isInstanceOf(SynthforgeException.class)
        .hasMessageContaining("their content changed since the manifest was written");
    assertThat(DeltaTables.version(spark, "mix_rebuild.training_mix")).isEqualTo(version);
  }

  private List<String> rows(String database) {
    return spark.table(database + ".training_mix").drop("mix_run_id").orderBy("row_id").collectAsList()
        .stream().map(Row::toString).toList();
  }

  private static String uri(String location) {
    return location.startsWith("file:") && !location.startsWith("file://") ? "file://" + location.substring(5) : location;
  }

  @Test
  void badInputStopsBeforeAnythingIsWritten() throws Exception {
    Path seeds = seeds();
    MixTables.write(spark, "mix_bad", synthetic());
    JobConfig tooBig = config(seeds, "mix_bad", "policy: target-real-share\nreal-share: 0.5\nsize: 40");

    assertThatThrownBy(() -> mix(tooBig))
        .isInstanceOf(SynthforgeException.class)
        .hasMessage("Cannot build the training mix: mix.size 40 at real share 0.5 needs 20 real and 20 synthetic"
            + " rows, but 10 real rows and 25 synthetic rows are available (25 before caps)")
        .satisfies(e -> assertThat(((SynthforgeException) e).category()).isEqualTo(ErrorCategory.USER));
    assertThat(spark.catalog().tableExists("mix_bad", "training_mix")).isFalse();
    assertThat(spark.catalog().tableExists("mix_bad", "runs")).isFalse();

    JobConfig config = config(seeds, "mix_bad", "");
    MixResult first = mix(config);
    assertThatThrownBy(() -> new MixJob(spark, config, identity(config)).run(Optional.of(dir.resolve("none.json").toString())))
        .hasMessageContaining("Cannot read the mix manifest").hasMessageContaining("no such file");

    // The curated version the manifest pins is vacuumed away.
    DeltaTable.forName(spark, "mix_bad.curated").update(Map.of("model", lit("m9")));
    spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
    try {
      spark.sql("VACUUM mix_bad.curated RETAIN 0 HOURS");
    } finally {
      spark.conf().unset("spark.databricks.delta.retentionDurationCheck.enabled");
    }
    long version = DeltaTables.version(spark, "mix_bad.training_mix");
    assertThatThrownBy(() -> new MixJob(spark, config, identity(config)).run(Optional.of(first.manifest())))
        .isInstanceOf(SynthforgeException.class)
        .hasMessageContaining("an input cannot be read at its pinned version")
        .hasMessageContaining("vacuumed");
    assertThat(DeltaTables.version(spark, "mix_bad.training_mix")).isEqualTo(version);
    assertThat(spark.table("mix_bad.runs").filter(col("job").equalTo("mix")).count()).isEqualTo(1);
  }

  @Test
  void exportsShardedJsonlInTheChatShapeParquetAndACard() throws Exception {
    Path seeds = seeds();
    MixTables.write(spark, "mix_export", synthetic());
    Path out = dir.resolve("export");
    MixResult result = mix(config(seeds, "mix_export", "export: {dir: " + out + ", shards: 2}"));

    List<Path> jsonl;
    try (Stream<Path> files = Files.list(out.resolve("jsonl"))) {
      jsonl = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    assertThat(jsonl).extracting(p -> p.getFileName().toString()).containsExactly("part-00000.jsonl", "part-00001.jsonl");
    List<JsonNode> lines = new ArrayList<>();
    for (Path file : jsonl) {
      for (String line : Files.readAllLines(file)) {
        lines.add(JSON.readTree(line));
      }
    }
    assertThat(lines).hasSize(35);
    assertThat(lines).allSatisfy(line -> {
      assertThat(line.fieldNames()).toIterable().containsExactly("messages");
      JsonNode last = line.get("messages").get(line.get("messages").size() - 1);
      assertThat(last.get("role").asText()).isEqualTo("assistant");
      assertThat(last.get("content").asText()).isNotBlank();
    });
    assertThat(lines).filteredOn(line -> line.get("messages").size() == 2).hasSize(25)
        .allSatisfy(line -> assertThat(line.get("messages").get(0).get("role").asText()).isEqualTo("user"));
    assertThat(spark.read().parquet(out.resolve("parquet").toString()).count()).isEqualTo(35);

    String card = Files.readString(out.resolve("README.md"));
    assertThat(card).contains("# Training mix " + result.runId())
        .contains("35 rows: 10 real (28.6%), 25 synthetic (71.4%)")
        .contains("| paraphrase | 1 | region=n | 12 | 12 |")
        .contains("| m1 | 12 |").contains("| m2 | 13 |").contains("| paraphrase-v1 | 25 |")
        .contains("25 of 28 curated rows were kept").contains("No curated row has been reviewed.")
        .contains("\"run_id\" : \"" + result.runId() + "\"");
    assertThat(JSON.readTree(Files.readString(out.resolve("manifest.json"))).at("/counts/synthetic").asLong()).isEqualTo(25);
  }

  @Test
  void promptCompletionAndTextShapes() {
    Dataset<Row> mix = spark.createDataFrame(List.of(
        org.apache.spark.sql.RowFactory.create("p", "t"), org.apache.spark.sql.RowFactory.create(null, "real")),
        new org.apache.spark.sql.types.StructType().add("prompt", "string").add("text", "string"));
    var promptCompletion = new dev.synthforge.config.MixConfig.Export("d", List.of(),
        dev.synthforge.core.mix.ExportShape.PROMPT_COMPLETION, 1);
    assertThat(MixExport.shaped(mix, promptCompletion).toJSON().collectAsList())
        .containsExactly("{\"prompt\":\"p\",\"completion\":\"t\"}", "{\"prompt\":\"\",\"completion\":\"real\"}");
    var text = new dev.synthforge.config.MixConfig.Export("d", List.of(), dev.synthforge.core.mix.ExportShape.TEXT, 1);
    assertThat(MixExport.shaped(mix, text).toJSON().collectAsList()).containsExactly("{\"text\":\"t\"}", "{\"text\":\"real\"}");
  }
}
