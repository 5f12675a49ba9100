package dev.synthforge.spark;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.lineage.PlannedSample;
import dev.synthforge.core.lineage.SampleResult;
import dev.synthforge.core.lineage.SampleResults;
import dev.synthforge.endpoint.EndpointPool;
import dev.synthforge.endpoint.FanOutTask;
import dev.synthforge.endpoint.StreamingFanOut;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskKilledException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a partition's planned samples to the endpoints and streams back one generations row per
 * sample. Calls stay in flight up to the JVM's share of the budget; nothing is collected. A call
 * that failed on one endpoint with a transient error is failed over to another.
 */
final class FanOutPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Set<ErrorClass> FAIL_OVER_ON = EnumSet.of(
      ErrorClass.CONNECTION, ErrorClass.TIMEOUT, ErrorClass.SERVER_ERROR, ErrorClass.MALFORMED_RESPONSE,
      ErrorClass.RATE_LIMITED, ErrorClass.QUOTA_EXHAUSTED);
  private static final int MAX_REDISPATCHES = 10;
  private static final Logger LOG = LoggerFactory.getLogger(FanOutPartition.class);
  private final FanOutSpec spec;
  private final FanOutCounters counters;

  /** @param counters what the partition counts its work in */
  FanOutPartition(FanOutSpec spec, FanOutCounters counters) {
    this.spec = spec;
    this.counters = counters;
  }

  /** What earlier attempts of this task journaled, and this attempt's journal. */
  private record PartitionJournal(ResponseJournal.Journaled earlier, ResponseJournal.Writer writer) {}

  /** The entries of one call, and whether they came from the journal rather than an endpoint. */
  private record Outcome(List<ResponseJournal.Entry> entries, boolean reused) {}

  @Override
  public Iterator<Row> call(Iterator<Row> planRows) {
    EndpointPool pool = ExecutorEndpoints.pool(spec.endpoints(), spec.slotsPerJvm());
    TaskContext task = TaskContext.get();
    Path journalDirectory = ResponseJournal.partitionDirectory(spec.journalRoot(), spec.run().runId(), task.partitionId());
    ResponseJournal.Writer journal = new ResponseJournal.Writer(journalDirectory, task.taskAttemptId(), spec.run());
    LiveAttempts live = LiveAttempts.announce(journalDirectory, ResponseJournal.hadoopConfiguration(),
        SparkEnv.get().conf().getAppId(), task.taskAttemptId(), LiveAttempts.Timing.DEFAULT);
    task.addTaskCompletionListener((TaskCompletionListener) context -> end(context, journal, live));
    // Another attempt of this partition may still be running (a retried stage, a speculative
    // copy): its answers reach the journal only as they arrive, so wait until it stops sending.
    live.awaitOlder(() -> {
      if (task.isInterrupted()) {
        throw new TaskKilledException("killed while it waited for an older attempt of its partition");
      }
    });
    PartitionJournal partition = new PartitionJournal(ResponseJournal.read(journalDirectory), journal);
    Iterator<List<PlannedSample>> groups = new SampleGroups(planRows, spec.useN());
    Iterator<SeedCall> tasks = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return groups.hasNext();
      }

      @Override
      public SeedCall next() {
        return new SeedCall(groups.next(), partition, Set.of(), 0, 0);
      }
    };
    long deadlineNanos = spec.deadlineEpochMillis() == Long.MAX_VALUE ? Long.MAX_VALUE
        : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(spec.deadlineEpochMillis() - System.currentTimeMillis());
    StreamingFanOut<Outcome> results = new StreamingFanOut<>(
        tasks, pool, deadlineNanos, TimeUnit.MILLISECONDS.toNanos(spec.endpointWaitMillis()));
    return new Iterator<>() {
      private Iterator<ResponseJournal.Entry> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && results.hasNext()) {
          Outcome outcome = results.next();
          if (!outcome.reused()) {
            outcome.entries().forEach(journal::append);
          }
          counters.answered(outcome.entries().stream().map(ResponseJournal.Entry::result).toList(), outcome.reused());
          current = outcome.entries().iterator();
        }
        if (!current.hasNext()) {
          // Every answer is journaled and nothing more is sent: a newer attempt may reuse them all.
          journal.close();
          live.close();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        ResponseJournal.Entry entry = current.next();
        return GenerationRows.toRow(entry.sample(), entry.result(), spec.run(), new Timestamp(entry.createdAtMillis()));
      }
    };
  }

  /**
   * Writes the unwritten chunk of an attempt that failed or that Spark killed (a cancelled job, a
   * stage it retries), so that the next attempt or run reuses those answers, then lets newer
   * attempts go on.
   */
  private static void end(TaskContext context, ResponseJournal.Writer journal, LiveAttempts live) {
    Interrupts.withFlagCleared(() -> {
      try {
        journal.closeUnlessCleared();
      } catch (RuntimeException e) {
        LOG.warn("Cannot journal the last answers of fan-out attempt {}; they will be sent again: {}",
            context.taskAttemptId(), e.toString());
      } finally {
        live.close();
      }
    });
  }

  /** The samples of one call: one sample, or all of a seed's samples when n is used. */
  private final class SeedCall implements FanOutTask<Outcome> {
    private final List<PlannedSample> samples;
    private final PartitionJournal journal;
    private final Set<String> excluded;
    private final int priorAttempts;
    private final int redispatches;
    private volatile CallOutcome outcome;
    private volatile EndpointPool.Lease lease;

    SeedCall(List<PlannedSample> samples, PartitionJournal journal, Set<String> excluded,
        int priorAttempts, int redispatches) {
      this.samples = samples;
      this.journal = journal;
      this.excluded = excluded;
      this.priorAttempts = priorAttempts;
      this.redispatches = redispatches;
    }

    @Override
    public Optional<Outcome> decided() {
      Map<String, ResponseJournal.Entry> journaled = journal.earlier().entries();
      if (!journaled.isEmpty() && samples.stream().allMatch(sample -> journaled.containsKey(sample.requestId()))) {
        return Optional.of(new Outcome(samples.stream().map(sample -> journaled.get(sample.requestId())).toList(), true));
      }
      PlannedSample first = samples.get(0);
      if (!first.sendable()) {
        return Optional.of(notSent(first.seedProblem(), first.seedProblemMessage()));
      }
      RunSpend spend = RunSpend.of(spec.run().runId());
      String exhausted = spec.budget().exhaustedBy(spend.tokens(), spend.costUsd());
      return exhausted == null ? Optional.empty() : Optional.of(notSent(ErrorClass.BUDGET_EXHAUSTED, exhausted));
    }

    @Override
    public CompletableFuture<Outcome> send(EndpointPool.Lease lease) {
      this.lease = lease;
      if (priorAttempts == 0) {
        counters.callsSent.add(1);
        for (PlannedSample sample : samples) {
          journal.writer().dispatched(sample.requestId());
          if (journal.earlier().unanswered().contains(sample.requestId())) {
            counters.requestsResent.add(1);
          }
        }
      }
      PlannedSample first = samples.get(0);
      var run = spec.run();
      EndpointRequest request = new EndpointRequest(
          first.requestId(), run.api(), spec.systemPrompt(), first.prompt(), run.parameters(),
          run.parameters().seedForSample(first.sampleIndex()), samples.size(), spec.jsonSchema());
      List<String> ids = samples.stream().map(PlannedSample::requestId).toList();
      String url = lease.client().spec().publicUrl();
      String model = lease.client().spec().model();
      double[] price = spec.pricesPerMillion().getOrDefault(lease.client().spec().name(), new double[] {0, 0});
      return lease.client().call(request, lease).thenApply(answer -> {
        outcome = answer;
        if (answer instanceof CallOutcome.Completed done) {
          RunSpend.of(spec.run().runId()).add(done.promptTokens(), done.completionTokens(), price);
        }
        return outcome(SampleResults.fromOutcome(withPriorAttempts(answer), ids, url, model,
            spec.jsonSchema() != null, spec.check()));
      });
    }

    @Override
    public Optional<FanOutTask<Outcome>> failover(Outcome result) {
      if (!(outcome instanceof CallOutcome.Failed failed) || !FAIL_OVER_ON.contains(failed.errorClass())
          || redispatches >= MAX_REDISPATCHES) {
        return Optional.empty();
      }
      int attempts = priorAttempts + failed.attempts();
      if (lease != null && lease.cutShort()) {
        // The endpoint's circuit opened mid-retry: wait for any endpoint, this one included.
        return Optional.of(new SeedCall(samples, journal, excluded, attempts, redispatches + 1));
      }
      Set<String> tried = new HashSet<>(excluded);
      tried.add(failed.endpointName());
      return Optional.of(new SeedCall(samples, journal, Set.copyOf(tried), attempts, redispatches + 1));
    }

    @Override
    public Set<String> excluded() {
      return excluded;
    }

    @Override
    public long estimatedTokens() {
      return samples.get(0).prompt().length() / 4L + (long) spec.run().parameters().maxTokens() * samples.size();
    }

    @Override
    public Outcome failed(Throwable error) {
      return notSent(ErrorClass.INTERNAL, String.valueOf(error));
    }

    @Override
    public Outcome notSent(ErrorClass reason, String message) {
      List<SampleResult> results = new ArrayList<>();
      for (PlannedSample sample : samples) {
        results.add(SampleResult.unsent(sample.requestId(), reason, message));
      }
      return outcome(results);
    }

    private CallOutcome withPriorAttempts(CallOutcome answer) {
      if (priorAttempts == 0) {
        return answer;
      }
      if (answer instanceof CallOutcome.Completed done) {
        return new CallOutcome.Completed(done.choices(), done.modelReported(), done.systemFingerprint(),
            done.promptTokens(), done.completionTokens(), done.attempts() + priorAttempts,
            done.latencyMillis(), done.endpointName());
      }
      CallOutcome.Failed failed = (CallOutcome.Failed) answer;
      return new CallOutcome.Failed(failed.errorClass(), failed.httpStatus(), failed.message(),
          failed.attempts() + priorAttempts, failed.latencyMillis(), failed.endpointName());
    }

    private Outcome outcome(List<SampleResult> results) {
      long now = System.currentTimeMillis();
      List<ResponseJournal.Entry> entries = new ArrayList<>(results.size());
      for (int i = 0; i < results.size(); i++) {
        entries.add(new ResponseJournal.Entry(samples.get(i), results.get(i), now));
      }
      return new Outcome(entries, false);
    }
  }
}
