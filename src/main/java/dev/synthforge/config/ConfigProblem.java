package dev.synthforge.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a job config: the key, the offending value and a message naming both.
 *
 * <p>The value is left out where it may hold a secret (a URL with credentials, an inline key).
 *
 * @param key the key's path, as {@code endpoints[0].max-concurrency}; empty for the whole file
 * @param value the offending value as written, when it is safe to show
 * @param message the whole problem in one line
 */
public record ConfigProblem(String key, Optional<String> value, String message) {

  private static final int LONGEST_VALUE = 80;

  public ConfigProblem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /** A value that breaks a rule: {@code Invalid value for 'key': 'value': reason}. */
  public static ConfigProblem invalidValue(String key, String value, String reason) {
    String shown =
        value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "..." : value;
    return new ConfigProblem(
        key, Optional.of(value), "Invalid value for '" + key + "': '" + shown + "': " + reason);
  }

  /** A value that breaks a rule and is not shown, because it may hold a secret. */
  public static ConfigProblem invalidSecretValue(String key, String reason) {
    return new ConfigProblem(key, Optional.empty(), "Invalid value for '" + key + "': " + reason);
  }

  /** A required key that is absent. */
  public static ConfigProblem missingKey(String key, String reason) {
    String suffix = reason.isEmpty() ? "" : ": " + reason;
    return new ConfigProblem(key, Optional.empty(), "Missing required key '" + key + "'" + suffix);
  }

  /** A key that is not allowed, with the reason or a suggestion. */
  public static ConfigProblem unknownKey(String key, String hint) {
    return new ConfigProblem(key, Optional.empty(), "Unknown key '" + key + "'; " + hint);
  }

  /** A key that must not be used, whatever its value. */
  public static ConfigProblem forbiddenKey(String key, String reason) {
    return new ConfigProblem(key, Optional.empty(), "Invalid key '" + key + "': " + reason);
  }

  /** Two keys of which at most one may be set. */
  public static ConfigProblem conflictingKeys(String key, String otherKey, String reason) {
    return new ConfigProblem(
        key, Optional.empty(), "Conflicting keys '" + key + "' and '" + otherKey + "': " + reason);
  }

  /** A problem with the file as a whole: unreadable, not YAML, not a mapping. */
  public static ConfigProblem ofFile(String message) {
    return new ConfigProblem("", Optional.empty(), message);
  }
}
