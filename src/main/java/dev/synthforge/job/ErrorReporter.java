package dev.synthforge.job;

import dev.synthforge.config.ConfigException;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.core.errors.SynthforgeException;
import picocli.CommandLine;

/** Prints a job's error for people and picks the exit code by the error's category. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
    var err = commandLine.getErr();
    if (error instanceof ConfigException config) {
      err.println(config.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    if (error instanceof SynthforgeException known) {
      err.println("synthforge: " + known.getMessage());
      if (known.category() == dev.synthforge.core.errors.ErrorCategory.INTERNAL && known.getCause() != null) {
        known.getCause().printStackTrace(err);
      }
      err.flush();
      return known.category().exitCode();
    }
    err.println("synthforge: internal error: " + error);
    error.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
