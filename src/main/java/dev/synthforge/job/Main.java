package dev.synthforge.job;

import dev.synthforge.core.CodeVersion;
import dev.synthforge.core.errors.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The synthforge command line: one jar, one subcommand per job. Exit codes: see {@link ExitCodes}. */
@Command(
    name = "synthforge",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generate, curate, review, monitor and mix synthetic training data on Spark, with lineage.",
    subcommands = {
      GenerateCommand.class,
      CurateCommand.class,
      MonitorCommand.class,
      ReviewCommand.class,
      MixCommand.class,
      PipelineCommand.class,
      LabCommand.class,
      ValidateCommand.class,
      ServeCommand.class,
      SqlCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (a bug; see the stack trace)",
      "2:usage or config error; nothing was sent or written",
      "3:job failed (endpoint unreachable, failure ratio passed, storage error)",
      "4:quality gate breached"
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code, without exiting. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    // validate COMMAND ARGS: everything after the job command's name is that command's to parse.
    commandLine.getSubcommands().get("validate").setStopAtPositional(true);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"synthforge " + CodeVersion.current()};
    }
  }
}
