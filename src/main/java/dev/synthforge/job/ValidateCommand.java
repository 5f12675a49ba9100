package dev.synthforge.job;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.ConfigKey;
import dev.synthforge.config.ConfigKeys;
import dev.synthforge.config.EndpointConfig;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.core.prompt.PromptTemplate;
import dev.synthforge.core.schema.JsonSchema;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: check a job config without starting Spark; every problem is reported at once.
 * Given a job command and its options ({@code validate curate --config F --run-date D}), it first
 * parses them exactly as that command would, so a scheduler's command line is checked whole.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a job config without starting Spark or sending anything: every problem is listed"
          + " with its key and value. Exit code 0 when the config is valid, 2 when not.",
      "With a job command and its options instead of --config (validate generate --config FILE"
          + " --run-date 2026-11-25 ...), the options are parsed by that command's own parser, so"
          + " an unknown or misspelt option or a bad value fails, and the config they name is"
          + " checked with their overrides applied. The job is not run."
    })
final class ValidateCommand implements Callable<Integer> {
  @ArgGroup(exclusive = false, multiplicity = "0..1")
  RunOptions options;

  @Option(names = "--keys", description = "Also print every config key with its default and description.")
  boolean keys;

  @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND",
      description = "A job command whose command line to check, for example generate or review export.")
  String command;

  @Parameters(index = "1..*", paramLabel = "ARGS",
      description = "The job command's options, as the job would get them.")
  List<String> commandArgs = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (command != null && options != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Cannot validate: give either --config FILE or a job command with its options, not both");
    }
    if (command == null && options == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Cannot validate: give --config FILE, or a job command with its options");
    }
    if (command == null) {
      print(options.load(), options.config, Optional.empty());
    } else {
      JobCommandLine job = JobCommandLine.parse(spec, command, commandArgs);
      JobConfig config = job.options().load();
      print(config, job.options().config, Optional.of(job.describeRun(config)));
    }
    return ExitCodes.SUCCESS;
  }

  private void print(JobConfig config, Path file, Optional<String> run) {
    PromptTemplate template = PromptTemplate.parse(config.task().template());
    config.task().jsonSchema().ifPresent(ValidateCommand::checkSchema);
    PrintStream out = System.out;
    out.println("Config " + file + " is valid.");
    out.println("  task        " + config.task().name() + " (" + config.task().samplesPerSeed()
        + " sample(s) per seed, placeholders " + template.fields() + ")");
    config.task().stratify().ifPresent(stratify -> out.println("  stratify    by "
        + stratify.attribute() + " (" + stratify.describePolicy() + "), "
        + stratify.minSamplesPerSeed() + stratify.maxSamplesPerSeed().map(max -> " to " + max).orElse(" or more")
        + " sample(s) per seed"));
    for (EndpointConfig endpoint : config.endpoints()) {
      out.println("  endpoint    " + endpoint.describe());
    }
    String database = config.output().database() + ".";
    out.println("  output      " + database + config.output().generationsTable() + ", " + database
        + config.output().runsTable() + ", " + database + config.output().curatedTable() + ", " + database
        + config.output().judgmentsTable() + ", " + database + config.output().metricsTable());
    out.println("  curate      " + String.join(", ", config.curate().rules()));
    out.println("  gates       " + (config.monitor().gates().isEmpty() ? "none"
        : String.join("; ", config.monitor().gates().stream().map(gate -> gate.name()).toList())));
    out.println("  config hash " + ConfigHash.of(config));
    run.ifPresent(line -> out.println("  run         " + line));
    if (keys) {
      out.println();
      for (ConfigKey key : ConfigKeys.all()) {
        out.printf("  %-42s %-12s %s%n", key.path(), key.defaultValue().orElse(""), key.description());
      }
    }
  }

  private static void checkSchema(String json) {
    try {
      JsonSchema.parse(json);
    } catch (RuntimeException e) {
      throw Errors.userError("use task.json-schema", e.getMessage());
    }
  }
}
