package dev.synthforge.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.mix.SeedPin;
import dev.synthforge.core.mix.Stratum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The candidate rows of a mix, real and synthetic, in the training mix table's shape. */
final class MixRows {
  private MixRows() {}

  private static final DataType STRING_MAP = DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true);


  /** The seeds as mix rows; without an id column, a row's id is a hash of its content. */
  static Dataset<Row> real(Dataset<Row> seeds, SeedPin pin, List<String> stratifyBy) {
    List<String> columns = Arrays.asList(seeds.columns());
    List<String> needed = new ArrayList<>(pin.attributes());
    needed.add(pin.textColumn());
    pin.idColumn().ifPresent(needed::add);
    for (String column : needed) {
      if (!columns.contains(column)) {
        throw Errors.userError("read the real pool from " + pin.source(),
            "column '" + column + "' is not among the seed columns " + columns);
      }
    }
    Column text = col(quote(pin.textColumn())).cast("string");
    Column id = pin.idColumn().map(c -> col(quote(c)).cast("string"))
        .orElse(concat(lit("h"), substring(sha2(to_json(struct(columns.stream().map(c -> col(quote(c))).toArray(Column[]::new))), 256), 1, 24)));
    List<Column> pairs = new ArrayList<>();
    for (String attribute : pin.attributes()) {
      pairs.add(lit(attribute));
      pairs.add(col(quote(attribute)).cast("string"));
    }
    Column attributes = pairs.isEmpty() ? map().cast(STRING_MAP) : map(pairs.toArray(Column[]::new));
    Dataset<Row> withAttributes = seeds.filter(text.isNotNull())
        .select(id.as("row_id"), text.as("text"), attributes.as("attributes"));
    return withAttributes.select(
        col("row_id"), lit("real").as("origin"), lit(Stratum.REAL).as("source"), lit(0).as("generation_depth"),
        group(stratifyBy).as("group"), col("row_id").as("seed_id"),
        array().cast(DataTypes.createArrayType(DataTypes.StringType, true)).as("parent_ids"), col("attributes"),
        nullString("task_name"), nullString("prompt"), col("text"), nullString("model"), nullString("template_id"),
        nullString("template_hash"), nullString("generation_run_id"), nullString("curate_run_id"),
        lit(null).cast(DataTypes.IntegerType).as("judge_score"));
  }

  /** Kept curated rows with their generation lineage. */
  static Dataset<Row> synthetic(Dataset<Row> curated, Dataset<Row> generations, List<String> stratifyBy) {
    Dataset<Row> kept = curated.filter(col("kept").and(col("text").isNotNull())).as("c");
    Dataset<Row> lineage = generations.select(col("request_id").as("g_request_id"), col("prompt").as("g_prompt"),
        col("template_id").as("g_template_id"), col("template_hash").as("g_template_hash"),
        col("parent_ids").as("g_parent_ids"));
    Dataset<Row> joined = kept.join(lineage, kept.col("request_id").equalTo(lineage.col("g_request_id")), "left")
        .withColumn("attributes", col("seed_attributes"));
    return joined.select(
        col("request_id").as("row_id"), lit("synthetic").as("origin"), col("task_name").as("source"),
        col("generation_depth"), group(stratifyBy).as("group"), col("seed_id"),
        coalesce(col("g_parent_ids"), array(col("seed_id"))).as("parent_ids"), col("attributes"),
        col("task_name"), col("g_prompt").as("prompt"), col("text"), col("model"), col("g_template_id").as("template_id"),
        col("g_template_hash").as("template_hash"), col("generation_run_id"), col("curate_run_id"),
        col("judge_score"));
  }

  /** Adds the seeded sampling key. */
  static Dataset<Row> keyed(Dataset<Row> rows, long seed) {
    return rows.withColumn("sample_key", xxhash64(lit(seed), col("origin"), col("row_id")));
  }

  private static Column group(List<String> stratifyBy) {
    if (stratifyBy.isEmpty()) {
      return lit("");
    }
    List<Column> parts = new ArrayList<>();
    for (String attribute : stratifyBy) {
      parts.add(concat(lit(attribute + "="), coalesce(col("attributes").getItem(attribute), lit(""))));
    }
    return concat_ws(",", parts.toArray(Column[]::new));
  }

  private static Column nullString(String name) {
    return lit(null).cast(DataTypes.StringType).as(name);
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

}
