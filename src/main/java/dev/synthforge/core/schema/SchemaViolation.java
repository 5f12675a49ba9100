package dev.synthforge.core.schema;

import java.util.Objects;

/**
 * One way in which a JSON value breaks a {@link JsonSchema}.
 *
 * @param path JSON pointer to the offending value: {@code ""} for the whole document, {@code
 *     /sentiment} for a top-level property, {@code /tags/2} for an array element
 * @param message what is wrong, in words fit to show to a person or to send back to a model
 */
public record SchemaViolation(String path, String message) {

  public SchemaViolation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException(
          "Cannot create schema violation: path must be empty or start with '/': '" + path + "'");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("Cannot create schema violation: message is blank");
    }
  }

  /** The violation as one line, such as {@code /sentiment: must be one of [...]}. */
  public String describe() {
    return (path.isEmpty() ? "(document)" : path) + ": " + message;
  }
}
