package dev.synthforge.core.errors;

import java.util.Objects;

/** A job-level error with a category; messages read "Cannot <do what>: <why>". */
public class SynthforgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCategory category;

  public SynthforgeException(ErrorCategory category, String message) {
    this(category, message, null);
  }

  public SynthforgeException(ErrorCategory category, String message, Throwable cause) {
    super(message, cause);
    this.category = Objects.requireNonNull(category, "category");
  }

  public ErrorCategory category() {
    return category;
  }
}
