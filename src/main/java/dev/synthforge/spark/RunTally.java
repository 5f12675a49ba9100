package dev.synthforge.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import org.apache.spark.sql.functions;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.synthforge.core.lineage.RunCounts;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Counts a run's staged rows into {@link RunCounts}, aggregating on the executors. */
final class RunTally {
  private RunTally() {}

  /**
   * @param pricesPerMillion per endpoint name: {prompt USD, completion USD} per million tokens
   */
  static RunCounts tally(
      Dataset<Row> staged, long requested, long skipped, Map<String, double[]> pricesPerMillion) {
    long generated = 0;
    long failed = 0;
    long promptTokens = 0;
    long completionTokens = 0;
    double cost = 0;
    Map<String, Long> failures = new HashMap<>();
    var groups = staged
        .groupBy(col("status"), coalesce(col("error_class"), lit("")).as("error_class"), col("endpoint_name"))
        .agg(functions.count(lit(1)).as("rows"), sum("prompt_tokens").as("prompt"), sum("completion_tokens").as("completion"))
        .collectAsList();
    for (Row group : groups) {
      long rows = group.getLong(3);
      long prompt = group.isNullAt(4) ? 0 : group.getLong(4);
      long completion = group.isNullAt(5) ? 0 : group.getLong(5);
      if ("succeeded".equals(group.getString(0))) {
        generated += rows;
      } else {
        failed += rows;
        failures.merge(group.getString(1), rows, Long::sum);
      }
      promptTokens += prompt;
      completionTokens += completion;
      double[] price = pricesPerMillion.getOrDefault(group.getString(2), new double[] {0, 0});
      cost += (prompt * price[0] + completion * price[1]) / 1_000_000.0;
    }
    return new RunCounts(requested, generated, failed, skipped, promptTokens, completionTokens, cost, failures);
  }
}
