package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.mix.ExportFormat;
import dev.synthforge.core.mix.ExportShape;
import dev.synthforge.core.mix.MixCaps;
import dev.synthforge.core.mix.MixPolicy;
import dev.synthforge.core.mix.MixSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixConfigTest {

  private static final String REST = "seeds: {path: s.jsonl, attributes: [region, topic]}\n"
      + "task: {name: t, template: x}\nendpoints: [{name: b, type: builtin}]\n";

  @TempDir Path folder;

  @Test
  void defaultsAccumulateEveryRowStratifiedBySeedAttributesWithoutExport() throws Exception {
    MixConfig mix = ConfigLoader.load(write(REST)).mix();

    assertThat(mix.spec()).isEqualTo(new MixSpec(MixPolicy.ACCUMULATE, 1.0, OptionalLong.empty(), MixCaps.none(), 0L,
        List.of("region", "topic")));
    assertThat(mix.table()).isEqualTo("training_mix");
    assertThat(mix.manifestDir()).isEmpty();
    assertThat(mix.export()).isEmpty();
  }

  @Test
  void readsEverySetting() throws Exception {
    MixConfig mix = ConfigLoader.load(write(REST + """
        output: {training-mix-table: mix_v2}
        mix:
          policy: target-real-share
          real-share: 0.25
          size: 400
          seed: 11
          stratify-by: [region]
          caps: {per-source: 300, per-depth: 200, per-group: 50}
          manifest-dir: manifests
          export: {dir: out, formats: [jsonl], shape: prompt-completion, shards: 3}
        """)).mix();

    assertThat(mix.spec()).isEqualTo(new MixSpec(MixPolicy.TARGET_REAL_SHARE, 0.25, OptionalLong.of(400),
        new MixCaps(OptionalLong.of(300), OptionalLong.of(200), OptionalLong.of(50)), 11L, List.of("region")));
    assertThat(mix.table()).isEqualTo("mix_v2");
    assertThat(mix.manifestDir()).contains(folder.resolve("manifests").toString());
    assertThat(mix.export()).hasValue(new MixConfig.Export(folder.resolve("out").toString(),
        List.of(ExportFormat.JSONL), ExportShape.PROMPT_COMPLETION, 3));
  }

  @Test
  void exportDefaultsToBothFormatsInChatShapeInOneShard() throws Exception {
    Optional<MixConfig.Export> export = ConfigLoader.load(write(REST + "mix: {export: {dir: out}}\n")).mix().export();

    assertThat(export).hasValueSatisfying(e -> {
      assertThat(e.formats()).containsExactly(ExportFormat.PARQUET, ExportFormat.JSONL);
      assertThat(e.shape()).isEqualTo(ExportShape.CHAT);
      assertThat(e.shards()).isEqualTo(1);
    });
  }

  @Test
  void reportsEveryBadValueAtOnce() throws Exception {
    Path file = write(REST + """
        output: {training-mix-table: "training-mix"}
        mix:
          policy: replace
          real-share: 1.5
          size: 0
          stratify-by: [language]
          caps: {per-depth: -1}
          export: {dir: out, formats: [csv], shape: alpaca, shards: 0}
        """);

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'output.training-mix-table': 'training-mix': must match [A-Za-z_][A-Za-z0-9_]*")
        .hasMessageContaining("'mix.policy': 'replace': must be one of accumulate, target-real-share")
        .hasMessageContaining("'mix.real-share': '1.5': must be within [0, 1]")
        .hasMessageContaining("'mix.size': '0': must be >= 1")
        .hasMessageContaining("'mix.stratify-by': 'language': is not among seeds.attributes [region, topic]")
        .hasMessageContaining("'mix.caps.per-depth': '-1': must be >= 0")
        .hasMessageContaining("'mix.export.formats': 'csv': must be one of parquet, jsonl")
        .hasMessageContaining("'mix.export.shape': 'alpaca': must be one of chat, prompt-completion, text")
        .hasMessageContaining("'mix.export.shards': '0': must be within [1, 10000]");
  }

  @Test
  void aTargetShareNeedsItsShareAndAccumulateTakesNone() throws Exception {
    assertThatThrownBy(() -> ConfigLoader.load(write(REST + "mix: {policy: target-real-share}\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mix.real-share")
        .hasMessageContaining("policy target-real-share needs the share of real rows");
    assertThatThrownBy(() -> ConfigLoader.load(write(REST + "mix: {real-share: 0.5}\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'mix.real-share': '0.5': applies to policy target-real-share only");
  }

  private Path write(String yaml) throws Exception {
    Path file = folder.resolve("job.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
