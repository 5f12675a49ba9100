package dev.synthforge.core.errors;

/** Process exit codes of every synthforge command. Documented in the README. */
public final class ExitCodes {
  /** The command did what it was asked. */
  public static final int SUCCESS = 0;
  /** An unexpected internal error (a bug): see the stack trace. */
  public static final int INTERNAL = 1;
  /** Bad arguments, bad config or bad input data: nothing was sent or written. */
  public static final int USAGE = 2;
  /** The job ran and failed: endpoint unreachable, failure ratio passed, storage error. */
  public static final int JOB_FAILED = 3;
  /** A quality gate was breached. */
  public static final int QUALITY_GATE = 4;

  private ExitCodes() {}
}
