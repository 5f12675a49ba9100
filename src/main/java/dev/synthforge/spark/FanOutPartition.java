package dev.synthforge.spark;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.lineage.PlannedSample;
import dev.synthforge.core.lineage.SampleResult;
import dev.synthforge.core.lineage.SampleResults;
import dev.synthforge.endpoint.EndpointClient;
import dev.synthforge.endpoint.EndpointPool;
import dev.synthforge.endpoint.FanOutTask;
import dev.synthforge.endpoint.StreamingFanOut;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Sends a partition's planned samples to the endpoints and streams back one generations row per
 * sample. Calls stay in flight up to the JVM's share of the budget; nothing is collected.
 */
final class FanOutPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
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
        return new SeedCall(groups.next());
      }
    };
    StreamingFanOut<List<Row>> results = new StreamingFanOut<>(tasks, pool);
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

    SeedCall(List<PlannedSample> samples) {
      this.samples = samples;
    }

    @Override
    public Optional<List<Row>> decided() {
      PlannedSample first = samples.get(0);
      if (first.sendable()) {
        return Optional.empty();
      }
      List<SampleResult> results = new ArrayList<>();
      for (PlannedSample sample : samples) {
        results.add(SampleResult.unsent(sample.requestId(), sample.seedProblem(), sample.seedProblemMessage()));
      }
      return Optional.of(rows(results));
    }

    @Override
    public CompletableFuture<List<Row>> send(EndpointClient client) {
      PlannedSample first = samples.get(0);
      var run = spec.run();
      EndpointRequest request = new EndpointRequest(
          first.requestId(), run.api(), spec.systemPrompt(), first.prompt(), run.parameters(),
          run.parameters().seedForSample(first.sampleIndex()), samples.size(), spec.jsonSchema());
      List<String> ids = samples.stream().map(PlannedSample::requestId).toList();
      String url = client.spec().publicUrl();
      String model = client.spec().model();
      return client.call(request).thenApply((CallOutcome outcome) -> rows(
          SampleResults.fromOutcome(outcome, ids, url, model, spec.jsonSchema() != null, spec.check())));
    }

    @Override
    public List<Row> failed(Throwable error) {
      List<SampleResult> results = new ArrayList<>();
      for (PlannedSample sample : samples) {
        results.add(SampleResult.unsent(sample.requestId(), ErrorClass.INTERNAL, String.valueOf(error)));
      }
      return rows(results);
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
