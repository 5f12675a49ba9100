package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.ConfigLoader;
import dev.synthforge.config.ConfigOverrides;
import dev.synthforge.config.JobConfig;
import dev.synthforge.config.MixConfig;
import dev.synthforge.core.review.Csv;
import dev.synthforge.core.review.ReviewFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst notebooks ({@code notebooks/*.ipynb}) and the README's queries, run against tables
 * the real jobs wrote: generate, curate, review export and import, monitor and mix with the demo
 * config ({@code conf/demo.yaml}, its 320 seeds), into a database of this test.
 *
 * <p>A notebook's SQL cells are its code cells whose first line is {@code %sql}; the rest is the
 * query, with {@code ${database}} and {@code ${task}} replaced by the parameters. A cell's
 * metadata {@code synthforge.expect} says whether it must return rows ({@code rows}, the default)
 * or may return none ({@code any}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotebooksIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATABASE = "notebooks_it";
  private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 25);
  private static final Path NOTEBOOKS = Path.of("notebooks");
  private static final Path README = Path.of("README.md");
  private static final String README_SECTION = "## Querying the output";
  private static final List<String> TOPICS = List.of("lineage", "quality", "representation", "failures", "review");
  private static final Pattern PARAMETER = Pattern.compile("\\$\\{([^}]*)}");
  /** The README's queries name the demo's database; this test runs them against its own. */
  private static final Pattern DEMO_DATABASE = Pattern.compile("(?<![\\w.`])synth\\.");

  private final SparkSession spark = SparkTestSession.get();
  @TempDir static Path dir;
  private Map<String, String> parameters;

  /** One SQL cell: where it is, its query as written, and whether it must return rows. */
  record SqlCell(String notebook, int index, String query, boolean rowsExpected) {}

  @BeforeAll
  void runTheDemoPipeline() throws IOException {
    long started = System.nanoTime();
    JobConfig config = demoConfig();
    parameters = Map.of("database", DATABASE, "task", config.task().name());
    new GenerateJob(spark, config, identity(config, "generate"), false).run();
    new CurateJob(spark, config, identity(config, "curate")).run();
    review(config);
    // The demo breaches its distinct_2 gate on purpose; the metrics are written all the same.
    new MonitorJob(spark, config, identity(config, "monitor"), dir.resolve("reports")).run();
    new MixJob(spark, config, identity(config, "mix")).run();
    System.out.printf("NotebooksIT: demo pipeline into %s took %.1f s%n", DATABASE, (System.nanoTime() - started) / 1e9);
  }

  @TestFactory
  Stream<DynamicNode> everyNotebookSqlCellRunsOnTheDemoTables() {
    return notebooks().stream().map(notebook -> dynamicContainer(notebook.getFileName().toString(),
        sqlCells(notebook).stream().map(cell -> dynamicTest("cell " + cell.index(), () -> run(cell)))));
  }

  @TestFactory
  Stream<DynamicNode> everyReadmeQueryRuns() {
    return readmeQueries().stream().map(cell -> dynamicTest(cell.notebook() + " query " + cell.index(), () -> run(cell)));
  }

  @Test
  void everyTopicHasANotebookOfSqlCellsAfterASetupCell() throws IOException {
    List<Path> notebooks = notebooks();
    for (String topic : TOPICS) {
      assertThat(notebooks).as("a notebook on " + topic).anyMatch(path -> path.getFileName().toString().contains(topic));
    }
    for (Path path : notebooks) {
      JsonNode notebook = JSON.readTree(path.toFile());
      assertThat(notebook.path("nbformat").asInt()).as(path + " nbformat").isEqualTo(4);
      assertThat(sqlCells(path)).as(path + " SQL cells").isNotEmpty();
      JsonNode cells = notebook.path("cells");
      JsonNode firstCode = null;
      for (int i = 0; i < cells.size(); i++) {
        JsonNode cell = cells.get(i);
        String source = source(cell);
        if (!cell.path("cell_type").asText().equals("code")) {
          continue;
        }
        if (firstCode == null) {
          firstCode = cell;
          assertThat(source).as(path + ": the first code cell sets up Python, not SQL")
              .doesNotStartWith("%").contains("database = ").contains("task = ").contains("SparkSession");
          continue;
        }
        assertThat(source).as(path + " cell " + i + ": every later code cell is SQL, first line %sql")
            .startsWith("%sql\n");
        assertThat(cells.get(i - 1).path("cell_type").asText()).as(path + " cell " + i + " follows a markdown cell")
            .isEqualTo("markdown");
        JsonNode expect = cell.path("metadata").path("synthforge").path("expect");
        if (!expect.isMissingNode()) {
          assertThat(expect.asText()).as(path + " cell " + i + " expect").isIn("rows", "any");
        }
      }
    }
  }

  @Test
  void theReadmeSectionHasQueriesAndPointsToTheNotebooksAndTheSqlCommand() {
    String section = readmeSection(readme(), README_SECTION);
    assertThat(readmeQueries()).filteredOn(SqlCell::rowsExpected).hasSizeGreaterThanOrEqualTo(3);
    assertThat(section).contains("notebooks/").contains("jobs/synthforge sql");
  }

  private void run(SqlCell cell) {
    String query = substitute(cell);
    List<Row> rows;
    try {
      rows = spark.sql(query).collectAsList();
    } catch (Exception e) {
      throw new AssertionError(cell.notebook() + " cell " + cell.index() + " failed: " + e.getMessage() + "\n" + query, e);
    }
    if (cell.rowsExpected() && rows.isEmpty()) {
      fail(cell.notebook() + " cell " + cell.index() + " returned no rows, and its metadata expects rows"
          + " (set synthforge.expect to \"any\" where none is a good answer)\n" + query);
    }
  }

  /** The query with its parameters replaced; an unknown parameter fails the cell. */
  private String substitute(SqlCell cell) {
    Matcher matcher = PARAMETER.matcher(cell.query());
    StringBuilder query = new StringBuilder();
    while (matcher.find()) {
      String value = parameters.get(matcher.group(1));
      if (value == null) {
        fail(cell.notebook() + " cell " + cell.index() + " names the unknown parameter ${" + matcher.group(1)
            + "}; the parameters are " + parameters.keySet());
      }
      matcher.appendReplacement(query, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(query);
    String text = query.toString().strip();
    return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
  }

  private static List<Path> notebooks() {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      return files.filter(path -> path.getFileName().toString().endsWith(".ipynb")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The notebook's SQL cells, numbered by their place among all its cells (from 0). */
  private static List<SqlCell> sqlCells(Path notebook) {
    JsonNode cells;
    try {
      cells = JSON.readTree(notebook.toFile()).path("cells");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse " + notebook + " as JSON", e);
    }
    List<SqlCell> result = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      JsonNode cell = cells.get(i);
      String source = source(cell);
      if (cell.path("cell_type").asText().equals("code") && source.startsWith("%sql\n")) {
        String expect = cell.path("metadata").path("synthforge").path("expect").asText("rows");
        result.add(new SqlCell(notebook.getFileName().toString(), i, source.substring("%sql\n".length()),
            !expect.equals("any")));
      }
    }
    return result;
  }

  /** A cell's source: nbformat allows one string or a list of lines. */
  private static String source(JsonNode cell) {
    JsonNode source = cell.path("source");
    if (source.isArray()) {
      StringBuilder text = new StringBuilder();
      source.forEach(line -> text.append(line.asText()));
      return text.toString();
    }
    return source.asText();
  }

  /**
   * Every statement of the README's {@code ```sql} blocks: those of "Querying the output" must
   * return rows; the other sections' examples (some with a '...' to fill in) must run.
   */
  private List<SqlCell> readmeQueries() {
    String readme = readme();
    String section = readmeSection(readme, README_SECTION);
    List<SqlCell> result = new ArrayList<>();
    Matcher block = Pattern.compile("(?s)```sql\\n(.*?)```").matcher(readme);
    int index = 0;
    while (block.find()) {
      boolean inSection = section.contains(block.group());
      for (String statement : block.group(1).split(";\\s*(\\n|$)")) {
        String query = DEMO_DATABASE.matcher(statement).replaceAll(Matcher.quoteReplacement("${database}."));
        if (!query.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
          result.add(new SqlCell(inSection ? "README " + README_SECTION.substring(3) : "README", index++, query, inSection));
        }
      }
    }
    return result;
  }

  private static String readme() {
    try {
      return Files.readString(README);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readmeSection(String readme, String heading) {
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README section " + heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + heading.length() + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /**
   * The demo config as it is, writing to this test's database, without the export files for
   * trainers (they are not tables, and the demo's export folder is outside the test's warehouse).
   */
  private static JobConfig demoConfig() {
    JobConfig demo = ConfigLoader.load(Path.of("conf/demo.yaml"),
        ConfigOverrides.none().withRunDate(RUN_DATE).withWarehouse(SparkTestSession.warehouse().toString()));
    MixConfig m = demo.mix();
    JobConfig config = demo.withOutput(demo.output().withDatabase(DATABASE));
    return config.withMix(new MixConfig(m.spec(), m.table(), m.manifestDir(), Optional.empty()));
  }

  private static RunIdentity identity(JobConfig config, String job) {
    return new RunIdentity(RunIdentity.newRunId(job), RUN_DATE, ConfigHash.of(config), "notebooks-it");
  }

  /**
   * A review export, then people's verdicts on three curated rows: a kept row rejected, a kept
   * row edited, a rejected row accepted.
   */
  private void review(JobConfig config) throws IOException {
    new ReviewExportJob(spark, config, identity(config, "review-export"))
        .run(dir.resolve("review.csv"), ReviewFormat.CSV, 12, 1);
    String curated = DATABASE + "." + config.output().curatedTable();
    List<String> kept = ids("SELECT request_id FROM " + curated + " WHERE kept ORDER BY request_id LIMIT 2");
    List<String> rejected = ids("SELECT request_id FROM " + curated + " WHERE NOT kept AND rejected_by <> 'input'"
        + " ORDER BY request_id LIMIT 1");
    assertThat(kept).as("kept rows to review").hasSize(2);
    assertThat(rejected).as("rejected rows to review").hasSize(1);
    Path file = dir.resolve("reviewed.csv");
    Files.writeString(file, Csv.line(List.of("request_id", "review_verdict", "edited_text", "reviewer", "reviewed_at"))
        + Csv.line(List.of(kept.get(0), "reject", "", "ana", "2026-11-25T10:00:00Z"))
        + Csv.line(List.of(kept.get(1), "edit", "A reviewer's better paraphrase of this review.", "bo",
            "2026-11-25T10:01:00Z"))
        + Csv.line(List.of(rejected.get(0), "accept", "", "ana", "2026-11-25T10:02:00Z")));
    ReviewImportJob.Result imported = new ReviewImportJob(spark, config, identity(config, "review-import")).run(file);
    assertThat(imported.stored()).isEqualTo(3);
  }

  private List<String> ids(String query) {
    return spark.sql(query).collectAsList().stream().map(row -> row.getString(0)).toList();
  }
}
