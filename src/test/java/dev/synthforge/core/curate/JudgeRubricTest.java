package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.schema.JsonSchema;
import org.junit.jupiter.api.Test;

class JudgeRubricTest {

  private static final JudgeRubric RUBRIC =
      new JudgeRubric("  Is the answer correct and complete?  ", ScoreRange.defaults());

  @Test
  void rendersRubricInstructionResponseAndRange() {
    String prompt = RUBRIC.render("What is 2 + 2?", "4");

    assertThat(prompt).startsWith("You are grading one response to an instruction.\n\nRubric:\n"
        + "Is the answer correct and complete?\n\nInstruction:\n<<<\nWhat is 2 + 2?\n>>>\n\n"
        + "Response:\n<<<\n4\n>>>\n\n");
    assertThat(prompt).contains("from 1 (worst) to 5 (best)")
        .contains("{\"score\": <integer from 1 to 5>, \"rationale\": \"<one or two sentences>\"}")
        .contains("not length");
  }

  @Test
  void insertsInstructionAndResponseLiterally() {
    String prompt = RUBRIC.render("Repeat {{rubric}} please", "{{instruction}} 😀");

    assertThat(prompt).contains("Repeat {{rubric}} please").contains("{{instruction}} 😀");
  }

  @Test
  void hashChangesWithRubricAndRange() {
    assertThat(RUBRIC.hash()).hasSize(64)
        .isEqualTo(new JudgeRubric("Is the answer correct and complete?", ScoreRange.defaults())
            .hash());
    assertThat(new JudgeRubric("Is it kind?", ScoreRange.defaults()).hash())
        .isNotEqualTo(RUBRIC.hash());
    assertThat(new JudgeRubric(RUBRIC.rubric(), new ScoreRange(0, 10)).hash())
        .isNotEqualTo(RUBRIC.hash());
  }

  @Test
  void responseSchemaRequiresAnIntegerScoreInRangeAndARationale() {
    JsonSchema schema = new JudgeRubric("r", new ScoreRange(0, 10)).responseSchema();

    assertThat(schema.validate("{\"score\": 7, \"rationale\": \"ok\"}").valid()).isTrue();
    assertThat(schema.validate("{\"score\": 11, \"rationale\": \"ok\"}").valid()).isFalse();
    assertThat(schema.validate("{\"score\": 7.5, \"rationale\": \"ok\"}").valid()).isFalse();
    assertThat(schema.validate("{\"score\": 7}").valid()).isFalse();
    assertThat(schema.validate("{\"score\": 7, \"rationale\": \"ok\", \"x\": 1}").valid())
        .isFalse();
  }

  @Test
  void rejectsBlankRubricAndEmptyRange() {
    assertThatThrownBy(() -> new JudgeRubric(" \n", ScoreRange.defaults()))
        .hasMessage("Cannot create judge rubric: the rubric text is blank");
    assertThatThrownBy(() -> new ScoreRange(5, 5))
        .hasMessage("Cannot create score range: maximum must be above minimum, got 5..5");
  }
}
