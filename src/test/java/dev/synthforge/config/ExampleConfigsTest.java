package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExampleConfigsTest {

  private static final Path CONF = Path.of("conf");

  @Test
  void everyExampleJobConfigLoads() throws IOException {
    List<Path> configs;
    try (Stream<Path> files = Files.list(CONF)) {
      configs =
          files
              .filter(file -> file.getFileName().toString().endsWith(".yaml"))
              .filter(file -> !file.getFileName().toString().startsWith("log4j2"))
              .sorted()
              .toList();
    }

    assertThat(configs)
        .extracting(file -> file.getFileName().toString())
        .contains("demo.yaml", "annotate-sentiment.yaml", "vllm-example.yaml");
    for (Path config : configs) {
      ConfigLoader.load(config);
    }
  }

  @Test
  void demoParaphrasesTheBundledSeedsWithTheBuiltInEndpoint() {
    JobConfig demo = ConfigLoader.load(CONF.resolve("demo.yaml"));

    assertThat(demo.seeds().path())
        .contains(CONF.resolve("seeds/demo-seeds.jsonl").toAbsolutePath().toString());
    assertThat(demo.seeds().format()).isEqualTo(SeedFormat.JSONL);
    assertThat(demo.seeds().attributes()).containsExactly("category", "sentiment", "region");
    assertThat(demo.task().name()).isEqualTo("paraphrase");
    assertThat(demo.task().template()).contains("{{text}}", "{{category}}");
    assertThat(demo.task().samplesPerSeed()).isEqualTo(2);
    assertThat(demo.task().temperature()).isEqualTo(0.8);
    assertThat(demo.task().maxTokens()).isEqualTo(64);
    assertThat(demo.task().seed()).contains(7L);
    assertThat(demo.endpoints())
        .singleElement()
        .satisfies(
            endpoint -> {
              assertThat(endpoint.name()).isEqualTo("builtin");
              assertThat(endpoint.type()).isEqualTo(EndpointType.BUILTIN);
              assertThat(endpoint.maxConcurrency()).isEqualTo(32);
            });
  }

  @Test
  void sentimentAnnotationIsStructured() {
    JobConfig annotate = ConfigLoader.load(CONF.resolve("annotate-sentiment.yaml"));

    assertThat(annotate.task().structured()).isTrue();
    assertThat(annotate.task().jsonSchema().orElseThrow())
        .contains("\"enum\": [\"positive\", \"negative\", \"neutral\"]");
    assertThat(annotate.task().temperature()).isZero();
    assertThat(annotate.task().samplesPerSeed()).isEqualTo(1);
  }

  @Test
  void vllmExampleRoutesOverTwoServersAndAHostedFallback() {
    JobConfig vllm = ConfigLoader.load(CONF.resolve("vllm-example.yaml"));

    assertThat(vllm.endpoints())
        .extracting(EndpointConfig::name)
        .containsExactly("vllm-1", "vllm-2", "hosted");
    assertThat(vllm.endpoints()).extracting(EndpointConfig::type).containsOnly(EndpointType.OPENAI);
    assertThat(vllm.endpoints().get(2).apiKeyEnv()).contains("OPENAI_API_KEY");
    assertThat(vllm.endpoints().get(2).price()).isEqualTo(new PriceConfig(0.15, 0.60));
  }
}
