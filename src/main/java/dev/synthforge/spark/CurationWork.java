package dev.synthforge.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.Verdict;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows curation works on between its steps: the generated row, its input check and the
 * verdicts decided so far. Each set rule joins its result columns, then {@link #append} turns
 * them into the rule's verdict.
 */
final class CurationWork {
  private CurationWork() {}

  /** The generations columns curation reads. */
  static final String[] GENERATED = {"request_id", "seed_id", "task_name", "run_id", "generation_depth",
      "seed_attributes", "model_reported", "prompt", "text", "status", "error_class", "finish_reason"};

  static final StructType SCHEMA = new StructType(new StructField[] {
      new StructField("request_id", StringType, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("seed_id", StringType, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("task_name", StringType, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("generation_run_id", StringType, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("generation_depth", IntegerType, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("seed_attributes", DataTypes.createMapType(StringType, StringType, true), true,
          org.apache.spark.sql.types.Metadata.empty()),
      new StructField("model", StringType, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("prompt", StringType, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("text", StringType, true, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("curated_text", StringType, true, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("input_verdict", TableSchemas.VERDICT, false, org.apache.spark.sql.types.Metadata.empty()),
      new StructField("verdicts", DataTypes.createArrayType(TableSchemas.VERDICT, true), false,
          org.apache.spark.sql.types.Metadata.empty()),
      new StructField("row_rejections", IntegerType, false, org.apache.spark.sql.types.Metadata.empty()),
  });

  /** Decides one rule's verdict on a work row from the row's columns and its verdicts so far. */
  interface RuleVerdict extends Serializable {
    Verdict decide(Row row, Verdict input, Map<String, Verdict> known);
  }

  /** Adds the verdict of {@code rule} to every row's verdict list. */
  static Dataset<Row> append(Dataset<Row> work, RuleVerdict rule) {
    StructType schema = work.schema();
    int verdictsIndex = schema.fieldIndex("verdicts");
    int inputIndex = schema.fieldIndex("input_verdict");
    MapFunction<Row, Row> add = row -> {
      List<Row> verdicts = new ArrayList<>(row.getList(verdictsIndex));
      Verdict input = VerdictRows.fromRow(row.getStruct(inputIndex));
      verdicts.add(VerdictRows.toRow(rule.decide(row, input, VerdictRows.byRule(verdicts))));
      Object[] values = new Object[row.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(i);
      }
      values[verdictsIndex] = VerdictRows.seq(verdicts);
      // With its schema: Spark may hand this row straight to the next step, which reads by name.
      return new GenericRowWithSchema(values, schema);
    };
    return work.map(add, Encoders.row(work.schema()));
  }

  /**
   * The rows no earlier rule rejected: what a rule that looks only at surviving rows (novelty,
   * judge) works on.
   */
  static Dataset<Row> survivorsBefore(Dataset<Row> work, String rule, List<String> order) {
    int verdictsIndex = work.schema().fieldIndex("verdicts");
    int inputIndex = work.schema().fieldIndex("input_verdict");
    FilterFunction<Row> survives = row -> CurationOutcome.rejectedBefore(rule,
        VerdictRows.fromRow(row.getStruct(inputIndex)), order,
        VerdictRows.byRule(row.getList(verdictsIndex))).isEmpty();
    return work.filter(survives);
  }

  /** The earlier rejection that makes {@code rule} skip a row, if any. */
  static Optional<Verdict> rejectedBefore(String rule, List<String> order, Verdict input, Map<String, Verdict> known) {
    return CurationOutcome.rejectedBefore(rule, input, order, known);
  }
}
