package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.sun.net.httpserver.HttpServer;
import dev.synthforge.core.curate.HeuristicJudge;
import dev.synthforge.core.endpoint.Emulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The built-in endpoint: an OpenAI-compatible HTTP/1.1 server that stands in for a GPU model
 * server, answering from a fitted n-gram model and the MiniLM embedding model.
 *
 * <p>{@link #baseUrl()} has no path ({@code http://127.0.0.1:PORT}); the routes are
 * {@code GET /v1/models}, {@code POST /v1/chat/completions}, {@code POST /v1/completions},
 * {@code POST /v1/embeddings}, and, outside the OpenAI API, {@code GET /health} and
 * {@code GET /stats}. Emulated latency, capacity and faults apply to the three POST routes only.
 */
public final class BuiltinServer implements AutoCloseable {

  static {
    // Read once, when the JDK server's configuration loads: without it, Nagle's algorithm delays
    // each small response by about 40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final int BACKLOG = 1024;
  private static final ObjectMapper STATS_MAPPER =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final RequestRouter router;
  private final EmulationGate gate;
  private final ServerCounters counters;
  private final String host;

  private BuiltinServer(BuiltinServerOptions options) throws IOException {
    this.host = options.host();
    this.gate = new EmulationGate(options.emulation());
    this.counters = new ServerCounters();
    ServedModel served =
        ServedModel.of(options.servedModelName(), options.model().fingerprint(), Instant.now().getEpochSecond());
    Supplier<Embeddings> embeddings = new Memoized<>(options.embeddings());
    StructuredOutput structured =
        new StructuredOutput(options.model(), new LabelChooser(embeddings), new HeuristicJudge(options.model()));
    CompletionGenerator generator = new CompletionGenerator(options.model(), structured, options.promptWeight());
    this.router =
        new RequestRouter(
            Map.of(
                "/v1/chat/completions",
                    post(new CompletionRoute(CompletionRoute.Api.CHAT, served, generator)),
                "/v1/completions", post(new CompletionRoute(CompletionRoute.Api.TEXT, served, generator)),
                "/v1/embeddings", post(new EmbeddingsRoute(served, embeddings)),
                "/v1/models", get(() -> ResponseBodies.models(served)),
                "/health", get(() -> "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8)),
                "/stats", get(() -> statsJson())),
            counters);
    this.executor = executor(options.threads());
    this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), BACKLOG);
    server.createContext("/", router);
    server.setExecutor(executor);
    server.start();
  }

  /** Starts a server; it listens once this returns. */
  public static BuiltinServer start(BuiltinServerOptions options) {
    Objects.requireNonNull(options, "options");
    try {
      return new BuiltinServer(options);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot start the built-in endpoint on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
    }
  }

  /** {@code http://HOST:PORT}, without a path: the OpenAI routes are under {@code /v1}. */
  public String baseUrl() {
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shownHost + ":" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public BuiltinServerStats stats() {
    return counters.snapshot(gate);
  }

  /** Applies to requests that arrive from now on; requests in service finish under the old one. */
  public void setEmulation(Emulation emulation) {
    gate.set(Objects.requireNonNull(emulation, "emulation"));
  }

  /**
   * While unavailable, every request has its connection closed without an answer, as when a model
   * server goes down; available again, it answers as before.
   */
  public void setAvailable(boolean available) {
    router.setAvailable(available);
  }

  /** Stops listening and interrupts requests still in service, which get no answer. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private byte[] statsJson() {
    try {
      return STATS_MAPPER.writeValueAsBytes(stats());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the stats: " + e.getMessage(), e);
    }
  }

  private RequestRouter.Route post(ModelCallParser parser) {
    return new RequestRouter.Route("POST", new ModelRoute(parser, gate, counters));
  }

  private static RequestRouter.Route get(Supplier<byte[]> body) {
    return new RequestRouter.Route("GET", exchange -> HttpExchanges.sendJson(exchange, 200, body.get()));
  }

  /** Threads start as requests need them and end after a minute idle. */
  private static ThreadPoolExecutor executor(int threads) {
    AtomicInteger counter = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(null, task, "builtin-endpoint-" + counter.incrementAndGet(), 512 * 1024);
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
