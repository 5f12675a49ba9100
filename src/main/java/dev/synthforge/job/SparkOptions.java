package dev.synthforge.job;

import picocli.CommandLine.Option;

/** Options of the commands that start Spark. */
final class SparkOptions {
  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
      description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--verbose", description = "Show Spark's INFO logs.")
  boolean verbose;
}
