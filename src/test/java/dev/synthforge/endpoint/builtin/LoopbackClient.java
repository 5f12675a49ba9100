package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A real HTTP/1.1 client for tests against a server on loopback. */
final class LoopbackClient {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;

  LoopbackClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return client.send(postRequest(path, body), HttpResponse.BodyHandlers.ofString());
  }

  CompletableFuture<HttpResponse<String>> postAsync(String path, String body) {
    return client.sendAsync(postRequest(path, body), HttpResponse.BodyHandlers.ofString());
  }

  /** POST, expecting 200 and a JSON body. */
  JsonNode postJson(String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response = post(path, body);
    if (response.statusCode() != 200) {
      throw new AssertionError("Expected 200 but got " + response.statusCode() + ": " + response.body());
    }
    return json(response.body());
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest postRequest(String path, String body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
  }
}
