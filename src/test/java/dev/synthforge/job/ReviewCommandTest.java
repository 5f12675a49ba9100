package dev.synthforge.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review command line without Spark: help and the options checked before Spark starts. */
class ReviewCommandTest {
  @TempDir Path dir;

  private static CommandLineRun.Result run(String... args) {
    return CommandLineRun.run(args);
  }

  @Test
  void reviewIsACommandWithExportAndImport() {
    assertThat(run("--help").out()).contains("review");
    assertThat(run("review", "--help").out()).contains("Usage: synthforge review", "export", "import");
    assertThat(run("review", "export", "--help").out())
        .contains("Usage: synthforge review export", "--config", "--out", "--format", "--size", "--seed");
    assertThat(run("review", "import", "--help").out()).contains("Usage: synthforge review import", "--file");
  }

  @Test
  void badExportOptionsAreUsageErrorsBeforeSparkStarts() {
    CommandLineRun.Result format = run("review", "export", "--config", "conf/demo.yaml", "--out", dir.resolve("x.csv").toString(),
        "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format must be csv or jsonl, got 'xml'");
    CommandLineRun.Result size = run("review", "export", "--config", "conf/demo.yaml", "--out", dir.resolve("x.csv").toString(),
        "--size", "0");
    assertThat(size.exitCode()).isEqualTo(2);
    assertThat(size.err()).contains("--size must be >= 1, got 0");
  }

  @Test
  void theFormatFollowsTheFileNameUnlessGiven() {
    assertThat(ReviewCommand.format(null, Path.of("a.jsonl"))).hasToString("JSONL");
    assertThat(ReviewCommand.format(null, Path.of("a.csv"))).hasToString("CSV");
    assertThat(ReviewCommand.format("JSONL", Path.of("a.csv"))).hasToString("JSONL");
  }
}
