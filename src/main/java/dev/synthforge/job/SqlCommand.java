package dev.synthforge.job;

import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.spark.Sessions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sql}: run one SQL query over the local warehouse's tables and print the result. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = "Run a SQL query against the tables of a local warehouse and print the rows.")
final class SqlCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "QUERY", description = "The query, e.g. \"SELECT * FROM synth.runs\".")
  String query;

  @Option(names = "--warehouse", defaultValue = "warehouse", paramLabel = "DIR",
      description = "Local warehouse folder (default: ${DEFAULT-VALUE}).")
  Path warehouse;

  @Option(names = "--rows", defaultValue = "20", description = "Most rows to print (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--verbose", description = "Show Spark's INFO logs.")
  boolean verbose;

  @Override
  public Integer call() {
    Logging.configure(verbose);
    SparkSession spark = Sessions.start("synthforge sql", warehouse, "local[*]");
    try {
      try {
        spark.sql(query).show(rows, 80, false);
      } catch (Exception e) {
        // Spark throws AnalysisException (a checked type in Java) without declaring it.
        if (e instanceof AnalysisException analysis) {
          throw Errors.userError("run the query", analysis.getMessage().lines().findFirst().orElse(""));
        }
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      }
      return ExitCodes.SUCCESS;
    } finally {
      spark.stop();
    }
  }
}
