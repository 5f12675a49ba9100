package dev.synthforge.spark;

import dev.synthforge.core.curate.CurationInput;
import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.RowRule;
import dev.synthforge.core.curate.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;

/**
 * The first step of curation, row by row on the executors: the input check and every per-row
 * rule, whose verdicts start the row's verdict list, and the curated text (masked PII).
 *
 * <p>Reads {@link CurationWork#GENERATED} columns, writes {@link CurationWork#SCHEMA} rows.
 */
final class RowRulesFunction implements MapFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final CurationRuleSet rules;

  RowRulesFunction(CurationRuleSet rules) {
    this.rules = rules;
  }

  @Override
  public Row call(Row row) {
    String text = row.getAs("text");
    String status = row.getAs("status");
    Verdict input = rules.input().evaluate("succeeded".equals(status), row.getAs("error_class"), text);
    List<Verdict> verdicts = new ArrayList<>();
    String curated = text;
    int rejections = 0;
    for (RowRule rule : rules.rowRules().values()) {
      Verdict verdict;
      if (input.rejected()) {
        verdict = CurationOutcome.skipped(rule.name(), input);
      } else {
        String finishReason = row.getAs("finish_reason");
        CurationInput in = rules.schemaJson() == null
            ? CurationInput.freeText(curated == null ? "" : curated, finishReason)
            : CurationInput.structured(curated == null ? "" : curated, finishReason, rules.schemaJson());
        verdict = rule.evaluate(in);
        if (verdict.replacement().isPresent()) {
          curated = verdict.replacement().get();
        }
      }
      if (verdict.rejected()) {
        rejections++;
      }
      verdicts.add(verdict);
    }
    // With its schema: Spark may hand this row straight to the next step, which reads by name.
    return new GenericRowWithSchema(new Object[] {row.getAs("request_id"), row.getAs("seed_id"), row.getAs("task_name"),
        row.getAs("run_id"), row.getAs("generation_depth"), row.getAs("seed_attributes"),
        row.getAs("model_reported"), row.getAs("prompt"), text, curated, VerdictRows.toRow(input),
        VerdictRows.toRows(verdicts), rejections}, CurationWork.SCHEMA);
  }

  /** Rows that pass the input check go to the set rules. */
  static boolean inputPassed(Row work) {
    return VerdictRows.fromRow(work.getStruct(work.fieldIndex("input_verdict"))).passed();
  }
}
