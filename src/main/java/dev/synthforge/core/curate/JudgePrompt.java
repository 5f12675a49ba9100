package dev.synthforge.core.curate;

import java.util.Objects;
import java.util.Optional;

/**
 * The instruction and response of a judge prompt that {@link JudgeRubric#render} made, read back
 * from the prompt's text, for a judge that grades them by rule rather than by model.
 *
 * <p>The response is the text between {@code "Response:\n<<<\n"} and the last {@code "\n>>>"};
 * the instruction the text between {@code "Instruction:\n<<<\n"} and the response block, or empty
 * when the prompt has no instruction block. Both are inserted literally, so reading back is exact
 * unless the instruction itself holds the line sequence that ends it.
 *
 * @param instruction the instruction the response answers; empty when the prompt has none
 * @param response the response to grade
 */
public record JudgePrompt(String instruction, String response) {

  private static final String INSTRUCTION_OPEN = "Instruction:\n<<<\n";
  private static final String RESPONSE_OPEN = "Response:\n<<<\n";
  private static final String CLOSE = "\n>>>";
  /** What lies between the instruction and the response. */
  private static final String BETWEEN = CLOSE + "\n\n" + RESPONSE_OPEN;

  public JudgePrompt {
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(response, "response");
  }

  /** The instruction and response of {@code prompt}; empty when it has no response block. */
  public static Optional<JudgePrompt> read(String prompt) {
    Objects.requireNonNull(prompt, "prompt");
    String instruction = "";
    int responseStart;
    int instructionStart = prompt.indexOf(INSTRUCTION_OPEN);
    int instructionEnd = instructionStart < 0
        ? -1 : prompt.indexOf(BETWEEN, instructionStart + INSTRUCTION_OPEN.length());
    if (instructionEnd >= 0) {
      instruction = prompt.substring(instructionStart + INSTRUCTION_OPEN.length(), instructionEnd);
      responseStart = instructionEnd + BETWEEN.length();
    } else {
      int responseOpen = prompt.indexOf(RESPONSE_OPEN);
      if (responseOpen < 0) {
        return Optional.empty();
      }
      responseStart = responseOpen + RESPONSE_OPEN.length();
    }
    int responseEnd = prompt.lastIndexOf(CLOSE);
    if (responseEnd < responseStart) {
      return Optional.empty();
    }
    return Optional.of(new JudgePrompt(instruction, prompt.substring(responseStart, responseEnd)));
  }
}
