package dev.synthforge.spark;

import dev.synthforge.core.metrics.GateBreach;
import dev.synthforge.core.metrics.Histogram;
import dev.synthforge.core.metrics.MetricValue;
import dev.synthforge.core.metrics.representation.RepresentationReport;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Everything a monitor run measured, for the metrics table, the gates and the report.
 *
 * @param values every metric value of the run
 * @param lengths token-length histogram per depth (0 = real)
 * @param judgeScores judge-score histogram per depth, when curated rows were judged
 * @param representation per attribute, the report of the deepest depth
 * @param representationDepth the depth those reports describe
 * @param rejections rows per first rejecting rule (all depths)
 * @param failures per endpoint: calls and failed calls (all depths)
 * @param breaches the gates breached
 * @param history earlier values of the task (run_date, depth, metric, group, value), for trends
 * @param tokenBudget the equal token budget of the n-gram metrics
 * @param groupsFromEmbeddings whether representation groups are clusters of seed embeddings
 */
public record MonitorFindings(
    List<MetricValue> values,
    Map<Integer, Histogram> lengths,
    Map<Integer, Histogram> judgeScores,
    Map<String, RepresentationReport> representation,
    int representationDepth,
    Map<String, Long> rejections,
    Map<String, long[]> failures,
    List<GateBreach> breaches,
    List<Row> history,
    long tokenBudget,
    boolean groupsFromEmbeddings) {}
