package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedCopyRuleTest {

  private static final String SEED = "The kettle boils water in under two minutes and switches"
      + " itself off when the water is ready, which makes mornings much easier for everyone";

  private static final SeedCopyRule RULE = SeedCopyRule.builder(MinHasher.defaults())
      .add("seed-1", SEED).add("seed-2", "Short seed").add("seed-3", "short  SEED").build();

  private static Verdict judge(String text) {
    return RULE.evaluate(CurationInput.freeText(text, "stop"));
  }

  @Test
  void rejectsExactCopiesAfterNormalisation() {
    Verdict verdict = judge("  " + SEED.toUpperCase() + " ");

    assertThat(verdict.reason()).isEqualTo("seed_copy");
    assertThat(verdict.detail()).isEqualTo("same normalised text as seed seed-1");
    assertThat(judge("short seed").detail()).isEqualTo("same normalised text as seed seed-2");
  }

  @Test
  void rejectsNearCopies() {
    Verdict verdict = judge(SEED.replace("everyone", "all of us"));

    assertThat(verdict.reason()).isEqualTo("seed_near_copy");
    assertThat(verdict.detail()).startsWith("shares MinHash band ").endsWith(" with seed seed-1");
  }

  @Test
  void passesNewText() {
    assertThat(judge("A kettle review: it is loud, slow and leaks from the lid.").passed())
        .isTrue();
    assertThat(judge("").passed()).isTrue();
    assertThat(RULE.name()).isEqualTo("seed-dedup");
  }
}
