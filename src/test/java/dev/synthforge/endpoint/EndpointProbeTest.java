package dev.synthforge.endpoint;

import dev.synthforge.core.endpoint.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import dev.synthforge.endpoint.ScriptedServer.RecordedRequest;
import dev.synthforge.endpoint.ScriptedServer.Response;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointProbeTest {
  private static final String KEY = "fake-key-Zx81KqPw03";

  private final ScriptedServer server = ScriptedServer.start();

  @TempDir Path temp;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private EndpointSpec specWithKeyFile() throws Exception {
    Path file = temp.resolve("key");
    Files.writeString(file, KEY);
    return EndpointFixtures.spec(server.baseUrl(), RetryPolicy.none(), file.toString(), Duration.ofSeconds(5));
  }

  private EndpointSpec specWithKeyEnv(URI baseUrl, String variable) {
    return new EndpointSpec("local", baseUrl, "test-model", variable, null, 4, 1.0, Duration.ofSeconds(2),
        Duration.ofSeconds(5), RetryPolicy.none());
  }

  @Test
  void answeringEndpointPassesAndIsAskedForItsModelsWithTheKey() throws Exception {
    server.enqueue(Response.json(200, "{\"object\":\"list\",\"data\":[{\"id\":\"test-model\"}]}"));

    EndpointProbe.check(specWithKeyFile());

    RecordedRequest request = server.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/v1/models");
    assertThat(request.header("Authorization")).contains("Bearer " + KEY);
    assertThat(request.protocol()).isEqualTo("HTTP/1.1");
  }

  @Test
  void endpointWithoutAModelsRoutePasses() {
    server.enqueue(Response.status(404), Response.status(405));

    EndpointProbe.check(EndpointFixtures.spec(server.baseUrl(), RetryPolicy.none()));
    EndpointProbe.check(EndpointFixtures.spec(server.baseUrl(), RetryPolicy.none()));

    assertThat(server.takeRequest().header("Authorization")).isEmpty();
  }

  @Test
  void refusedKeyIsAUserErrorNamingTheEndpointAndKeyFile() throws Exception {
    server.enqueue(Response.json(401, "{\"error\":{\"message\":\"Incorrect API key provided\"}}"));
    EndpointSpec spec = specWithKeyFile();

    assertThatThrownBy(() -> EndpointProbe.check(spec))
        .isInstanceOf(SynthforgeException.class)
        .hasMessage("Cannot use endpoint 'local' at " + server.baseUrl()
            + ": it refused the API key (HTTP 401); check file " + spec.apiKeyFile())
        .extracting(error -> ((SynthforgeException) error).category()).isEqualTo(ErrorCategory.USER);
  }

  @Test
  void refusedKeyNamesTheEnvironmentVariable() {
    // Any variable with a header-safe value stands in for a key; the server only refuses it.
    Optional<String> variable = System.getenv().entrySet().stream()
        .filter(entry -> entry.getValue().strip().matches("[A-Za-z0-9/._:-]{1,200}"))
        .map(Map.Entry::getKey)
        .findFirst();
    assumeThat(variable).isPresent();
    server.enqueue(Response.status(403));

    assertThatThrownBy(() -> EndpointProbe.check(specWithKeyEnv(server.baseUrl(), variable.get())))
        .isInstanceOf(SynthforgeException.class)
        .hasMessage("Cannot use endpoint 'local' at " + server.baseUrl()
            + ": it refused the API key (HTTP 403); check environment variable " + variable.get());
  }

  @Test
  void refusedWithoutAKeyPointsAtTheKeySettings() {
    server.enqueue(Response.status(401));

    assertThatThrownBy(() -> EndpointProbe.check(EndpointFixtures.spec(server.baseUrl(), RetryPolicy.none())))
        .isInstanceOf(SynthforgeException.class)
        .hasMessageEndingWith(": it refused the API key (HTTP 401); check api-key-env or api-key-file");
  }

  @Test
  void unsetKeyVariableIsAUserErrorBeforeAnyRequest() {
    EndpointSpec spec = specWithKeyEnv(server.baseUrl(), "SYNTHFORGE_TEST_VARIABLE_THAT_IS_NEVER_SET");

    assertThatThrownBy(() -> EndpointProbe.check(spec))
        .isInstanceOf(SynthforgeException.class)
        .hasMessageStartingWith("Cannot read the API key of endpoint 'local': environment variable"
            + " SYNTHFORGE_TEST_VARIABLE_THAT_IS_NEVER_SET is not set");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void serverErrorIsAnExternalErrorWithTheRedactedBody() throws Exception {
    server.enqueue(Response.answering(request ->
        Response.json(500, "{\"error\":\"boom, got " + request.header("Authorization").orElse("") + "\"}")));

    assertThatThrownBy(() -> EndpointProbe.check(specWithKeyFile()))
        .isInstanceOf(SynthforgeException.class)
        .hasMessageStartingWith("Cannot use endpoint 'local' at " + server.baseUrl() + ": GET /models answered HTTP 500: ")
        .hasMessageContaining("boom, got Bearer [REDACTED]")
        .hasMessageNotContaining(KEY)
        .extracting(error -> ((SynthforgeException) error).category()).isEqualTo(ErrorCategory.EXTERNAL);
  }

  @Test
  void closedPortCannotBeReached() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + port + "/v1");

    assertThatThrownBy(() -> EndpointProbe.check(EndpointFixtures.spec(url, RetryPolicy.none())))
        .isInstanceOf(SynthforgeException.class)
        .hasMessageStartingWith("Cannot use endpoint 'local' at http://127.0.0.1:" + port + "/v1: it cannot be reached (")
        .extracting(error -> ((SynthforgeException) error).category()).isEqualTo(ErrorCategory.EXTERNAL);
  }
}
