package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JudgeScoreParserTest {

  private static final JudgeScoreParser PARSER = new JudgeScoreParser(ScoreRange.defaults());

  private static String reason(String output) {
    return ((JudgeReading.Invalid) PARSER.parse(output)).reason();
  }

  @Test
  void readsScoreAndRationale() {
    assertThat(PARSER.parse("{\"score\": 4, \"rationale\": \"Accurate and concise.\"}"))
        .isEqualTo(new JudgeReading.Scored(4, "Accurate and concise."));
  }

  @Test
  void toleratesCommonDeviations() {
    assertThat(PARSER.parse("{\"score\": \"4\"}")).isEqualTo(new JudgeReading.Scored(4, ""));
    assertThat(PARSER.parse("{\"score\": \" 5 \", \"rationale\": 3}"))
        .isEqualTo(new JudgeReading.Scored(5, ""));
    assertThat(PARSER.parse("{\"score\": 4.0, \"rationale\": \"ok\"}"))
        .isEqualTo(new JudgeReading.Scored(4, "ok"));
    assertThat(PARSER.parse("```json\n{\"score\": 2, \"rationale\": \"thin\"}\n```"))
        .isEqualTo(new JudgeReading.Scored(2, "thin"));
    assertThat(PARSER.parse("  {\"rationale\": \"fine\", \"score\": 1}\n"))
        .isEqualTo(new JudgeReading.Scored(1, "fine"));
  }

  @Test
  void rangeEndsAreIncludedAndOutsideIsInvalid() {
    assertThat(PARSER.parse("{\"score\": 1}")).isInstanceOf(JudgeReading.Scored.class);
    assertThat(PARSER.parse("{\"score\": 5}")).isInstanceOf(JudgeReading.Scored.class);
    assertThat(PARSER.parse("{\"score\": 6}"))
        .isEqualTo(new JudgeReading.Invalid("score_out_of_range", "score 6 is outside 1..5"));
    assertThat(reason("{\"score\": 0}")).isEqualTo("score_out_of_range");
    assertThat(reason("{\"score\": \"-3\"}")).isEqualTo("score_out_of_range");
    assertThat(reason("{\"score\": 1e300}")).isEqualTo("score_out_of_range");
  }

  @Test
  void configurableRange() {
    JudgeScoreParser zeroToTen = new JudgeScoreParser(new ScoreRange(0, 10));

    assertThat(zeroToTen.parse("{\"score\": 0}")).isEqualTo(new JudgeReading.Scored(0, ""));
    assertThat(zeroToTen.parse("{\"score\": 10}")).isEqualTo(new JudgeReading.Scored(10, ""));
  }

  @Test
  void nonIntegerScoresAreInvalid() {
    assertThat(PARSER.parse("{\"score\": 4.5}"))
        .isEqualTo(new JudgeReading.Invalid("score_not_integer", "score 4.5 is not an integer"));
    assertThat(reason("{\"score\": \"four\"}")).isEqualTo("score_not_integer");
    assertThat(reason("{\"score\": true}")).isEqualTo("score_not_integer");
    assertThat(reason("{\"score\": [4]}")).isEqualTo("score_not_integer");
  }

  @Test
  void missingScoreAndNonJsonAreInvalid() {
    assertThat(reason("{\"rationale\": \"no score\"}")).isEqualTo("score_missing");
    assertThat(reason("{\"score\": null}")).isEqualTo("score_missing");
    assertThat(reason("Score: 4")).isEqualTo("judge_output_not_json");
    assertThat(reason("[4]")).isEqualTo("judge_output_not_json");
    assertThat(reason("4")).isEqualTo("judge_output_not_json");
    assertThat(reason("")).isEqualTo("judge_output_not_json");
    assertThat(reason("{\"score\": 4")).isEqualTo("judge_output_not_json");
  }
}
