package dev.synthforge.core.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MixManifestParserTest {
  static final MixManifest MANIFEST = new MixManifest("mix-1", "2026-11-25T10:00:00Z", "0.1.0", "abc",
      new MixSpec(MixPolicy.TARGET_REAL_SHARE, 0.5, OptionalLong.of(20),
          new MixCaps(OptionalLong.empty(), OptionalLong.of(10), OptionalLong.empty()), 7L, List.of("region")),
      new SeedPin(SeedPin.FILE, "/data/seeds.jsonl", "auto", OptionalLong.empty(), Optional.of("f".repeat(64)),
          Optional.of("id"), "text", List.of("region"), 0),
      new TablePin("`synth`.`curated`", 4), new TablePin("`synth`.`generations`", 3),
      new TablePin("`synth`.`training_mix`", 1),
      List.of(new StratumTake(new Stratum("paraphrase", 1, "region=n", 12), 10),
          new StratumTake(new Stratum("real", 0, "region=n", 10), 10)));

  @Test
  void aManifestReadsBackAsWritten() {
    String json = MixManifestParser.toJson(MANIFEST);

    assertThat(MixManifestParser.parse(json)).isEqualTo(MANIFEST);
    assertThat(json).contains("\"name\" : \"target-real-share\"").contains("\"per_depth\" : 10")
        .contains("\"content_sha256\" : \"" + "f".repeat(64) + "\"").contains("\"rows\" : 20");
  }

  @Test
  void aBrokenManifestSaysWhatIsWrong() {
    assertThatThrownBy(() -> MixManifestParser.parse("{\"format_version\": 1}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'policy' is missing");
    assertThatThrownBy(() -> MixManifestParser.parse("not json")).hasMessageStartingWith("it is not JSON");
    String unknown = MixManifestParser.toJson(MANIFEST).replace("target-real-share", "replace");
    assertThatThrownBy(() -> MixManifestParser.parse(unknown)).hasMessage("unknown policy 'replace'");
  }

  @Test
  void theCardCountsBySourceDepthAndGroupAndCarriesTheManifest() {
    String json = MixManifestParser.toJson(MANIFEST);
    CardFacts facts = new CardFacts(Map.of("m1", 10L), Map.of("paraphrase-v1", 10L), 30, 12,
        Map.of("quality", 18L), "No human review is recorded for these rows.", List.of("jsonl/: 1 file(s)"));

    String card = DatasetCard.render(MANIFEST, json, facts);

    assertThat(card).startsWith("# Training mix mix-1\n")
        .contains("20 rows: 10 real (50.0%), 10 synthetic (50.0%)")
        .contains("- policy: target-real-share, real share 0.5")
        .contains("per depth 10")
        .contains("| paraphrase | 1 | region=n | 12 | 10 |")
        .contains("### By depth\n\n| depth | rows |\n|---|---:|\n| 0 | 10 |\n| 1 | 10 |")
        .contains("| m1 | 10 |").contains("| paraphrase-v1 | 10 |")
        .contains("12 of 30 curated rows were kept (40.0%)").contains("| quality | 18 |")
        .contains("No human review is recorded").contains("- jsonl/: 1 file(s)")
        .contains("```json\n" + json.strip() + "\n```");
  }
}
