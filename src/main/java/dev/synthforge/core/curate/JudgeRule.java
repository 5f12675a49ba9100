package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a judge model's answer for a row into the row's {@code judge} verdict: rejected when the
 * score is below {@link #minimumScore()} or the answer has no usable score; the verdict's score is
 * the judge's. The judge call itself goes through the generation fan-out, with a prompt from
 * {@link JudgeRubric}.
 */
public final class JudgeRule implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String SCORE_TOO_LOW = "judge_score_too_low";
  /** The judge call failed (after its retries); the next curate run asks again. */
  public static final String UNAVAILABLE = "judge_unavailable";

  private final JudgeScoreParser parser;
  private final int minimumScore;

  /**
   * @param minimumScore the lowest score kept, within the parser's range
   */
  public JudgeRule(JudgeScoreParser parser, int minimumScore) {
    this.parser = Objects.requireNonNull(parser, "parser");
    if (!parser.range().contains(minimumScore)) {
      throw new IllegalArgumentException("Cannot create judge rule: minimum score "
          + minimumScore + " is outside " + parser.range());
    }
    this.minimumScore = minimumScore;
  }

  /**
   * Scores 1 to 5, keeping 4 and 5. AlpaGasus kept scores of at least 4.5 of 5 in half steps;
   * on an integer scale the nearest cut that is not stricter is 4 (REFERENCES.md, "LLM-as-judge";
   * calibrate on a small human-labelled sample).
   */
  public static JudgeRule defaults() {
    return new JudgeRule(new JudgeScoreParser(ScoreRange.defaults()), 4);
  }

  public int minimumScore() {
    return minimumScore;
  }

  public String name() {
    return RuleCatalog.JUDGE;
  }

  /** Every reason code this rule may give a rejection. */
  public Set<String> reasonCodes() {
    Set<String> codes = new HashSet<>(JudgeScoreParser.reasonCodes());
    codes.add(SCORE_TOO_LOW);
    codes.add(UNAVAILABLE);
    return Set.copyOf(codes);
  }

  /**
   * The verdict for a row the judge did not answer: not kept, since it was not judged, and judged
   * again by the next run.
   */
  public Verdict unavailable(String detail) {
    return Verdict.reject(name(), UNAVAILABLE, detail);
  }

  /** The verdict for one row, given the judge's answer. */
  public Verdict evaluate(String judgeOutput) {
    JudgeReading reading = parser.parse(judgeOutput);
    if (reading instanceof JudgeReading.Invalid invalid) {
      return Verdict.reject(name(), invalid.reason(), invalid.detail());
    }
    JudgeReading.Scored scored = (JudgeReading.Scored) reading;
    if (scored.score() < minimumScore) {
      return Verdict.reject(name(), SCORE_TOO_LOW, scored.score(),
          "score " + scored.score() + " < " + minimumScore + ": " + scored.rationale());
    }
    return Verdict.pass(name(), scored.score(), scored.rationale());
  }
}
