package dev.synthforge.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Small generations and curated tables written directly, for mix tests. */
final class MixTables {
  private MixTables() {}

  /** One synthetic row: its request id, seed, depth, region, model and whether curate kept it. */
  record Synthetic(String requestId, String seedId, int depth, String region, String model, boolean kept) {}

  static void write(SparkSession spark, String database, List<Synthetic> rows) {
    List<Row> generations = new ArrayList<>();
    List<Row> curated = new ArrayList<>();
    for (Synthetic s : rows) {
      Map<String, Object> common = Map.of("request_id", s.requestId(), "seed_id", s.seedId(),
          "task_name", "paraphrase", "generation_depth", s.depth(), "seed_attributes", Map.of("region", s.region()),
          "text", "generated text of " + s.requestId());
      generations.add(row(TableSchemas.GENERATIONS, merge(common, Map.of("prompt", "Paraphrase seed " + s.seedId(),
          "template_id", "paraphrase-v1", "model_reported", s.model(), "status", "succeeded",
          "parent_ids", List.of(s.seedId())))));
      curated.add(row(TableSchemas.CURATED, merge(common, Map.of("model", s.model(), "kept", s.kept(),
          "generation_run_id", "generate-1", "curate_run_id", "curate-1"))));
    }
    DeltaTables.ensure(spark, database, "generations", TableSchemas.GENERATIONS, "test", Map.of());
    DeltaTables.ensure(spark, database, "curated", TableSchemas.CURATED, "test", Map.of());
    spark.createDataFrame(generations, TableSchemas.GENERATIONS).write().format("delta").mode("append")
        .saveAsTable(database + ".generations");
    spark.createDataFrame(curated, TableSchemas.CURATED).write().format("delta").mode("append")
        .saveAsTable(database + ".curated");
  }

  private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> merged = new java.util.HashMap<>(a);
    merged.putAll(b);
    return merged;
  }

  /** A row of {@code schema}: the given values, the rest null where allowed, else a plain default. */
  private static Row row(StructType schema, Map<String, Object> values) {
    Object[] fields = new Object[schema.size()];
    for (int i = 0; i < schema.size(); i++) {
      StructField field = schema.fields()[i];
      if (values.containsKey(field.name())) {
        fields[i] = values.get(field.name());
      } else if (!field.nullable()) {
        fields[i] = defaultOf(field);
      }
    }
    return RowFactory.create(fields);
  }

  private static Object defaultOf(StructField field) {
    if (field.dataType() instanceof ArrayType) {
      return List.of();
    }
    if (field.dataType() instanceof MapType) {
      return Map.of();
    }
    if (field.dataType().equals(DataTypes.StringType)) {
      return "x";
    }
    if (field.dataType().equals(DataTypes.LongType)) {
      return 0L;
    }
    if (field.dataType().equals(DataTypes.IntegerType)) {
      return 0;
    }
    if (field.dataType().equals(DataTypes.DoubleType)) {
      return 0.0;
    }
    if (field.dataType().equals(DataTypes.BooleanType)) {
      return false;
    }
    if (field.dataType().equals(DataTypes.DateType)) {
      return Date.valueOf("2026-11-25");
    }
    if (field.dataType().equals(DataTypes.TimestampType)) {
      return Timestamp.from(Instant.parse("2026-11-25T00:00:00Z"));
    }
    throw new IllegalArgumentException("no default for " + field);
  }
}
