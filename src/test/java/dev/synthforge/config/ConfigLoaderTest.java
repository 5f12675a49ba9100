package dev.synthforge.config;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.endpoint.RetryPolicy;
import dev.synthforge.core.generation.TaskApi;
import dev.synthforge.core.metrics.representation.QuotaPolicy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.Emulation.LatencyDistribution;
import dev.synthforge.core.endpoint.FaultRates;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final Path RESOURCES = Path.of("src/test/resources/config").toAbsolutePath();

  @Test
  void minimalConfigTakesEveryDefault() {
    JobConfig config = ConfigLoader.load(RESOURCES.resolve("minimal.yaml"));

    assertThat(config.seeds())
        .isEqualTo(
            new SeedsConfig(
                Optional.of(RESOURCES.resolve("seeds.jsonl").toString()),
                Optional.empty(),
                SeedFormat.AUTO,
                Optional.empty(),
                "text",
                List.of(),
                20000,
                0));
    assertThat(config.task())
        .isEqualTo(
            new TaskConfig(
                "paraphrase",
                "Paraphrase: {{text}}",
                "paraphrase",
                Optional.empty(),
                TaskApi.CHAT,
                1,
                false,
                0.7,
                1.0,
                256,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(config.task().structured()).isFalse();
    assertThat(config.endpoints())
        .containsExactly(
            new EndpointConfig(
                "local",
                EndpointType.BUILTIN,
                Optional.empty(),
                "synthforge-builtin",
                Optional.empty(),
                Optional.empty(),
                64,
                ConcurrencyMode.ADAPTIVE,
                RateBudget.unlimited(),
                CircuitBreakerPolicy.defaults(),
                1.0,
                Duration.ofSeconds(10),
                Duration.ofSeconds(120),
                new RetryPolicy(
                    5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(10)),
                PriceConfig.free(),
                Optional.empty(),
                Emulation.none()));
    assertThat(config.output())
        .isEqualTo(new OutputConfig("synth", "generations", "runs", "curated", "judgments", "metrics", "reviews", "warehouse"));
    assertThat(config.run())
        .isEqualTo(
            new RunConfig(
                Optional.empty(),
                Optional.empty(),
                0.1,
                Optional.empty(),
                Duration.ofMinutes(5),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(10)));
  }

  @Test
  void fullConfigMapsEveryKey() {
    JobConfig config = ConfigLoader.load(RESOURCES.resolve("full.yaml"));

    assertThat(config.seeds())
        .isEqualTo(
            new SeedsConfig(
                Optional.of(RESOURCES.resolve("data/seeds").toString()),
                Optional.empty(),
                SeedFormat.PARQUET,
                Optional.of("seed_id"),
                "body",
                List.of("category", "region"),
                5000,
                1000));
    assertThat(config.task())
        .isEqualTo(
            new TaskConfig(
                "describe_products-2",
                "Describe the {{category}} product in one sentence: {{text}}",
                "describe-v3",
                Optional.of("You describe products."),
                TaskApi.CHAT,
                4,
                true,
                1.3,
                0.9,
                512,
                List.of("\n\n", "END"),
                Optional.of(9_000_000_000L),
                Optional.of(
                    "{\"type\": \"object\", \"properties\": {\"label\": {\"type\":"
                        + " \"string\"}}}"),
                Optional.of(new StratifyConfig("region", QuotaPolicy.floor(0.2), 2, Optional.of(12)))));
    assertThat(config.task().structured()).isTrue();
    assertThat(config.endpoints().get(0))
        .isEqualTo(
            new EndpointConfig(
                "vllm-1",
                EndpointType.OPENAI,
                Optional.of(URI.create("http://vllm-1:8000/v1")),
                "meta-llama/Llama-3.1-8B-Instruct",
                Optional.empty(),
                Optional.of(RESOURCES.resolve("secrets/key.txt").toString()),
                200,
                ConcurrencyMode.FIXED,
                new RateBudget(6000, 2_000_000),
                new CircuitBreakerPolicy(3, Duration.ofSeconds(30)),
                2.5,
                Duration.ofSeconds(3),
                Duration.ofMinutes(5),
                new RetryPolicy(
                    7, Duration.ofMillis(250), Duration.ofMinutes(1), Duration.ofHours(1)),
                new PriceConfig(0.15, 0.6),
                Optional.empty(),
                Emulation.none()));
    EndpointConfig builtin = config.endpoints().get(1);
    assertThat(builtin.name()).isEqualTo("stand_in");
    assertThat(builtin.type()).isEqualTo(EndpointType.BUILTIN);
    assertThat(builtin.baseUrl()).isEmpty();
    assertThat(builtin.model()).isEqualTo("tiny-ngram");
    assertThat(builtin.maxConcurrency()).isEqualTo(8);
    assertThat(builtin.corpus()).contains(RESOURCES.resolve("corpus.txt"));
    assertThat(config.output())
        .isEqualTo(new OutputConfig("lab", "gens", "ledger", "curated", "judgments", "metrics", "reviews", "/data/warehouse"));
    assertThat(config.run())
        .isEqualTo(
            new RunConfig(
                Optional.of("run-42"),
                Optional.of(LocalDate.of(2026, 11, 25)),
                0.25,
                Optional.of(Duration.ofHours(2)),
                Duration.ofSeconds(90),
                Optional.of(5_000_000L),
                Optional.of(12.5),
                Optional.of("scheduled__2026-11-25T00:00:00+00:00"),
                Duration.ZERO));
  }

  @Test
  void emulationMapsOntoTheBuiltInEndpointSettings() {
    JobConfig config = ConfigLoader.load(RESOURCES.resolve("full.yaml"));

    assertThat(config.endpoints().get(1).emulation())
        .isEqualTo(
            new Emulation(
                Duration.ofMillis(20),
                LatencyDistribution.EXPONENTIAL,
                4,
                2,
                150.5,
                new FaultRates(
                    0.1,
                    Duration.ofSeconds(2),
                    0.05,
                    0.01,
                    Duration.ofSeconds(3),
                    0.02,
                    0.03,
                    0.04),
                11));
  }

  @Test
  void overridesWinOverTheFileAndTheDefaults() {
    ConfigOverrides overrides =
        ConfigOverrides.none()
            .withRunId("rerun-1")
            .withRunDate(LocalDate.of(2027, 1, 2))
            .withSchedulerRunId("manual__1")
            .withWarehouse("/data/elsewhere");

    JobConfig fromFull = ConfigLoader.load(RESOURCES.resolve("full.yaml"), overrides);
    JobConfig fromMinimal = ConfigLoader.load(RESOURCES.resolve("minimal.yaml"), overrides);

    for (JobConfig config : List.of(fromFull, fromMinimal)) {
      assertThat(config.run().id()).contains("rerun-1");
      assertThat(config.run().date()).contains(LocalDate.of(2027, 1, 2));
      assertThat(config.run().schedulerRunId()).contains("manual__1");
      assertThat(config.output().warehouse()).isEqualTo("/data/elsewhere");
    }
    assertThat(fromFull.run().maxFailureRatio()).isEqualTo(0.25);
  }

  @Test
  void relativePathsResolveAgainstTheConfigFolderAndUrisStayAsWritten(@TempDir Path folder)
      throws Exception {
    Path nested = Files.createDirectories(folder.resolve("jobs"));
    Files.writeString(nested.resolve("prompt.txt"), "Say {{text}}\n\n");
    Files.writeString(
        nested.resolve("job.yaml"),
        "seeds: {path: ../seeds/x.csv}\n"
            + "task: {name: t, template-file: prompt.txt}\n"
            + "endpoints: [{name: b, type: builtin, corpus: corpus.txt}]\n");
    Files.writeString(
        folder.resolve("remote.yaml"),
        "seeds: {path: 's3a://bucket/seeds/'}\n"
            + "task: {name: t, template: x}\n"
            + "endpoints: [{name: b, type: builtin, corpus: /abs/corpus.txt}]\n");

    JobConfig local = ConfigLoader.load(nested.resolve("job.yaml"));
    JobConfig remote = ConfigLoader.load(folder.resolve("remote.yaml"));

    assertThat(local.seeds().path()).contains(folder.resolve("seeds/x.csv").toString());
    assertThat(local.task().template()).isEqualTo("Say {{text}}");
    assertThat(local.endpoints().get(0).corpus()).contains(nested.resolve("corpus.txt"));
    assertThat(remote.seeds().path()).contains("s3a://bucket/seeds/");
    assertThat(remote.endpoints().get(0).corpus()).contains(Path.of("/abs/corpus.txt"));
  }

  @Test
  void schemaFromFileOrYamlMappingIsKeptAsJson(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("schema.json"), "{\"type\": \"object\"}\n");
    Files.writeString(
        folder.resolve("file.yaml"),
        "seeds: {table: synth.seeds}\ntask: {name: t, template: x, json-schema-file: schema.json}\n"
            + "endpoints: [{name: b, type: builtin}]\n");
    Files.writeString(
        folder.resolve("mapping.yaml"),
        "seeds: {table: synth.seeds}\ntask: {name: t, template: x, json-schema: {type: object}}\n"
            + "endpoints: [{name: b, type: builtin}]\n");

    assertThat(ConfigLoader.load(folder.resolve("file.yaml")).task().jsonSchema())
        .contains("{\"type\": \"object\"}");
    assertThat(ConfigLoader.load(folder.resolve("mapping.yaml")).task().jsonSchema())
        .contains("{\"type\":\"object\"}");
  }

  @Test
  void describeNamesWhereTheKeyComesFrom() {
    JobConfig config = ConfigLoader.load(Path.of("conf/vllm-example.yaml"));

    assertThat(config.endpoints().get(2).describe())
        .isEqualTo(
            "hosted (openai https://api.openai.com/v1, model gpt-4o-mini, key from env"
                + " OPENAI_API_KEY)");
  }
}
