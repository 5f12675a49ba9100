package dev.synthforge.endpoint;

import dev.synthforge.core.Redaction;
import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.SynthforgeException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks, before a job sends anything, that an endpoint answers and accepts its key, by asking
 * for {@code /models}. An endpoint without that route (404, 405) passes: some servers lack it.
 */
public final class EndpointProbe {
  private EndpointProbe() {}

  /** Throws a job-level error naming the endpoint and URL when it cannot be used. */
  public static void check(EndpointSpec spec) {
    Optional<String> key = ApiKeys.resolve(spec);
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(spec.connectTimeout())
        .build();
    HttpRequest.Builder request = HttpRequest.newBuilder(spec.route("models"))
        .timeout(spec.connectTimeout().plus(Duration.ofSeconds(10)))
        .GET();
    key.ifPresent(value -> request.header("Authorization", "Bearer " + value));
    String what = "use endpoint '" + spec.name() + "' at " + spec.publicUrl();
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new SynthforgeException(ErrorCategory.EXTERNAL, "Cannot " + what + ": no answer to GET /models within "
          + spec.connectTimeout().plus(Duration.ofSeconds(10)).toSeconds() + "s", e);
    } catch (IOException e) {
      throw Errors.external(what, "it cannot be reached (" + describe(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Errors.external(what, "interrupted while checking it", e);
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      throw Errors.userError(what, "it refused the API key (HTTP " + status + "); check "
          + (spec.apiKeyEnv() != null ? "environment variable " + spec.apiKeyEnv()
              : spec.apiKeyFile() != null ? "file " + spec.apiKeyFile() : "api-key-env or api-key-file"));
    }
    if (status >= 500) {
      throw Errors.external(what, "GET /models answered HTTP " + status + ": "
          + Redaction.redact(shorten(response.body()), key.orElse(null)), null);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  private static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
