package dev.synthforge.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** validate with a job's whole command line: parsed by the job's own parser, never run. */
class ValidateCommandTest {
  private static final String SCHEDULER_RUN_ID = "scheduled__2026-11-25T00:00:00+00:00";

  private static CommandLineRun.Result run(String... args) {
    return CommandLineRun.run(args);
  }

  @Test
  void acceptsAJobCommandLineAndShowsTheRunItWouldStart() {
    CommandLineRun.Result result = run("validate", "curate", "--config", "conf/demo.yaml", "--run-date", "2026-11-25",
        "--scheduler-run-id", SCHEDULER_RUN_ID, "--run-id", "daily-2026-11-25");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Config conf/demo.yaml is valid.", "config hash ",
        "  run         curate run id daily-2026-11-25-curate, run date 2026-11-25, scheduler run id "
            + SCHEDULER_RUN_ID + "\n");
  }

  @Test
  void acceptsEveryJobCommand() {
    String[][] commandLines = {
      {"generate", "--force"},
      {"curate"},
      {"monitor"},
      {"mix", "--manifest", "manifest.json"},
      {"lab", "--generations", "3"},
      {"review", "export", "--out", "sample.csv", "--size", "50"},
      {"review", "import", "--file", "sample.csv"},
    };
    for (String[] commandLine : commandLines) {
      String[] args = concat(new String[] {"validate"}, commandLine,
          new String[] {"--config", "conf/demo.yaml", "--run-date", "2026-11-25", "--run-id", "r"});
      CommandLineRun.Result result = run(args);
      assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isZero();
      assertThat(result.out()).contains("run id r");
    }
    assertThat(run("validate", "review", "import", "--config", "conf/demo.yaml", "--file", "f.csv").out())
        .contains("  run         review-import run id (chosen when the job starts), run date (the day it runs),"
            + " scheduler run id (none)\n");
  }

  @Test
  void aMisspeltOptionFailsWithTheJobsParserMessage() {
    CommandLineRun.Result result = run("validate", "generate", "--config", "conf/demo.yaml", "--rundate", "2026-11-25");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown options: '--rundate'", "--run-date");
    assertThat(result.out()).doesNotContain("is valid");
  }

  @Test
  void aValueTheJobWouldRefuseFailsValidationToo() {
    String[][] refused = {
      {"review", "export", "--out", "sample.csv", "--size", "0"},
      {"review", "export", "--out", "sample.txt", "--format", "xml"},
      {"lab", "--generations", "0"},
      {"lab", "--fresh-fraction", "5"},
    };
    for (String[] commandLine : refused) {
      String[] args = concat(new String[] {"validate"}, commandLine, new String[] {"--config", "conf/demo.yaml"});
      CommandLineRun.Result result = run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.out()).doesNotContain("is valid");
    }
    assertThat(run("validate", "review", "export", "--config", "conf/demo.yaml", "--out", "s.csv", "--size", "0").err())
        .contains("--size must be >= 1, got 0");
  }

  @Test
  void anOptionOfAnotherJobFails() {
    CommandLineRun.Result result = run("validate", "curate", "--config", "conf/demo.yaml", "--force");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--force'");
  }

  @Test
  void aBadRunDateFailsNamingTheOption() {
    CommandLineRun.Result result = run("validate", "monitor", "--config", "conf/demo.yaml", "--run-date", "2026-11-31");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Invalid value for option '--run-date'", "2026-11-31");
  }

  @Test
  void aMissingRequiredOptionOfTheJobFails() {
    CommandLineRun.Result result = run("validate", "review", "import", "--config", "conf/demo.yaml");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required option: '--file=FILE'");
  }

  @Test
  void anUnknownCommandFailsListingTheJobCommands() {
    String[][] commandLines = {
      {"generat", "--config", "conf/demo.yaml"},
      {"serve", "--corpus", "conf/seeds/demo-seeds.jsonl"},
      {"validate", "--config", "conf/demo.yaml"},
      {"review"},
      {"review", "help"},
    };
    for (String[] commandLine : commandLines) {
      String[] args = concat(new String[] {"validate"}, commandLine);
      CommandLineRun.Result result = run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err()).as(String.join(" ", args)).contains("': not a job command;"
          + " job commands: generate, curate, monitor, review export, review import, mix, pipeline, lab");
    }
    assertThat(run("validate", "generat").err()).contains("Cannot validate 'generat': not a job command");
    assertThat(run("validate", "review", "help").err()).contains("Cannot validate 'review help': not a job command");
  }

  @Test
  void theConfigTheArgumentsNameIsChecked() {
    CommandLineRun.Result result = run("validate", "generate", "--config", "conf/missing.yaml");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("missing.yaml");
  }

  @Test
  void helpIsNotAJobCommandLine() {
    CommandLineRun.Result result = run("validate", "generate", "--config", "conf/demo.yaml", "--help");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Cannot validate 'generate': --help and --version only print");
  }

  @Test
  void eitherAConfigOrAJobCommandLine() {
    CommandLineRun.Result both =
        run("validate", "--config", "conf/demo.yaml", "generate", "--config", "conf/demo.yaml");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("give either --config FILE or a job command with its options, not both");
    CommandLineRun.Result neither = run("validate");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give --config FILE, or a job command with its options");
    CommandLineRun.Result overrideWithoutConfig = run("validate", "--run-date", "2026-11-25");
    assertThat(overrideWithoutConfig.exitCode()).isEqualTo(2);
    assertThat(overrideWithoutConfig.err()).contains("--config");
  }

  @Test
  void keysAreListedForAJobCommandLineToo() {
    CommandLineRun.Result result = run("validate", "--keys", "generate", "--config", "conf/demo.yaml");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("  run         generate run id", "run.scheduler-run-id");
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
