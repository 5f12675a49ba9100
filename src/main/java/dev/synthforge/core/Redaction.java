package dev.synthforge.core;

import java.util.regex.Pattern;

/** Removes credentials from any text that may reach a log, an exception or a table. */
public final class Redaction {
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
  private static final Pattern KEY_LIKE =
      Pattern.compile("\\b(sk|pk|rk|nvapi|hf|gsk|xai)[-_][A-Za-z0-9_-]{12,}");
  private static final Pattern KEY_ASSIGNMENT =
      Pattern.compile("(?i)((?:api[_-]?key|authorization|token|secret)[\"']?\\s*[:=]\\s*[\"']?"
          // An auth scheme is kept so that the credential after it is what gets masked.
          + "(?:(?:bearer|basic|digest|token)\\s+)?)[^\\s\"',}]+");
  private static final String MASK = "[REDACTED]";

  private Redaction() {}

  /** {@code text} with bearer tokens, key-like strings and key assignments masked. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = BEARER.matcher(text).replaceAll("$1" + MASK);
    out = KEY_LIKE.matcher(out).replaceAll(MASK);
    return KEY_ASSIGNMENT.matcher(out).replaceAll("$1" + MASK);
  }

  /** {@code text} redacted, and with every occurrence of a known secret masked too. */
  public static String redact(String text, String knownSecret) {
    String out = redact(text);
    if (out != null && knownSecret != null && knownSecret.length() >= 4) {
      out = out.replace(knownSecret, MASK);
    }
    return out;
  }

  /** The regex for {@code spark.redaction.regex}: Spark's default plus API keys and auth headers. */
  public static String sparkRedactionRegex() {
    return "(?i)secret|password|token|access[.]?key|api[._-]?key|authorization|bearer";
  }
}
