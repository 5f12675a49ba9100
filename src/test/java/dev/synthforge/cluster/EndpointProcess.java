package dev.synthforge.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built-in endpoint run by the {@code serve} command in a JVM of its own, as a cluster's
 * executors would reach a model server: the job jar plus the Spark runtime (for Jackson) on its
 * class path.
 */
final class EndpointProcess implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final int port;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private EndpointProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts {@code serve} with the given options and waits until it listens. */
  static EndpointProcess start(Path jobJar, Path directory, List<String> options) throws Exception {
    Path portFile = directory.resolve("endpoint.port");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", jobJar + ":" + Files.readString(Path.of("target/spark-classpath.txt")).strip(),
        "dev.synthforge.job.Main", "serve", "--port", "0", "--port-file", portFile.toString()));
    command.addAll(options);
    Path log = directory.resolve("endpoint.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(portFile) || Files.readString(portFile).isBlank()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new AssertionError("the endpoint did not start:\n" + Files.readString(log));
      }
      Thread.sleep(100);
    }
    return new EndpointProcess(process, Integer.parseInt(Files.readString(portFile).strip()));
  }

  /** The OpenAI API root, {@code http://127.0.0.1:PORT/v1}. */
  String apiBase() {
    return "http://127.0.0.1:" + port + "/v1";
  }

  /** Chat and text completions answered in full since the endpoint started. */
  long completionsServed() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stats"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return JSON.readTree(body).path("completions_served").asLong();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
