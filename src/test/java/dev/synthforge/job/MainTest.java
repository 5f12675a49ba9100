package dev.synthforge.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without Spark: help, validate, exit codes. */
class MainTest {
  @TempDir Path dir;

  private static CommandLineRun.Result run(String... args) {
    return CommandLineRun.run(args);
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CommandLineRun.Result result = run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("generate", "validate", "serve", "sql", "Exit codes:",
        "2   usage or config error", "4   quality gate breached");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"generate", "validate", "serve", "sql"}) {
      CommandLineRun.Result result = run(command, "--help");
      assertThat(result.exitCode()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Usage: synthforge " + command);
    }
    assertThat(run("generate", "--help").out()).contains("--config", "--run-id", "--run-date", "--scheduler-run-id", "--force");
  }

  @Test
  void validateAcceptsEveryExampleConfig() {
    for (String config : new String[] {"conf/demo.yaml", "conf/annotate-sentiment.yaml", "conf/vllm-example.yaml"}) {
      CommandLineRun.Result result = run("validate", "--config", config);
      assertThat(result.exitCode()).as(config + result.err()).isZero();
      assertThat(result.out()).contains("Config " + config + " is valid.", "config hash ");
    }
  }

  @Test
  void validateShowsTheStratification() throws Exception {
    Path config = dir.resolve("stratified.yaml");
    Files.writeString(config, """
        seeds: {path: s.jsonl, attributes: [region]}
        task: {name: t, template: "{{text}}", samples-per-seed: 2,
               stratify: {attribute: region, temperature: 0.5, max-samples-per-seed: 10}}
        endpoints: [{name: b, type: builtin}]
        """);
    CommandLineRun.Result result = run("validate", "--config", config.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("  stratify    by region (tempered, temperature 0.5), 1 to 10 sample(s) per seed\n");
  }

  @Test
  void validateReportsEveryProblemAndExitsWithTheUsageCode() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, """
        seeds: {path: s.jsonl}
        task: {name: t, template: "{{text}}", temperature: 9, samples-per-seed: 0}
        endpoints:
          - {name: e, base-url: "http://h:1/v1", model: m, max-concurency: 3, api-key: sk-abcdefghijklmnop}
        """);
    CommandLineRun.Result result = run("validate", "--config", bad.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Cannot load config " + bad, "4 problems", "'task.temperature'",
        "'task.samples-per-seed'", "did you mean 'max-concurrency'", "inline API keys are not allowed");
    assertThat(result.err()).doesNotContain("sk-abcdefghijklmnop");
  }

  @Test
  void validateNamesAMissingFile() {
    CommandLineRun.Result result = run("validate", "--config", dir.resolve("missing.yaml").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("missing.yaml");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CommandLineRun.Result result = run("generate", "--config", "conf/demo.yaml", "--colour");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void serveRejectsBadEmulationSettingsAsUsageErrors() {
    CommandLineRun.Result latency = run("serve", "--corpus", "conf/seeds/demo-seeds.jsonl", "--latency", "5");
    assertThat(latency.exitCode()).isEqualTo(2);
    assertThat(latency.err()).contains("Cannot start the built-in endpoint: add a unit");
    CommandLineRun.Result fault = run("serve", "--corpus", "conf/seeds/demo-seeds.jsonl", "--fault", "reset=1.5");
    assertThat(fault.exitCode()).isEqualTo(2);
    assertThat(fault.err()).contains("fault rates must be within [0, 1]: 1.5");
    CommandLineRun.Result distribution = run("serve", "--corpus", "conf/seeds/demo-seeds.jsonl", "--latency-distribution", "poisson");
    assertThat(distribution.exitCode()).isEqualTo(2);
    assertThat(distribution.err()).contains("expected fixed, exponential or uniform");
  }

  @Test
  void validateRunOverridesAreCheckedToo() {
    CommandLineRun.Result result = run("validate", "--config", "conf/demo.yaml", "--run-date", "2026-13-01");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--run-date");
  }
}
