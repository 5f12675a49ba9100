package dev.synthforge.core.curate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the score from a judge model's structured answer, shaped as {@link
 * JudgeRubric#responseSchemaJson()} says. Tolerant where models commonly stray and the meaning
 * is still clear: a JSON object in a Markdown code fence, a whole number written as a string
 * ({@code "4"}) or with a zero fraction ({@code 4.0}), a missing or non-string rationale (read as
 * empty). Anything else is {@link JudgeReading.Invalid} with a reason code.
 */
public final class JudgeScoreParser implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FENCE =
      Pattern.compile("^```[a-zA-Z]*\\s*\\n(.*)\\n\\s*```$", Pattern.DOTALL);

  public static final String NOT_JSON = "judge_output_not_json";
  public static final String SCORE_MISSING = "score_missing";
  public static final String SCORE_NOT_INTEGER = "score_not_integer";
  public static final String SCORE_OUT_OF_RANGE = "score_out_of_range";

  private final ScoreRange range;

  public JudgeScoreParser(ScoreRange range) {
    this.range = Objects.requireNonNull(range, "range");
  }

  public ScoreRange range() {
    return range;
  }

  /** Every reason code {@link #parse} may give. */
  public static Set<String> reasonCodes() {
    return Set.of(NOT_JSON, SCORE_MISSING, SCORE_NOT_INTEGER, SCORE_OUT_OF_RANGE);
  }

  /** Reads one answer. */
  public JudgeReading parse(String output) {
    String text = Objects.requireNonNull(output, "output").strip();
    Matcher fence = FENCE.matcher(text);
    if (fence.matches()) {
      text = fence.group(1).strip();
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new JudgeReading.Invalid(NOT_JSON, "not valid JSON: " + e.getOriginalMessage());
    }
    if (answer == null || !answer.isObject()) {
      return new JudgeReading.Invalid(NOT_JSON, "expected a JSON object, got: " + abbreviate(text));
    }
    JsonNode score = answer.get("score");
    if (score == null || score.isNull()) {
      return new JudgeReading.Invalid(SCORE_MISSING, "no 'score' in: " + abbreviate(text));
    }
    BigDecimal value = number(score);
    if (value == null || value.stripTrailingZeros().scale() > 0) {
      return new JudgeReading.Invalid(SCORE_NOT_INTEGER, "score " + score + " is not an integer");
    }
    if (value.compareTo(BigDecimal.valueOf(range.minimum())) < 0
        || value.compareTo(BigDecimal.valueOf(range.maximum())) > 0) {
      return new JudgeReading.Invalid(
          SCORE_OUT_OF_RANGE, "score " + score + " is outside " + range);
    }
    JsonNode rationale = answer.get("rationale");
    return new JudgeReading.Scored(value.intValueExact(),
        rationale != null && rationale.isTextual() ? rationale.textValue() : "");
  }

  /** The number a score node holds, as a number or a numeric string; null for anything else. */
  private static BigDecimal number(JsonNode score) {
    if (score.isNumber()) {
      return score.decimalValue();
    }
    if (score.isTextual()) {
      try {
        return new BigDecimal(score.textValue().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
