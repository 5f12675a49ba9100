package dev.synthforge.core.curate;

import dev.synthforge.core.Hashes;
import dev.synthforge.core.prompt.PromptTemplate;
import dev.synthforge.core.schema.JsonSchema;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A rubric for LLM-as-judge scoring: renders the judge prompt for one (instruction, response)
 * pair, and states the JSON the judge must answer with, {@code {"score": <integer in range>,
 * "rationale": <string>}}, to be asked for as structured output. The prompt tells the judge to
 * disregard length, a known judge bias. Instruction and response are inserted literally, never
 * read as template text. {@link #hash()} identifies everything that shapes the prompt, for lineage.
 * {@link JudgePrompt#read} reads the instruction and response back out of a rendered prompt.
 */
public final class JudgeRubric implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = """
      You are grading one response to an instruction.

      Rubric:
      {{rubric}}

      Instruction:
      <<<
      {{instruction}}
      >>>

      Response:
      <<<
      {{response}}
      >>>

      Score the response by the rubric, from {{minimum}} (worst) to {{maximum}} (best). \
      Judge content, not length: a longer response is not better for being longer. \
      Answer with JSON only: {"score": <integer from {{minimum}} to {{maximum}}>, \
      "rationale": "<one or two sentences>"}.
      """;

  private static final PromptTemplate PROMPT = PromptTemplate.parse(TEMPLATE);

  private final String rubric;
  private final ScoreRange range;

  public JudgeRubric(String rubric, ScoreRange range) {
    this.rubric = Objects.requireNonNull(rubric, "rubric").strip();
    this.range = Objects.requireNonNull(range, "range");
    if (this.rubric.isEmpty()) {
      throw new IllegalArgumentException("Cannot create judge rubric: the rubric text is blank");
    }
  }

  public String rubric() {
    return rubric;
  }

  public ScoreRange range() {
    return range;
  }

  /**
   * The prompt template, with the placeholders {@code rubric}, {@code instruction}, {@code
   * response}, {@code minimum} and {@code maximum}: a job that renders judge prompts row by row
   * passes each as a column, so that no value is ever read as template text.
   */
  public static String template() {
    return TEMPLATE;
  }

  /** The judge prompt for one instruction and the response to it. */
  public String render(String instruction, String response) {
    Map<String, String> values = Map.of("rubric", rubric,
        "instruction", Objects.requireNonNull(instruction, "instruction"),
        "response", Objects.requireNonNull(response, "response"),
        "minimum", Integer.toString(range.minimum()),
        "maximum", Integer.toString(range.maximum()));
    return PROMPT.render(values::get).text();
  }

  /** SHA-256 of the prompt template, the rubric and the score range, as 64 hex digits. */
  public String hash() {
    return Hashes.sha256OfFields(TEMPLATE, rubric, Integer.toString(range.minimum()),
        Integer.toString(range.maximum()));
  }

  /** The JSON schema of the judge's answer. */
  public String responseSchemaJson() {
    return """
        {"type": "object", "properties": {\
        "score": {"type": "integer", "minimum": %d, "maximum": %d}, \
        "rationale": {"type": "string"}}, \
        "required": ["score", "rationale"], "additionalProperties": false}"""
        .formatted(range.minimum(), range.maximum());
  }

  /** {@link #responseSchemaJson()}, parsed. */
  public JsonSchema responseSchema() {
    return JsonSchema.parse(responseSchemaJson());
  }
}
