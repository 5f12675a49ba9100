package dev.synthforge.bench;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.endpoint.RetryPolicy;
import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.TaskApi;
import dev.synthforge.endpoint.EndpointPool;
import dev.synthforge.endpoint.EndpointSpec;
import dev.synthforge.endpoint.FanOutTask;
import dev.synthforge.endpoint.StreamingFanOut;
import dev.synthforge.endpoint.http.OpenAiHttpClient;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Adaptive concurrency against fixed concurrencies on an endpoint with a latency knee, through
 * the fan-out engine (one executor's worth, no Spark), so the limiter alone is compared.
 */
final class KneeSweep {
  private static final int[] FIXED = {8, 16, 32, 48, 64, 96, 128, 256};
  private static final int ADAPTIVE_MAX = 256;

  private KneeSweep() {}

  record Result(double adaptive, double bestFixed, int bestConcurrency, String table) {
    String describe() {
      return table + String.format(Locale.ROOT,
          "   adaptive (max %d): %.1f requests/s; best fixed: %.1f requests/s at %d", ADAPTIVE_MAX,
          adaptive, bestFixed, bestConcurrency);
    }
  }

  static Result run(String url, int requests) {
    StringBuilder table = new StringBuilder();
    double best = 0;
    int bestAt = 0;
    for (int concurrency : FIXED) {
      double rate = measure(url, ConcurrencyMode.FIXED, concurrency, requests);
      table.append(String.format(Locale.ROOT, "   fixed %3d: %.1f requests/s%n", concurrency, rate));
      if (rate > best) {
        best = rate;
        bestAt = concurrency;
      }
    }
    double adaptive = measure(url, ConcurrencyMode.ADAPTIVE, ADAPTIVE_MAX, requests);
    return new Result(adaptive, best, bestAt, table.toString());
  }

  private static double measure(String url, ConcurrencyMode mode, int slots, int requests) {
    EndpointSpec spec = new EndpointSpec("knee", URI.create(url + "/v1"), "synthforge-builtin", null, null,
        slots, 1.0, Duration.ofSeconds(10), Duration.ofSeconds(60), RetryPolicy.defaults(), mode,
        RateBudget.unlimited(), CircuitBreakerPolicy.defaults());
    EndpointPool pool = new EndpointPool(List.of(new OpenAiHttpClient(spec)), List.of(slots));
    GenerationParameters parameters = new GenerationParameters(0.7, 1.0, 16, List.of(), 1L);
    Iterator<FanOutTask<Boolean>> tasks = IntStream.range(0, requests)
        .<FanOutTask<Boolean>>mapToObj(i -> new Call(new EndpointRequest(
            "r" + i, TaskApi.CHAT, null, "Paraphrase: the kettle boils fast " + i, parameters, (long) i, 1, null)))
        .iterator();
    long start = System.nanoTime();
    StreamingFanOut<Boolean> fanOut = new StreamingFanOut<>(tasks, pool);
    long done = 0;
    while (fanOut.hasNext()) {
      fanOut.next();
      done++;
    }
    return done / ((System.nanoTime() - start) / 1e9);
  }

  private record Call(EndpointRequest request) implements FanOutTask<Boolean> {
    @Override
    public Optional<Boolean> decided() {
      return Optional.empty();
    }

    @Override
    public CompletableFuture<Boolean> send(EndpointPool.Lease lease) {
      return lease.client().call(request, lease).thenApply(outcome -> outcome instanceof CallOutcome.Completed);
    }

    @Override
    public Boolean failed(Throwable error) {
      return false;
    }

    @Override
    public Boolean notSent(ErrorClass reason, String message) {
      return false;
    }
  }
}
