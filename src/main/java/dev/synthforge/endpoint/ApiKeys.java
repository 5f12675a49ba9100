package dev.synthforge.endpoint;

import dev.synthforge.core.errors.Errors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads an endpoint's API key from where its spec says, at the moment it is needed. */
public final class ApiKeys {
  private ApiKeys() {}

  /** The key, or empty when the endpoint has none configured. */
  public static Optional<String> resolve(EndpointSpec spec) {
    if (spec.apiKeyEnv() != null) {
      String value = System.getenv(spec.apiKeyEnv());
      if (value == null || value.isBlank()) {
        throw Errors.userError(
            "read the API key of endpoint '" + spec.name() + "'",
            "environment variable " + spec.apiKeyEnv() + " is not set (on a cluster, executors need"
                + " it too: mount it from a secret, or use api-key-file on a path every node can read)");
      }
      return Optional.of(value.strip());
    }
    if (spec.apiKeyFile() != null) {
      try {
        return Optional.of(Files.readString(Path.of(spec.apiKeyFile()), StandardCharsets.UTF_8).strip());
      } catch (IOException e) {
        throw Errors.userError(
            "read the API key of endpoint '" + spec.name() + "'",
            "file " + spec.apiKeyFile() + " cannot be read (" + e.getClass().getSimpleName() + ")");
      }
    }
    return Optional.empty();
  }
}
