package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import dev.synthforge.core.metrics.MetricValue;
import dev.synthforge.core.review.Csv;
import dev.synthforge.core.review.ReviewColumns;
import dev.synthforge.core.review.ReviewFormat;
import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Human review end to end: curated rows exported as a stratified sample, verdicts filled in and
 * imported into reviews and curated, a second import and a curate re-run changing nothing, a bad
 * file refused whole, and the agreement the monitor reports.
 */
class ReviewJobIT {
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  private static final String[] THINGS = {"kettle", "lamp", "backpack", "blender", "toaster", "heater", "fan",
      "mixer", "kettle", "radio", "clock", "drill", "mirror", "shelf", "stool", "chair"};

  private JobConfig config(String database) {
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i < THINGS.length; i++) {
      seeds.add("{\"id\": \"s" + i + "\", \"text\": \"The " + THINGS[i] + " number " + i + " works well and looks"
          + " nice.\", \"region\": \"" + (i < 10 ? "north" : "south") + "\"}");
    }
    return TestConfigs.builtin(dir, TestConfigs.seeds(dir, seeds), database, TestConfigs.paraphraseTask(1), """
        curate:
          rules: [quality, exact-dedup, judge]
          judge: {endpoint: builtin, rubric: "A faithful, fluent paraphrase.", min-score: 2}
        monitor:
          token-budget: 1000
          embedding-sample: 16
          self-bleu-sample: 16
        """);
  }

  private static RunIdentity identity(JobConfig config, String job) {
    return new RunIdentity(RunIdentity.newRunId(job), LocalDate.of(2026, 11, 25), ConfigHash.of(config), null);
  }

  /** Generated rows with crafted texts: s3 too short for the quality rule, the others distinct. */
  private void generateAndCurate(JobConfig config, String database) {
    new GenerateJob(spark, config, identity(config, "generate"), false).run();
    DeltaTable generations = DeltaTable.forName(spark, database + ".generations");
    for (int i = 0; i < THINGS.length; i++) {
      String text = i == 3 ? "Hi." : "This " + THINGS[i] + " number " + i + " works well, looks nice and"
          + " was easy to set up at home on the first day.";
      generations.update(col("seed_id").equalTo("s" + i), Map.of("text", lit(text)));
    }
    new CurateJob(spark, config, identity(config, "curate")).run();
  }

  private ReviewExportJob.Result export(JobConfig config, Path file, ReviewFormat format, int size) {
    return new ReviewExportJob(spark, config, identity(config, "review-export")).run(file, format, size, 5);
  }

  private ReviewImportJob.Result importFile(JobConfig config, Path file) {
    return new ReviewImportJob(spark, config, identity(config, "review-import")).run(file);
  }

  @Test
  void exportImportRoundTripSurvivesReimportAndRecurateAndFeedsAgreement() throws Exception {
    JobConfig config = config("rev_e2e");
    generateAndCurate(config, "rev_e2e");

    // A small sample: every stratum drawn from, deterministic for the seed.
    ReviewExportJob.Result small = export(config, dir.resolve("small.csv"), ReviewFormat.CSV, 6);
    export(config, dir.resolve("again.csv"), ReviewFormat.CSV, 6);
    assertThat(small.written()).isEqualTo(6);
    assertThat(Files.readString(dir.resolve("small.csv"))).isEqualTo(Files.readString(dir.resolve("again.csv")));
    assertThat(small.byStratum().keySet()).anyMatch(s -> s.contains("|rejected|"))
        .anyMatch(s -> s.startsWith("region=north|kept|")).anyMatch(s -> s.startsWith("region=south|kept|"));
    Row exportRun = spark.table("rev_e2e.runs").filter(col("run_id").equalTo(small.runId())).first();
    assertThat(exportRun.<String>getAs("job")).isEqualTo("review-export");
    assertThat(exportRun.<Long>getAs("generated")).isEqualTo(6L);
    List<String> jsonl = Files.readAllLines(export(config, dir.resolve("small.jsonl"), ReviewFormat.JSONL, 6).file());
    assertThat(jsonl).hasSize(6).allSatisfy(line -> assertThat(line).contains("\"verdicts\":[{\"rule\":\"input\""));

    // Every row, then people's verdicts on three of them.
    Path all = dir.resolve("all.csv");
    ReviewExportJob.Result everything = export(config, all, ReviewFormat.CSV, 1000);
    assertThat(everything.written()).isEqualTo(THINGS.length);
    List<Map<String, String>> rows = read(all);
    Map<String, String> tooShort = rows.stream().filter(r -> r.get("text").equals("Hi.")).findFirst().orElseThrow();
    assertThat(tooShort.get("rejected_by")).isEqualTo("quality");
    assertThat(tooShort.get("verdicts")).contains("quality:rejected(too_few_words)");
    assertThat(tooShort.get("seed_text")).contains("blender number 3");
    List<Map<String, String>> kept = rows.stream().filter(r -> r.get("kept").equals("true")).toList();
    assertThat(kept).as("rows the rules kept").hasSizeGreaterThanOrEqualTo(2);
    String rejectedId = kept.get(0).get("request_id");
    String editedId = kept.get(1).get("request_id");
    String acceptedId = tooShort.get("request_id");
    fill(kept.get(0), "reject", "", "ana", "2026-11-25T10:00:00Z");
    fill(kept.get(1), "edit", "An edited, better sentence about this product.", "bo", "2026-11-25T10:01:00Z");
    fill(tooShort, "accept", "", "ana", "2026-11-25T10:02:00Z");
    Path filled = dir.resolve("filled.csv");
    write(filled, rows);
    Row editedBefore = curatedRow("rev_e2e", editedId);

    ReviewImportJob.Result first = importFile(config, filled);

    assertThat(first.reviews()).isEqualTo(3);
    assertThat(first.unreviewed()).isEqualTo(THINGS.length - 3);
    assertThat(first.stored()).isEqualTo(3);
    assertThat(first.curatedChanged()).isEqualTo(3);
    Row rejected = curatedRow("rev_e2e", rejectedId);
    assertThat(rejected.<Boolean>getAs("kept")).isFalse();
    assertThat(rejected.<String>getAs("rejected_by")).isEqualTo("review");
    assertThat(rejected.<String>getAs("reject_reason")).isEqualTo("human_reject");
    assertThat(rejected.<String>getAs("reviewer")).isEqualTo("ana");
    assertThat(rejected.<String>getAs("review_verdict")).isEqualTo("reject");
    Row accepted = curatedRow("rev_e2e", acceptedId);
    assertThat(accepted.<Boolean>getAs("kept")).isTrue();
    assertThat(accepted.<String>getAs("rejected_by")).isNull();
    List<Row> verdicts = accepted.getList(accepted.fieldIndex("verdicts"));
    assertThat(verdicts).extracting(v -> v.getString(0)).containsExactly("input", "quality", "exact-dedup", "judge", "review");
    // The edit: new text, the old kept aside, the row's lineage unchanged and the reviewer's added.
    Row edited = curatedRow("rev_e2e", editedId);
    assertThat(edited.<String>getAs("text")).isEqualTo("An edited, better sentence about this product.");
    assertThat(edited.<String>getAs("automatic_text")).isEqualTo(editedBefore.getAs("text"));
    assertThat(edited.<Boolean>getAs("kept")).isTrue();
    for (String lineage : List.of("seed_id", "generation_run_id", "model", "curate_run_id", "judge_score")) {
      assertThat(edited.<Object>getAs(lineage)).as(lineage).isEqualTo(editedBefore.getAs(lineage));
    }
    assertThat(edited.<String>getAs("reviewer")).isEqualTo("bo");
    assertThat(edited.<java.sql.Timestamp>getAs("reviewed_at").toInstant()).hasToString("2026-11-25T10:01:00Z");
    assertThat(edited.<String>getAs("review_run_id")).isEqualTo(first.runId());
    assertThat(spark.table("rev_e2e.reviews").count()).isEqualTo(3);
    Row importRun = spark.table("rev_e2e.runs").filter(col("run_id").equalTo(first.runId())).first();
    assertThat(importRun.<String>getAs("job")).isEqualTo("review-import");
    assertThat(importRun.<String>getAs("status")).isEqualTo("succeeded");

    // The same file again, and a curate re-run: nothing changes.
    long curatedVersion = DeltaTables.version(spark, "rev_e2e.curated");
    long reviewsVersion = DeltaTables.version(spark, "rev_e2e.reviews");
    ReviewImportJob.Result second = importFile(config, filled);
    assertThat(second.stored()).isZero();
    assertThat(second.alreadyStored()).isEqualTo(3);
    assertThat(second.curatedChanged()).isZero();
    CurateResult recurated = new CurateJob(spark, config, identity(config, "curate")).run();
    assertThat(recurated.changed()).isZero();
    assertThat(DeltaTables.version(spark, "rev_e2e.curated")).isEqualTo(curatedVersion);
    assertThat(DeltaTables.version(spark, "rev_e2e.reviews")).isEqualTo(reviewsVersion);
    assertThat(spark.table("rev_e2e.reviews").count()).isEqualTo(3);
    assertThat(curatedRow("rev_e2e", rejectedId).<String>getAs("rejected_by")).isEqualTo("review");

    // A file with an unknown id, a duplicate id and a bad line is refused whole.
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "request_id,review_verdict,edited_text,reviewer,reviewed_at\n"
        + rejectedId + ",accept,,cy,2026-11-26T09:00:00Z\n"
        + "no-such-row,accept,,cy,2026-11-26T09:00:00Z\n"
        + rejectedId + ",reject,,cy,2026-11-26T09:01:00Z\n"
        + editedId + ",perhaps,,cy,2026-11-26T09:02:00Z\n");
    RunIdentity badRun = identity(config, "review-import");
    assertThatThrownBy(() -> new ReviewImportJob(spark, config, badRun).run(bad))
        .isInstanceOf(SynthforgeException.class)
        .satisfies(e -> assertThat(((SynthforgeException) e).category()).isEqualTo(ErrorCategory.USER))
        .hasMessageContaining("3 problem(s); nothing was applied")
        .hasMessageContaining("line 3: unknown row id 'no-such-row'")
        .hasMessageContaining("line 4: duplicate row id '" + rejectedId + "': also reviewed on line 2")
        .hasMessageContaining("line 5: review_verdict 'perhaps' is not one of accept, reject, edit");
    assertThat(DeltaTables.version(spark, "rev_e2e.curated")).isEqualTo(curatedVersion);
    assertThat(DeltaTables.version(spark, "rev_e2e.reviews")).isEqualTo(reviewsVersion);
    Row badEntry = spark.table("rev_e2e.runs").filter(col("run_id").equalTo(badRun.runId())).first();
    assertThat(badEntry.<String>getAs("status")).isEqualTo("failed");

    // Agreement: the reject of a kept row and the accept of a rejected one disagree, the edit agrees.
    List<MetricValue> agreement = ReviewAgreementValues.measure(spark, "rev_e2e", "curated", "paraphrase", "m");
    assertThat(agreement).contains(new MetricValue("m", 1, "review_agreement", "", 1.0 / 3, 3),
        new MetricValue("m", 1, "review_agreement", "quality", 1.0 / 3, 3),
        new MetricValue("m", 1, "review_agreement", "judge", 0.5, 2));
    MonitorResult monitored = new MonitorJob(spark, config, identity(config, "monitor"), dir.resolve("reports")).run();
    assertThat(spark.table("rev_e2e.metrics").filter(col("metric").equalTo("review_agreement")
        .and(col("group").equalTo("judge")).and(col("run_id").equalTo(monitored.runId()))).count()).isEqualTo(1);
  }

  @Test
  void importingBeforeCuratingSaysWhatToDo() throws Exception {
    JobConfig config = config("rev_nothing");
    Path file = dir.resolve("reviews.csv");
    Files.writeString(file, "request_id,review_verdict,reviewer,reviewed_at\n");

    assertThatThrownBy(() -> importFile(config, file)).isInstanceOf(SynthforgeException.class)
        .hasMessageContaining("run curate with this config first");
  }

  private Row curatedRow(String database, String id) {
    return spark.table(database + ".curated").filter(col("request_id").equalTo(id)).first();
  }

  private static List<Map<String, String>> read(Path file) throws Exception {
    List<Csv.Record> records = Csv.parse(Files.readString(file));
    List<String> header = records.get(0).fields();
    assertThat(header).containsExactlyElementsOf(ReviewColumns.all());
    List<Map<String, String>> rows = new ArrayList<>();
    for (Csv.Record record : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), record.fields().get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static void fill(Map<String, String> row, String verdict, String text, String reviewer, String at) {
    row.put(ReviewColumns.REVIEW_VERDICT, verdict);
    row.put(ReviewColumns.EDITED_TEXT, text);
    row.put(ReviewColumns.REVIEWER, reviewer);
    row.put(ReviewColumns.REVIEWED_AT, at);
  }

  private static void write(Path file, List<Map<String, String>> rows) throws Exception {
    StringBuilder text = new StringBuilder(Csv.line(ReviewColumns.all()));
    rows.forEach(row -> text.append(Csv.line(new ArrayList<>(row.values()))));
    Files.writeString(file, text.toString());
  }
}
