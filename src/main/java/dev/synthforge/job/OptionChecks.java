package dev.synthforge.job;

/**
 * A command whose option values need checks beyond their types (ranges, one of a few words).
 * The command runs them first when it runs; {@code validate COMMAND ARGS...} runs them too, so a
 * value the job would refuse fails validation as well.
 */
interface OptionChecks {
  /** Throws a {@link picocli.CommandLine.ParameterException} or a user error naming the option. */
  void checkOptions();
}
