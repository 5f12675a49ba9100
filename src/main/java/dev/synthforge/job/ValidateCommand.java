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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate}: check a job config without starting Spark; every problem is reported at once. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a job config without starting Spark or sending anything: every problem is listed"
          + " with its key and value. Exit code 0 when the config is valid, 2 when not."
    })
final class ValidateCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Option(names = "--keys", description = "Also print every config key with its default and description.")
  boolean keys;

  @Override
  public Integer call() {
    JobConfig config = options.load();
    PromptTemplate template = PromptTemplate.parse(config.task().template());
    config.task().jsonSchema().ifPresent(ValidateCommand::checkSchema);
    PrintStream out = System.out;
    out.println("Config " + options.config + " is valid.");
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
    if (keys) {
      out.println();
      for (ConfigKey key : ConfigKeys.all()) {
        out.printf("  %-42s %-12s %s%n", key.path(), key.defaultValue().orElse(""), key.description());
      }
    }
    return ExitCodes.SUCCESS;
  }

  private static void checkSchema(String json) {
    try {
      JsonSchema.parse(json);
    } catch (RuntimeException e) {
      throw Errors.userError("use task.json-schema", e.getMessage());
    }
  }
}
