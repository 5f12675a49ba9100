package dev.synthforge.endpoint.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.FaultRates;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Emulated capacity, faults and outages, observed from a real client. */
class BuiltinServerEmulationTest {

  private static final String COMPLETION =
      "{\"model\":\"synthforge-builtin\",\"prompt\":\"The hotel\",\"max_tokens\":5,\"seed\":1}";

  private BuiltinServer server;
  private LoopbackClient client;

  @BeforeEach
  void start() {
    server = BuiltinServer.start(BuiltinServerOptions.of(BuiltinServerTest.MODEL));
    client = new LoopbackClient(server.baseUrl());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void rateLimitedIs429WithRetryAfter() throws Exception {
    server.setEmulation(withFaults(new FaultRates(1, Duration.ofMillis(1500), 0, 0, Duration.ZERO, 0, 0, 0)));
    HttpResponse<String> response = client.post("/v1/completions", COMPLETION);
    JsonNode error = LoopbackClient.json(response.body()).get("error");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(response.headers().firstValue("retry-after-ms")).hasValue("1500");
    assertThat(error.get("message").asText()).isEqualTo("Rate limit reached");
    assertThat(error.get("type").asText()).isEqualTo("requests");
    assertThat(error.get("code").asText()).isEqualTo("rate_limit_exceeded");
    assertThat(server.stats().faults("rate_limited")).isEqualTo(1);
  }

  @Test
  void serverErrorIs503WithAFlatVllmBody() throws Exception {
    server.setEmulation(withFaults(new FaultRates(0, Duration.ZERO, 1, 0, Duration.ZERO, 0, 0, 0)));
    HttpResponse<String> response = client.post("/v1/completions", COMPLETION);
    JsonNode body = LoopbackClient.json(response.body());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(body.get("object").asText()).isEqualTo("error");
    assertThat(body.get("type").asText()).isEqualTo("ServiceUnavailableError");
    assertThat(body.get("code").asInt()).isEqualTo(503);
    assertThat(body.get("message").asText()).isNotBlank();
  }

  @Test
  void timeoutHoldsTheRequestThenAnswers() throws Exception {
    server.setEmulation(withFaults(new FaultRates(0, Duration.ZERO, 0, 1, Duration.ofMillis(200), 0, 0, 0)));

    assertThat(client.post("/v1/completions", COMPLETION).statusCode()).isEqualTo(200);
    assertThat(server.stats().faults("timeout")).isEqualTo(1);
  }

  @Test
  void resetClosesTheConnectionWithoutAnswer() {
    server.setEmulation(withFaults(new FaultRates(0, Duration.ZERO, 0, 0, Duration.ZERO, 1, 0, 0)));

    assertThatThrownBy(() -> client.post("/v1/completions", COMPLETION)).isInstanceOf(IOException.class);
    assertThat(server.stats().faults("reset")).isEqualTo(1);
  }

  @Test
  void malformedIs200WithABodyThatIsNotJson() throws Exception {
    server.setEmulation(withFaults(new FaultRates(0, Duration.ZERO, 0, 0, Duration.ZERO, 0, 1, 0)));
    HttpResponse<String> response = client.post("/v1/completions", COMPLETION);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> LoopbackClient.json(response.body())).isInstanceOf(RuntimeException.class);
  }

  @Test
  void truncatedIs200WithTheFirstHalfOfAValidBody() throws Exception {
    String complete = client.post("/v1/completions", COMPLETION).body();
    server.setEmulation(withFaults(new FaultRates(0, Duration.ZERO, 0, 0, Duration.ZERO, 0, 0, 1)));
    HttpResponse<String> response = client.post("/v1/completions", COMPLETION);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).hasSize(complete.length() / 2);
    assertThat(response.body()).startsWith("{\"id\":\"cmpl-");
    assertThatThrownBy(() -> LoopbackClient.json(response.body())).isInstanceOf(RuntimeException.class);
  }

  @Test
  void faultsSpareHealthModelsAndStats() throws Exception {
    server.setEmulation(withFaults(new FaultRates(0, Duration.ZERO, 0, 0, Duration.ZERO, 1, 0, 0)));

    assertThat(client.get("/health").statusCode()).isEqualTo(200);
    assertThat(client.get("/v1/models").statusCode()).isEqualTo(200);
    assertThat(client.get("/stats").statusCode()).isEqualTo(200);
  }

  @Test
  void faultsFollowTheirRatesRepeatably() throws Exception {
    Emulation emulation =
        withFaults(new FaultRates(0, Duration.ZERO, 0.5, 0, Duration.ZERO, 0, 0, 0));
    List<Integer> first = statuses(emulation, 20);
    List<Integer> second = statuses(emulation, 20);

    assertThat(second).isEqualTo(first);
    assertThat(first).contains(200, 503);
  }

  @Test
  void capacityQueuesRequestsBeyondItsSlots() {
    server.setEmulation(
        new Emulation(Duration.ofMillis(300), Emulation.LatencyDistribution.FIXED, 2, 0, 0, FaultRates.none(), 1));
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int index = 0; index < 6; index++) {
      responses.add(client.postAsync("/v1/completions", COMPLETION));
    }

    assertThat(responses).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    BuiltinServerStats stats = server.stats();
    assertThat(stats.maxInFlight()).isEqualTo(2);
    assertThat(stats.completionsServed()).isEqualTo(6);
    assertThat(stats.inFlight()).isZero();
    assertThat(stats.queued()).isZero();
  }

  @Test
  void servesSixHundredConcurrentRequests() {
    server.setEmulation(
        new Emulation(Duration.ofMillis(500), Emulation.LatencyDistribution.UNIFORM, 0, 0, 0, FaultRates.none(), 1));
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int index = 0; index < 600; index++) {
      responses.add(client.postAsync("/v1/completions", COMPLETION));
    }

    assertThat(responses).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    assertThat(server.stats().completionsServed()).isEqualTo(600);
    assertThat(server.stats().maxInFlight()).isGreaterThan(1);
  }

  @Test
  void unavailableDropsConnectionsUntilAvailableAgain() throws Exception {
    assertThat(client.post("/v1/completions", COMPLETION).statusCode()).isEqualTo(200);

    server.setAvailable(false);
    assertThatThrownBy(() -> client.post("/v1/completions", COMPLETION)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> client.get("/health")).isInstanceOf(IOException.class);
    assertThat(server.stats().droppedWhileUnavailable()).isPositive();

    server.setAvailable(true);
    assertThat(client.post("/v1/completions", COMPLETION).statusCode()).isEqualTo(200);
    assertThat(client.get("/health").statusCode()).isEqualTo(200);
  }

  private List<Integer> statuses(Emulation emulation, int count) throws Exception {
    server.setEmulation(emulation);
    List<Integer> statuses = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      statuses.add(client.post("/v1/completions", COMPLETION).statusCode());
    }
    return statuses;
  }

  private static Emulation withFaults(FaultRates faults) {
    return new Emulation(Duration.ZERO, Emulation.LatencyDistribution.FIXED, 0, 0, 0, faults, 42);
  }
}
