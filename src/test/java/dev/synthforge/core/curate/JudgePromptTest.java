package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgePromptTest {

  private static final JudgeRubric RUBRIC = new JudgeRubric("Is it helpful?", ScoreRange.defaults());

  @Test
  void readsBackWhatTheRubricRendered() {
    List<String[]> pairs = List.of(
        new String[] {"What is 2 + 2?", "4"},
        new String[] {"Summarize:\n\nline one\nline two", "Two lines.\n\n- one\n- two\n"},
        new String[] {"Quote >>> and <<< back", "Here:\n>>>\n<<<\n>>>"},
        new String[] {"Answer, please.", ""},
        new String[] {"", "An answer without an instruction."},
        new String[] {"Échos 😀 {{response}}", "  spaced  "});
    for (String[] pair : pairs) {
      assertThat(JudgePrompt.read(RUBRIC.render(pair[0], pair[1])))
          .hasValue(new JudgePrompt(pair[0], pair[1]));
    }
  }

  @Test
  void aPromptWithoutAResponseBlockIsNotAJudgePrompt() {
    assertThat(JudgePrompt.read("Paraphrase: the cat sat.")).isEmpty();
    assertThat(JudgePrompt.read("Response:\n<<<\nnever closed")).isEmpty();
    assertThat(JudgePrompt.read("")).isEmpty();
  }

  @Test
  void theInstructionBlockIsOptional() {
    assertThat(JudgePrompt.read("Grade this.\n\nResponse:\n<<<\nFine work.\n>>>\n"))
        .isEqualTo(Optional.of(new JudgePrompt("", "Fine work.")));
  }
}
