package dev.synthforge.core.metrics.text;

import dev.synthforge.core.metrics.CountMetrics;
import dev.synthforge.core.metrics.Counts;
import dev.synthforge.core.metrics.Divergences;
import dev.synthforge.core.metrics.MetricNames;
import dev.synthforge.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The n-gram metrics of one data set against the real data, as metric values: per order n,
 * distinct-n, entropy, Jensen-Shannon divergence to the real n-grams and tail recall of the real
 * rare n-grams; and vocabulary support and singleton ratio of the unigrams. All exact functions
 * of the counts. For comparisons at an equal token budget, pass the counts of
 * {@link TokenBudgetSample}s of the same budget.
 */
public final class NgramMetrics {

  private NgramMetrics() {}

  /** The metric values of {@code counts} at {@code depth}, compared with {@code real}. */
  public static List<MetricValue> values(
      String runId, int depth, NgramCounts counts, NgramCounts real) {
    List<MetricValue> values = new ArrayList<>();
    Counts unigrams = counts.order(1);
    values.add(MetricValue.overall(
        runId, depth, MetricNames.VOCABULARY_SUPPORT, unigrams.distinct(), unigrams.total()));
    values.add(MetricValue.overall(runId, depth, MetricNames.SINGLETON_RATIO,
        CountMetrics.singletonRatio(unigrams), unigrams.total()));
    int maxOrder = Math.min(counts.maxOrder(), real.maxOrder());
    for (int order = 1; order <= maxOrder; order++) {
      Counts ngrams = counts.order(order);
      Counts realNgrams = real.order(order);
      long size = ngrams.total();
      values.add(MetricValue.overall(runId, depth, MetricNames.distinct(order),
          CountMetrics.distinctRatio(ngrams), size));
      values.add(MetricValue.overall(runId, depth, MetricNames.entropy(order),
          CountMetrics.entropy(ngrams), size));
      values.add(MetricValue.overall(runId, depth, MetricNames.jensenShannon(order),
          Divergences.jensenShannon(ngrams, realNgrams), size));
      values.add(MetricValue.overall(runId, depth, MetricNames.tailRecall(order),
          TailRecall.of(realNgrams, ngrams).value(), size));
    }
    return List.copyOf(values);
  }
}
