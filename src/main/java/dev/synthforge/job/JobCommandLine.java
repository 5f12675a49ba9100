package dev.synthforge.job;

import dev.synthforge.config.JobConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * A job's command line parsed by that job's own parser and never run: what {@code validate} checks
 * for a scheduler. A job command is one that takes the {@link RunOptions} ({@code --config} and the
 * run's identity); {@code review export} and {@code review import} are named by both words.
 *
 * @param job the job's name as its runs are recorded ({@code curate}, {@code review-export})
 * @param options the run options the command line gives the job
 */
record JobCommandLine(String job, RunOptions options) {
  JobCommandLine {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(options, "options");
  }

  /**
   * Parses {@code args} as the command {@code name}, a sibling of {@code validate} under the root
   * command, would. Throws picocli's own {@link ParameterException} for an unknown option or a bad
   * value, and one naming the job commands when {@code name} is not one.
   */
  static JobCommandLine parse(CommandSpec validate, String name, List<String> args) {
    CommandSpec root = validate.parent();
    List<String> jobs = jobNames(root);
    CommandLine command = root.subcommands().get(name);
    if (command == null || jobs.stream().noneMatch(job -> job.equals(name) || job.startsWith(name + " "))) {
      throw notAJob(validate, name, jobs);
    }
    ParseResult parsed = command.parseArgs(args.toArray(String[]::new));
    while (parsed.hasSubcommand()) {
      parsed = parsed.subcommand();
    }
    CommandSpec leaf = parsed.commandSpec();
    String qualified = qualifiedName(leaf);
    if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
      throw new ParameterException(leaf.commandLine(),
          "Cannot validate '" + qualified + "': --help and --version only print, the job would not run");
    }
    RunOptions options = runOptions(leaf).orElseThrow(() -> notAJob(validate, qualified, jobs));
    if (leaf.userObject() instanceof OptionChecks checks) {
      checks.checkOptions();
    }
    return new JobCommandLine(qualified.replace(' ', '-'), options);
  }

  /** The run this command line would start: the job's run id, run date and scheduler run id. */
  String describeRun(JobConfig config) {
    List<String> jobs = job.equals("pipeline") ? List.of("generate", "curate", "monitor", "mix") : List.of(job);
    List<String> ids = new ArrayList<>();
    for (String each : jobs) {
      ids.add(each + " run id " + RunOptions.jobRunId(config, each).orElse("(chosen when the job starts)"));
    }
    return String.join(", ", ids) + ", run date " + config.run().date().map(Object::toString).orElse("(the day it runs)")
        + ", scheduler run id " + config.run().schedulerRunId().orElse("(none)");
  }

  /** Every job command under {@code root}, in the root's order, as typed: {@code review export}. */
  static List<String> jobNames(CommandSpec root) {
    List<String> names = new ArrayList<>();
    for (CommandLine sub : root.subcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (runOptions(spec).isPresent()) {
        names.add(qualifiedName(spec));
      }
      names.addAll(jobNames(spec));
    }
    return names;
  }

  private static Optional<RunOptions> runOptions(CommandSpec spec) {
    return spec.mixins().values().stream()
        .map(CommandSpec::userObject)
        .filter(RunOptions.class::isInstance)
        .map(RunOptions.class::cast)
        .findFirst();
  }

  /** The command's name below the root: {@code generate}, {@code review export}. */
  private static String qualifiedName(CommandSpec spec) {
    return spec.parent() == null || spec.parent().parent() == null
        ? spec.name() : qualifiedName(spec.parent()) + " " + spec.name();
  }

  private static ParameterException notAJob(CommandSpec validate, String name, List<String> jobs) {
    return new ParameterException(validate.commandLine(), "Cannot validate '" + name
        + "': not a job command; job commands: " + String.join(", ", jobs));
  }
}
