package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every table an analyst finds in the catalog says what it is, which job writes it, its key, and what each column means. */
class TableDocumentationIT {
  private static final String DATABASE = "documented";

  @BeforeAll
  static void createEveryTable() {
    SparkSession spark = SparkTestSession.get();
    GenerationStore.open(spark, DATABASE, "generations", "generate");
    GenerationStore.open(spark, DATABASE, "judgments", "judge");
    RunLedger.open(spark, DATABASE, "runs");
    CuratedStore.open(spark, DATABASE, "curated");
    MetricsStore.open(spark, DATABASE, "metrics");
    ReviewStore.open(spark, DATABASE, "reviews");
    MixStore.open(spark, DATABASE, "training_mix");
  }

  @ParameterizedTest
  @CsvSource({
      "generations, generate",
      "judgments, curate",
      "runs, all jobs",
      "curated, curate",
      "metrics, monitor",
      "reviews, review import",
      "training_mix, mix"})
  void tableCommentPropertiesAndColumnComments(String table, String writer) throws Exception {
    SparkSession spark = SparkTestSession.get();
    String name = DATABASE + "." + table;

    assertThat(spark.catalog().getTable(DATABASE, table).description())
        .as("comment of %s", name).startsWith("synthforge ").containsIgnoringCase("written by");
    Map<String, String> properties = new HashMap<>();
    for (Row row : spark.sql("SHOW TBLPROPERTIES " + name).collectAsList()) {
      properties.put(row.getString(0), row.getString(1));
    }
    assertThat(properties).containsEntry("synthforge.table", table).containsEntry("synthforge.written-by", writer)
        .containsKey("synthforge.key");
    List<String> undocumented = java.util.Arrays.stream(spark.table(name).schema().fields())
        .filter(field -> field.getComment().isEmpty() || field.getComment().get().isBlank())
        .map(StructField::name).toList();
    assertThat(undocumented).as("columns of %s without a comment", name).isEmpty();
  }
}
