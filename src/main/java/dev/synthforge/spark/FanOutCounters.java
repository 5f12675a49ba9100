package dev.synthforge.spark;

import dev.synthforge.core.lineage.SampleResult;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The accumulators a fan-out counts its work in. Executors add to them as answers stream back;
 * the driver reads the totals after the run and, while it runs, follows them through the
 * executors' heartbeats (see {@link FanOutProgress}).
 */
final class FanOutCounters implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Calls sent (not their retries). */
  final LongAccumulator callsSent;
  /** Samples taken from the journal of an earlier task attempt. */
  final LongAccumulator responsesReused;
  /** Samples sent again that an earlier attempt had sent without journaling an answer. */
  final LongAccumulator requestsResent;
  /** Samples answered, successfully or not. */
  final LongAccumulator samplesDone;
  /** Samples recorded as failed. */
  final LongAccumulator samplesFailed;
  /** HTTP attempts beyond the first. */
  final LongAccumulator retries;
  /** Prompt plus completion tokens. */
  final LongAccumulator tokens;

  private FanOutCounters(SparkContext context) {
    callsSent = context.longAccumulator("synthforge calls sent");
    responsesReused = context.longAccumulator("synthforge responses reused");
    requestsResent = context.longAccumulator("synthforge requests re-sent");
    samplesDone = context.longAccumulator("synthforge samples done");
    samplesFailed = context.longAccumulator("synthforge samples failed");
    retries = context.longAccumulator("synthforge retries");
    tokens = context.longAccumulator("synthforge tokens");
  }

  static FanOutCounters register(SparkContext context) {
    return new FanOutCounters(context);
  }

  /** Counts the answered samples of one call; {@code reused} ones came from the journal. */
  void answered(List<SampleResult> results, boolean reused) {
    if (results.isEmpty()) {
      return;
    }
    samplesDone.add(results.size());
    long failed = 0;
    long spent = 0;
    for (SampleResult result : results) {
      failed += result.succeeded() ? 0 : 1;
      spent += result.promptTokens() + result.completionTokens();
    }
    samplesFailed.add(failed);
    tokens.add(spent);
    if (reused) {
      responsesReused.add(results.size());
    } else {
      // The samples of one call share its attempts.
      retries.add(Math.max(0, results.get(0).attempts() - 1));
    }
  }
}
