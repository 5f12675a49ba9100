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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

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
  private final FanOutSpec spec;

  FanOutPartition(FanOutSpec spec) {
    this.spec = spec;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> planRows) {
    EndpointPool pool = ExecutorEndpoints.pool(spec.endpoints(), spec.slotsPerJvm());
    Iterator<List<PlannedSample>> groups = new SampleGroups(planRows, spec.useN());
    Iterator<SeedCall> tasks = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return groups.hasNext();
      }

      @Override
      public SeedCall next() {
        return new SeedCall(groups.next(), Set.of(), 0, 0);
      }
    };
    long deadlineNanos = spec.deadlineEpochMillis() == Long.MAX_VALUE ? Long.MAX_VALUE
        : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(spec.deadlineEpochMillis() - System.currentTimeMillis());
    StreamingFanOut<List<Row>> results = new StreamingFanOut<>(
        tasks, pool, deadlineNanos, TimeUnit.MILLISECONDS.toNanos(spec.endpointWaitMillis()));
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && results.hasNext()) {
          current = results.next().iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        hasNext();
        return current.next();
      }
    };
  }

  /** The samples of one call: one sample, or all of a seed's samples when n is used. */
  private final class SeedCall implements FanOutTask<List<Row>> {
    private final List<PlannedSample> samples;
    private final Set<String> excluded;
    private final int priorAttempts;
    private final int redispatches;
    private volatile CallOutcome outcome;
    private volatile EndpointPool.Lease lease;

    SeedCall(List<PlannedSample> samples, Set<String> excluded, int priorAttempts, int redispatches) {
      this.samples = samples;
      this.excluded = excluded;
      this.priorAttempts = priorAttempts;
      this.redispatches = redispatches;
    }

    @Override
    public Optional<List<Row>> decided() {
      PlannedSample first = samples.get(0);
      return first.sendable() ? Optional.empty() : Optional.of(notSent(first.seedProblem(), first.seedProblemMessage()));
    }

    @Override
    public CompletableFuture<List<Row>> send(EndpointPool.Lease lease) {
      this.lease = lease;
      PlannedSample first = samples.get(0);
      var run = spec.run();
      EndpointRequest request = new EndpointRequest(
          first.requestId(), run.api(), spec.systemPrompt(), first.prompt(), run.parameters(),
          run.parameters().seedForSample(first.sampleIndex()), samples.size(), spec.jsonSchema());
      List<String> ids = samples.stream().map(PlannedSample::requestId).toList();
      String url = lease.client().spec().publicUrl();
      String model = lease.client().spec().model();
      return lease.client().call(request, lease).thenApply(answer -> {
        outcome = answer;
        return rows(SampleResults.fromOutcome(withPriorAttempts(answer), ids, url, model,
            spec.jsonSchema() != null, spec.check()));
      });
    }

    @Override
    public Optional<FanOutTask<List<Row>>> failover(List<Row> result) {
      if (!(outcome instanceof CallOutcome.Failed failed) || !FAIL_OVER_ON.contains(failed.errorClass())
          || redispatches >= MAX_REDISPATCHES) {
        return Optional.empty();
      }
      int attempts = priorAttempts + failed.attempts();
      if (lease != null && lease.cutShort()) {
        // The endpoint's circuit opened mid-retry: wait for any endpoint, this one included.
        return Optional.of(new SeedCall(samples, excluded, attempts, redispatches + 1));
      }
      Set<String> tried = new HashSet<>(excluded);
      tried.add(failed.endpointName());
      return Optional.of(new SeedCall(samples, Set.copyOf(tried), attempts, redispatches + 1));
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
    public List<Row> failed(Throwable error) {
      return notSent(ErrorClass.INTERNAL, String.valueOf(error));
    }

    @Override
    public List<Row> notSent(ErrorClass reason, String message) {
      List<SampleResult> results = new ArrayList<>();
      for (PlannedSample sample : samples) {
        results.add(SampleResult.unsent(sample.requestId(), reason, message));
      }
      return rows(results);
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

    private List<Row> rows(List<SampleResult> results) {
      Timestamp now = new Timestamp(System.currentTimeMillis());
      List<Row> rows = new ArrayList<>(results.size());
      for (int i = 0; i < results.size(); i++) {
        rows.add(GenerationRows.toRow(samples.get(i), results.get(i), spec.run(), now));
      }
      return rows;
    }
  }
}
