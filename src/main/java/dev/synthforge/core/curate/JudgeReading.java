package dev.synthforge.core.curate;

import java.util.Objects;

/** What a judge model's answer says: a score in range, or why no score could be read. */
public sealed interface JudgeReading {

  /**
   * A score the judge gave.
   *
   * @param score an integer in the rubric's range
   * @param rationale the judge's reason; empty when it gave none
   */
  record Scored(int score, String rationale) implements JudgeReading {
    public Scored {
      Objects.requireNonNull(rationale, "rationale");
    }
  }

  /**
   * An answer without a usable score.
   *
   * @param reason a reason code such as {@code score_out_of_range}
   * @param detail what the answer held instead
   */
  record Invalid(String reason, String detail) implements JudgeReading {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
