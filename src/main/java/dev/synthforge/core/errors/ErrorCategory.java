package dev.synthforge.core.errors;

/** Who has to act on a job-level error; the category picks the process exit code. */
public enum ErrorCategory {
  /** The user's config, arguments or input data are wrong. */
  USER(ExitCodes.USAGE),
  /** An external system (endpoint, storage, catalog) failed or refused. */
  EXTERNAL(ExitCodes.JOB_FAILED),
  /** The run finished but did not meet its own success criteria (failure ratio, budget). */
  JOB(ExitCodes.JOB_FAILED),
  /** A bug in synthforge. */
  INTERNAL(ExitCodes.INTERNAL);

  private final int exitCode;

  ErrorCategory(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The process exit code for an error of this category. */
  public int exitCode() {
    return exitCode;
  }
}
