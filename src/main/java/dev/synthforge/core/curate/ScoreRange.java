package dev.synthforge.core.curate;

import java.io.Serializable;

/**
 * The integer scores a judge may give, both ends included.
 *
 * @param minimum the worst score
 * @param maximum the best score, above {@code minimum}
 */
public record ScoreRange(int minimum, int maximum) implements Serializable {

  private static final long serialVersionUID = 1L;

  public ScoreRange {
    if (maximum <= minimum) {
      throw new IllegalArgumentException("Cannot create score range: maximum must be above"
          + " minimum, got " + minimum + ".." + maximum);
    }
  }

  /** 1 to 5, as UltraFeedback's aspects are scored (REFERENCES.md, "LLM-as-judge"). */
  public static ScoreRange defaults() {
    return new ScoreRange(1, 5);
  }

  /** Whether {@code score} is in the range. */
  public boolean contains(long score) {
    return score >= minimum && score <= maximum;
  }

  @Override
  public String toString() {
    return minimum + ".." + maximum;
  }
}
