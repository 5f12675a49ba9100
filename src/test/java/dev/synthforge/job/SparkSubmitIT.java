package dev.synthforge.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.FaultRates;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.endpoint.builtin.BuiltinModels;
import dev.synthforge.endpoint.builtin.BuiltinServer;
import dev.synthforge.endpoint.builtin.BuiltinServerOptions;
import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar under spark-submit, in a separate JVM whose class path holds Spark alone (no
 * synthforge classes, no Delta): the jar must carry everything else it needs.
 */
class SparkSubmitIT {
  @TempDir Path dir;

  record Finished(int exitCode, String output) {}

  private static Path jobJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("synthforge-.*-job\\.jar")).findFirst().orElseThrow();
    }
  }

  private Finished submit(String... arguments) throws Exception {
    return submitWith(List.of(), arguments);
  }

  private Finished submitWith(List<String> sparkOptions, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(Arrays.asList(System.getProperty("synthforge.jvm.opens", "").split(" ")));
    command.addAll(List.of("-cp", Files.readString(Path.of("target/spark-classpath.txt")).strip(),
        "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]", "--conf", "spark.ui.enabled=false",
        "--class", "dev.synthforge.job.Main"));
    command.addAll(sparkOptions);
    command.add(jobJar().toString());
    command.addAll(Arrays.asList(arguments));
    command.removeIf(String::isBlank);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    Path log = dir.resolve("submit-" + System.nanoTime() + ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
    return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private Path config() throws IOException {
    Path seeds = Path.of("conf/seeds/demo-seeds.jsonl").toAbsolutePath();
    Path config = dir.resolve("job.yaml");
    Files.writeString(config, """
        seeds:
          path: %s
          id-column: id
          limit: 30
        task:
          name: paraphrase
          template: "Paraphrase: {{text}}"
          max-tokens: 24
          seed: 3
        endpoints:
          - name: builtin
            type: builtin
        output:
          database: submitted
        """.formatted(seeds));
    return config;
  }

  @Test
  void generateRunsFromTheJobJarAndARerunSkipsEverything() throws Exception {
    Path config = config();
    String warehouse = dir.resolve("warehouse").toString();
    Finished first = submit("generate", "--config", config.toString(), "--warehouse", warehouse, "--run-date", "2026-11-25");
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.output()).contains("requested           30 samples", "generated           30");

    Finished second = submit("generate", "--config", config.toString(), "--warehouse", warehouse);
    assertThat(second.exitCode()).as(second.output()).isZero();
    assertThat(second.output()).contains("skipped (existing)  30", "generated           0");
  }

  @Test
  void pipelineStopsBeforeMixOnABreachedGateAndBuildsItWhenGatesAreIgnored() throws Exception {
    Path config = dir.resolve("pipeline.yaml");
    Files.writeString(config, Files.readString(config()) + """
        curate:
          rules: [truncation, quality, exact-dedup]
        monitor:
          embedding-sample: 50
          gates:
            - {metric: distinct_2, comparison: below-absolute, threshold: 2.0}
        mix:
          export: {dir: %s, formats: [jsonl]}
        """.formatted(dir.resolve("export")));
    String warehouse = dir.resolve("warehouse").toString();

    Finished stopped = submit("pipeline", "--config", config.toString(), "--warehouse", warehouse, "--run-date", "2026-11-25");
    assertThat(stopped.exitCode()).as(stopped.output()).isEqualTo(4);
    assertThat(stopped.output()).contains("synthforge generate: run", "synthforge curate: run", "BREACHED 1 quality gate(s)",
        "stopped after monitor, a quality gate was breached; mix was not run");
    assertThat(dir.resolve("export")).doesNotExist();

    Finished ignored = submit("pipeline", "--config", config.toString(), "--warehouse", warehouse, "--run-date", "2026-11-25",
        "--ignore-gates");
    assertThat(ignored.exitCode()).as(ignored.output()).isEqualTo(4);
    // The re-run pays for nothing twice: every sample is already generated.
    assertThat(ignored.output()).contains("skipped (existing)  30", "synthforge mix:",
        "generate, curate, monitor and mix done in", "mix built because of --ignore-gates");
    assertThat(dir.resolve("export/jsonl")).isDirectory();
  }

  @Test
  void anApiKeyNeverReachesLogsTablesOrEventLogs() throws Exception {
    String key = "sk-synthforge-fake-" + Long.toHexString(System.nanoTime()) + "abcdef0123456789";
    Path keyFile = dir.resolve("key.txt");
    Files.writeString(keyFile, key);
    NgramModel model = BuiltinModels.fromTexts(List.of("A quiet fan that moves a lot of air.", "The lid fits well."));
    try (BuiltinServer server = BuiltinServer.start(BuiltinServerOptions.of(model).withEmulation(
        new Emulation(Duration.ZERO, Emulation.LatencyDistribution.FIXED, 0, 0, 0,
            new FaultRates(0, Duration.ofMillis(10), 0.3, 0, Duration.ofSeconds(1), 0, 0.1, 0), 5)))) {
      Path config = dir.resolve("secret.yaml");
      Files.writeString(config, """
          seeds:
            path: %s
            id-column: id
            limit: 20
          task:
            name: t
            template: "Paraphrase: {{text}}"
            max-tokens: 16
          endpoints:
            - name: keyed
              base-url: %s/v1
              model: synthforge-builtin
              api-key-file: %s
              retry: {max-attempts: 2, initial-backoff: 10ms, max-backoff: 20ms}
          output:
            database: secrets
          run:
            max-failure-ratio: 1.0
          """.formatted(Path.of("conf/seeds/demo-seeds.jsonl").toAbsolutePath(), server.baseUrl(), keyFile));
      Path eventLogs = Files.createDirectories(dir.resolve("event-logs"));
      Path warehouse = dir.resolve("warehouse");
      Finished result = submitWith(List.of("--conf", "spark.eventLog.enabled=true",
              "--conf", "spark.eventLog.dir=" + eventLogs.toUri()),
          "generate", "--verbose", "--config", config.toString(), "--warehouse", warehouse.toString());
      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output()).contains("requested           20 samples").doesNotContain(key);
      List<Path> searched = new ArrayList<>();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.equals(keyFile)).toList()) {
          searched.add(file);
          assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
              .as("contents of " + file).doesNotContain(key);
        }
      }
      assertThat(searched).as("event log, Delta log and data files searched")
          .anyMatch(p -> p.startsWith(eventLogs))
          .anyMatch(p -> p.toString().contains("_delta_log"))
          .anyMatch(p -> p.toString().endsWith(".parquet"));
    }
  }

  @Test
  void validateReportsEveryProblemWithExitCodeTwo() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, """
        seeds: {path: s.jsonl}
        task: {name: t, template: "{{text}}", temperature: 9}
        endpoints:
          - {name: e, base-url: "http://h:1/v1", model: m, max-concurency: 3}
        """);
    Finished result = submit("validate", "--config", bad.toString());
    assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
    assertThat(result.output()).contains("2 problems", "'task.temperature'", "did you mean 'max-concurrency'");
  }
}
