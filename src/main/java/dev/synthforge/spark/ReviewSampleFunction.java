package dev.synthforge.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.core.curate.Verdict;
import dev.synthforge.core.review.ReviewDecision;
import dev.synthforge.core.review.ReviewSampling;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Places a curated row in its review stratum and gives it its draw key ({@link ReviewSampling}). */
final class ReviewSampleFunction implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The curated columns a review export reads, then its stratum, borderline flag and key. */
  static final String[] CURATED_COLUMNS = {"request_id", "task_name", "seed_id", "seed_attributes", "text", "kept",
      "rejected_by", "reject_reason", "judge_score", "verdicts"};
  static final StructType SCHEMA = new StructType()
      .add("request_id", StringType, false).add("task_name", StringType, false).add("seed_id", StringType, false)
      .add("text", StringType, true).add("kept", BooleanType, false).add("rejected_by", StringType, true)
      .add("reject_reason", StringType, true).add("judge_score", IntegerType, true)
      .add("verdicts", DataTypes.createArrayType(TableSchemas.VERDICT, true), false)
      .add("group", StringType, false).add("curation", StringType, false).add("judge_band", StringType, false)
      .add("borderline", BooleanType, false).add("stratum", StringType, false).add("draw_key", DoubleType, false);

  private final long seed;
  private final Integer minScore;

  /** @param minScore the judge's threshold, or null without a judge */
  ReviewSampleFunction(long seed, Integer minScore) {
    this.seed = seed;
    this.minScore = minScore;
  }

  @Override
  public Row call(Row row) {
    String group = group(row.isNullAt(row.fieldIndex("seed_attributes")) ? Map.of()
        : row.<String, String>getJavaMap(row.fieldIndex("seed_attributes")));
    boolean kept = row.getAs("kept");
    String curation = kept ? "kept" : "rejected";
    String band = ReviewSampling.judgeBand(row.getAs("judge_score"), minScore);
    int rejecting = 0;
    for (Row verdictRow : row.<Row>getList(row.fieldIndex("verdicts"))) {
      Verdict verdict = VerdictRows.fromRow(verdictRow);
      if (verdict.rejected() && !verdict.rule().equals(ReviewDecision.RULE)) {
        rejecting++;
      }
    }
    boolean borderline = ReviewSampling.borderline(band, rejecting);
    String requestId = row.getAs("request_id");
    return RowFactory.create(requestId, row.getAs("task_name"), row.getAs("seed_id"), row.getAs("text"), kept,
        row.getAs("rejected_by"), row.getAs("reject_reason"), row.getAs("judge_score"), row.getAs("verdicts"),
        group, curation, band, borderline, group + "|" + curation + "|" + band,
        ReviewSampling.key(seed, requestId, borderline));
  }

  private static String group(Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return "(none)";
    }
    StringJoiner joined = new StringJoiner(",");
    new TreeMap<>(attributes).forEach((name, value) -> joined.add(name + "=" + value));
    return joined.toString();
  }
}
