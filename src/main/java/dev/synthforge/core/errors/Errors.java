package dev.synthforge.core.errors;

import java.util.Collection;

/** The one place job-level errors are built, so their wording stays uniform. */
public final class Errors {
  private Errors() {}

  public static SynthforgeException userError(String doWhat, String why) {
    return new SynthforgeException(ErrorCategory.USER, "Cannot " + doWhat + ": " + why);
  }

  public static SynthforgeException userError(String doWhat, String why, Throwable cause) {
    return new SynthforgeException(ErrorCategory.USER, "Cannot " + doWhat + ": " + why, cause);
  }

  public static SynthforgeException external(String doWhat, String why, Throwable cause) {
    return new SynthforgeException(ErrorCategory.EXTERNAL, "Cannot " + doWhat + ": " + why, cause);
  }

  public static SynthforgeException jobFailed(String doWhat, String why) {
    return new SynthforgeException(ErrorCategory.JOB, "Cannot " + doWhat + ": " + why);
  }

  /** A template placeholder that no seed column provides. */
  public static SynthforgeException unknownTemplateFields(
      Collection<String> missing, Collection<String> columns) {
    return userError(
        "render the prompt template",
        "placeholder(s) " + missing + " name no seed column; the seed columns are " + columns);
  }

  public static SynthforgeException unreadableSeeds(String source, Throwable cause) {
    return userError("read seeds from " + source, rootMessage(cause), cause);
  }

  /** The innermost message of a cause chain, for error texts users can act on. */
  public static String rootMessage(Throwable error) {
    Throwable current = error;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    String message = current.getMessage();
    return message == null ? current.getClass().getSimpleName() : message;
  }
}
