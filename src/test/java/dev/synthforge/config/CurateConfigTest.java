package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.curate.PiiMode;
import dev.synthforge.core.curate.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurateConfigTest {

  private static final String REST = "seeds: {path: s.jsonl}\ntask: {name: t, template: x}\n"
      + "endpoints: [{name: b, type: builtin}]\n";

  @TempDir Path folder;

  @Test
  void defaultsRunEveryRuleThatNeedsNothingMore() throws Exception {
    CurateConfig curate = ConfigLoader.load(write(REST)).curate();

    assertThat(curate.rules()).containsExactlyElementsOf(CurateDefaults.RULES)
        .doesNotContain(RuleCatalog.JUDGE, RuleCatalog.DECONTAMINATION);
    assertThat(curate.nearDup()).isEqualTo(new CurateConfig.NearDup(14, 8, 5));
    assertThat(curate.piiMode()).isEqualTo(PiiMode.FLAG);
    assertThat(curate.noveltyThreshold()).isEqualTo(0.7);
    assertThat(curate.judge()).isEmpty();
  }

  @Test
  void readsEverySetting() throws Exception {
    Files.writeString(folder.resolve("rubric.txt"), "Is it a faithful paraphrase?\n");
    CurateConfig curate = ConfigLoader.load(write(REST + """
        curate:
          rules: [quality, near-dup, decontamination, judge]
          max-text-chars: 500
          near-dup: {bands: 20, rows: 5, shingle-words: 3}
          semantic-dedup: {epsilon: 0.1, cluster-size: 50}
          quality: {min-words: 5, max-words: 60, stop-words: false}
          pii: {mode: mask}
          decontamination:
            eval-sets: [{path: eval.jsonl, id-column: id}]
            ngram-words: 8
          novelty: {threshold: 0.5}
          judge: {endpoint: b, rubric-file: rubric.txt, score-min: 0, score-max: 10, min-score: 6}
        """)).curate();

    assertThat(curate.rules()).containsExactly("quality", "near-dup", "decontamination", "judge");
    assertThat(curate.maxTextChars()).isEqualTo(500);
    assertThat(curate.nearDup()).isEqualTo(new CurateConfig.NearDup(20, 5, 3));
    assertThat(curate.semanticEpsilon()).isEqualTo(0.1);
    assertThat(curate.semanticClusterSize()).isEqualTo(50);
    assertThat(curate.minWords()).isEqualTo(5);
    assertThat(curate.maxWords()).isEqualTo(60);
    assertThat(curate.stopWords()).isFalse();
    assertThat(curate.piiMode()).isEqualTo(PiiMode.MASK);
    assertThat(curate.evalSets()).singleElement().satisfies(set -> {
      assertThat(set.path()).isEqualTo(folder.resolve("eval.jsonl").toString());
      assertThat(set.idColumn()).contains("id");
      assertThat(set.textColumn()).isEqualTo("text");
    });
    assertThat(curate.ngramWords()).isEqualTo(8);
    assertThat(curate.judge()).hasValue(
        new CurateConfig.Judge("b", "Is it a faithful paraphrase?", 0, 10, 6, 256, 0.0));
  }

  @Test
  void reportsUnknownRepeatedAndUnconfiguredRulesAtOnce() throws Exception {
    Path file = write(REST + """
        curate:
          rules: [qualty, near-dup, near-dup, judge, decontamination]
          judge: {endpoint: nowhere, min-score: 9}
        """);

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'curate.rules': 'qualty': unknown rule; did you mean 'quality'?")
        .hasMessageContaining("'curate.rules': 'near-dup': is listed twice")
        .hasMessageContaining("'curate.judge.min-score': '9': must be within [score-min, score-max] = [1, 5]")
        .hasMessageContaining("'curate.judge.endpoint': 'nowhere': is not one of the endpoints: [b]")
        .hasMessageContaining("Missing required key 'curate.judge.rubric'")
        .hasMessageContaining("Missing required key 'curate.decontamination.eval-sets'");
  }

  @Test
  void evalSetsWithoutTheRuleAreAMistake() throws Exception {
    Path file = write(REST + "curate:\n  rules: [quality]\n  decontamination: {eval-sets: [{path: e.jsonl}]}\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .hasMessageContaining("eval-sets is set but 'decontamination' is not listed");
  }

  @Test
  void unknownKeysOfARuleSectionAreFoundEvenWhenTheRuleIsOff() throws Exception {
    Path file = write(REST + "curate:\n  rules: [quality]\n  near-dup: {band: 3}\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .hasMessageContaining("Unknown key 'curate.near-dup.band'; did you mean 'bands'?");
  }

  private Path write(String yaml) throws Exception {
    Path file = folder.resolve("job.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
