package dev.synthforge.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loopback HTTP server for tests: script its answers, run the client, then verify what it
 * received. Answers are taken from a queue in arrival order; when the queue is empty the default
 * answer is used (a 500 unless set). Every request is recorded, including those answered by
 * closing the connection.
 */
public final class ScriptedServer implements AutoCloseable {
  static {
    // Read once, when the JDK server's configuration class loads: set it before any server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "scripted-server");
    thread.setDaemon(true);
    return thread;
  });
  private final ConcurrentLinkedQueue<Response> script = new ConcurrentLinkedQueue<>();
  private final LinkedBlockingQueue<RecordedRequest> unread = new LinkedBlockingQueue<>();
  private final List<RecordedRequest> received = new ArrayList<>();
  private volatile Response fallback = Response.status(500).body("no scripted response left");

  private ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A started server on 127.0.0.1 and a free port. */
  public static ScriptedServer start() {
    try {
      return new ScriptedServer();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the scripted server: " + e, e);
    }
  }

  /** Queues answers, used in order by the next requests. */
  public ScriptedServer enqueue(Response... responses) {
    script.addAll(List.of(responses));
    return this;
  }

  /** The answer once the queue is empty. */
  public ScriptedServer otherwise(Response response) {
    fallback = Objects.requireNonNull(response, "response");
    return this;
  }

  /** {@code http://127.0.0.1:port/v1}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port() + "/v1");
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Every request received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  public int requestCount() {
    synchronized (received) {
      return received.size();
    }
  }

  /** The oldest request not yet taken, waiting for it if none has arrived. */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = unread.poll(10, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request arrived");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    RecordedRequest request;
    try (InputStream in = exchange.getRequestBody()) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      request = new RecordedRequest(
          exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getProtocol(), headers,
          in.readAllBytes());
    }
    synchronized (received) {
      received.add(request);
    }
    unread.add(request);
    Response response = Optional.ofNullable(script.poll()).orElse(fallback);
    response = response.answer.apply(request);
    try {
      if (!response.delay.isZero()) {
        Thread.sleep(response.delay.toMillis());
      }
    } catch (InterruptedException e) {
      exchange.close();
      return;
    }
    if (response.disconnect) {
      // Closing before the response headers are sent drops the connection without an answer.
      exchange.close();
      return;
    }
    response.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] body = response.body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(response.status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * What one request received.
   *
   * @param headers header names in lower case
   */
  public record RecordedRequest(
      String method, String path, String protocol, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, or empty. */
    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A scripted answer: a status, headers and body, optionally after a delay, or a dropped connection. */
  public static final class Response {
    private final int status;
    private final Map<String, String> headers;
    private final String body;
    private final Duration delay;
    private final boolean disconnect;
    private final Function<RecordedRequest, Response> answer;

    private Response(
        int status, Map<String, String> headers, String body, Duration delay, boolean disconnect,
        Function<RecordedRequest, Response> answer) {
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.delay = delay;
      this.disconnect = disconnect;
      this.answer = answer == null ? request -> this : answer;
    }

    /** An answer with {@code status} and no body. */
    public static Response status(int status) {
      return new Response(status, Map.of(), "", Duration.ZERO, false, null);
    }

    /** A JSON answer. */
    public static Response json(int status, String body) {
      return status(status).header("Content-Type", "application/json").body(body);
    }

    /** Closes the connection without sending anything back. */
    public static Response disconnect() {
      return new Response(0, Map.of(), "", Duration.ZERO, true, null);
    }

    /** An answer computed from the request it answers. */
    public static Response answering(Function<RecordedRequest, Response> answer) {
      return new Response(0, Map.of(), "", Duration.ZERO, false, answer);
    }

    public Response header(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Response(status, copy, body, delay, disconnect, null);
    }

    public Response body(String text) {
      return new Response(status, headers, text, delay, disconnect, null);
    }

    /** The same answer, sent after {@code wait}; a request timeout shorter than it fires. */
    public Response delayed(Duration wait) {
      return new Response(status, headers, body, wait, disconnect, null);
    }
  }
}
