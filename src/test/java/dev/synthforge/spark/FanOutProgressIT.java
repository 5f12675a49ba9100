package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.lineage.SampleResult;
import dev.synthforge.core.progress.ProgressCounts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class FanOutProgressIT {

  private static SampleResult succeeded(String id, int attempts) {
    return new SampleResult(id, true, "text", "stop", null, 200, null, "e", "http://e", "m", "m", "", 30, 12,
        5, attempts);
  }

  @Test
  void followsRunningTasksThroughHeartbeatsAndEndsWithTheExactTotals() throws Exception {
    SparkSession spark = SparkTestSession.get();
    FanOutCounters counters = FanOutCounters.register(spark.sparkContext());
    try (FanOutProgress progress = FanOutProgress.start(spark.sparkContext(), counters, "test", 8, Duration.ofSeconds(1))) {
      // Two tasks answer half their samples at once, then stay running past a few heartbeats.
      CompletableFuture<Void> job = CompletableFuture.runAsync(() ->
          JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(0, 1), 2).foreachPartition(rows -> {
            int partition = rows.next();
            counters.answered(List.of(succeeded("a" + partition, 3), succeeded("b" + partition, 3)), false);
            Thread.sleep(5_000);
            counters.answered(List.of(
                SampleResult.unsent("c" + partition, ErrorClass.BUDGET_EXHAUSTED, "budget"),
                succeeded("d" + partition, 1)), false);
          }));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
      ProgressCounts whileRunning = ProgressCounts.ZERO;
      while (whileRunning.done() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        whileRunning = progress.counts();
      }
      assertThat(job).isNotDone();
      // Seen before any task ended: the counts came with the heartbeats.
      assertThat(whileRunning.done()).isEqualTo(4);
      assertThat(whileRunning.retries()).isEqualTo(4);

      job.get(60, TimeUnit.SECONDS);
      ProgressCounts end = progress.counts();
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!end.equals(new ProgressCounts(8, 2, 4, 6 * 42)) && System.nanoTime() < waitUntil) {
        // Task-end events reach the listener asynchronously.
        Thread.sleep(50);
        end = progress.counts();
      }
      assertThat(end).isEqualTo(new ProgressCounts(8, 2, 4, 6 * 42));
      assertThat(counters.samplesDone.value()).isEqualTo(8);
      assertThat(counters.responsesReused.value()).isZero();
    }
  }
}
