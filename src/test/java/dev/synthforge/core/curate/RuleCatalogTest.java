package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleCatalogTest {

  @Test
  void listsEveryRuleInOrder() {
    assertThat(RuleCatalog.names()).containsExactly("exact-dedup", "near-dup", "semantic-dedup",
        "seed-dedup", "quality", "refusal", "truncation", "schema", "pii", "decontamination",
        "novelty", "judge");
    assertThat(RuleCatalog.rules()).allSatisfy(rule -> assertThat(rule.description()).isNotBlank());
  }

  @Test
  void looksUpByExactName() {
    assertThat(RuleCatalog.lookup("quality").scope()).isEqualTo(RuleScope.ROW);
    assertThat(RuleCatalog.lookup("near-dup").scope()).isEqualTo(RuleScope.SET);
    assertThat(RuleCatalog.lookup("decontamination").scope()).isEqualTo(RuleScope.REFERENCE);
    assertThat(RuleCatalog.lookup("judge").scope()).isEqualTo(RuleScope.MODEL);
  }

  @Test
  void unknownNameGetsASuggestion() {
    assertThatThrownBy(() -> RuleCatalog.lookup("qualty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown curation rule 'qualty'; did you mean 'quality'?");
    assertThatThrownBy(() -> RuleCatalog.lookup("near_dup"))
        .hasMessage("Unknown curation rule 'near_dup'; did you mean 'near-dup'?");
    assertThatThrownBy(() -> RuleCatalog.lookup("Quality"))
        .hasMessage("Unknown curation rule 'Quality'; did you mean 'quality'?");
  }

  @Test
  void farOffNameListsTheKnownNames() {
    assertThatThrownBy(() -> RuleCatalog.lookup("sentiment"))
        .hasMessage("Unknown curation rule 'sentiment'; expected one of: exact-dedup, near-dup,"
            + " semantic-dedup, seed-dedup, quality, refusal, truncation, schema, pii,"
            + " decontamination, novelty, judge");
  }

  @Test
  void rowRulesUseTheirCatalogNames() {
    assertThat(new QualityRule().name()).isEqualTo(RuleCatalog.QUALITY);
    assertThat(new RefusalRule().name()).isEqualTo(RuleCatalog.REFUSAL);
    assertThat(new TruncationRule().name()).isEqualTo(RuleCatalog.TRUNCATION);
    assertThat(new SchemaRule().name()).isEqualTo(RuleCatalog.SCHEMA);
    assertThat(new PiiRule().name()).isEqualTo(RuleCatalog.PII);
    assertThat(JudgeRule.defaults().name()).isEqualTo(RuleCatalog.JUDGE);
    assertThat(SeedCopyRule.builder(MinHasher.defaults()).build().name())
        .isEqualTo(RuleCatalog.SEED_DEDUP);
    ContaminationIndex empty = ContaminationIndex.builder(NgramOverlap.defaults()).build();
    assertThat(new DecontaminationRule(empty).name()).isEqualTo(RuleCatalog.DECONTAMINATION);
  }
}
