package dev.synthforge.spark;

import dev.synthforge.core.progress.ProgressCounts;
import dev.synthforge.core.progress.ProgressMeter;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.Tuple4;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Prints a progress line of a fan-out on the driver at a steady interval while it runs.
 *
 * <p>Accumulators reach the driver's totals only when a task ends, and a fan-out task can run for
 * the whole job; so this listener also takes the running tasks' partial counts from the
 * executors' heartbeats ({@code spark.executor.heartbeatInterval}, 10 s by default), and counts a
 * task's final values once it ends successfully. A failed attempt's counts are dropped, as
 * Spark drops them, and its retry counts again.
 */
final class FanOutProgress extends SparkListener implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FanOutProgress.class);
  private final SparkContext context;
  private final long[] ids;
  private final long[] completed = new long[4];
  private final Map<Long, long[]> running = new ConcurrentHashMap<>();
  /** Tasks whose end was seen: a heartbeat posted just before the end can arrive after it. */
  private final Set<Long> ended = ConcurrentHashMap.newKeySet();
  private final ProgressMeter meter;
  private final ScheduledExecutorService printer;

  private FanOutProgress(SparkContext context, FanOutCounters counters, ProgressMeter meter) {
    this.context = context;
    this.ids = new long[] {counters.samplesDone.id(), counters.samplesFailed.id(), counters.retries.id(),
        counters.tokens.id()};
    this.meter = meter;
    this.printer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "synthforge-progress");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts printing lines for a fan-out of {@code total} samples every {@code interval}; a zero
   * interval prints nothing. Close it when the fan-out ends.
   */
  static FanOutProgress start(SparkContext context, FanOutCounters counters, String label, long total,
      Duration interval) {
    FanOutProgress progress = new FanOutProgress(context, counters, new ProgressMeter(label, total, System.nanoTime()));
    if (!interval.isZero()) {
      context.addSparkListener(progress);
      long millis = interval.toMillis();
      progress.printer.scheduleAtFixedRate(progress::print, millis, millis, TimeUnit.MILLISECONDS);
    }
    return progress;
  }

  /** The counts so far: ended tasks plus what running tasks last reported. */
  synchronized ProgressCounts counts() {
    long[] sum = completed.clone();
    for (long[] partial : running.values()) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += partial[i];
      }
    }
    return new ProgressCounts(sum[0], sum[1], sum[2], sum[3]);
  }

  private void print() {
    try {
      LOG.info("{}", meter.line(counts(), System.nanoTime()));
    } catch (RuntimeException e) {
      // Progress is a courtesy: never let it disturb the run.
      LOG.debug("progress line failed", e);
    }
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task : CollectionConverters.asJava(update.accumUpdates())) {
      long[] partial = values(task._4());
      Long taskId = (Long) task._1();
      if (partial != null) {
        synchronized (this) {
          if (!ended.contains(taskId)) {
            running.put(taskId, partial);
          }
        }
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    synchronized (this) {
      ended.add(end.taskInfo().taskId());
      running.remove(end.taskInfo().taskId());
      if (end.taskInfo().successful()) {
        long[] values = values(end.taskInfo().accumulables());
        if (values != null) {
          for (int i = 0; i < completed.length; i++) {
            completed[i] += values[i];
          }
        }
      }
    }
  }

  /** This fan-out's four counts among a task's accumulator values; null when none is there. */
  private long[] values(Seq<AccumulableInfo> infos) {
    long[] values = null;
    for (AccumulableInfo info : CollectionConverters.asJava(infos)) {
      for (int i = 0; i < ids.length; i++) {
        if (info.id() == ids[i]) {
          Object update = info.update().isDefined() ? info.update().get() : null;
          if (update instanceof Long value) {
            values = values == null ? new long[ids.length] : values;
            values[i] = value;
          }
        }
      }
    }
    return values;
  }

  @Override
  public void close() {
    printer.shutdownNow();
    context.removeSparkListener(this);
  }
}
