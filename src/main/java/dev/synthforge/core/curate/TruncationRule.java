package dev.synthforge.core.curate;

import java.util.Locale;
import java.util.Set;

/**
 * Rejects outputs that ended because they reached the token limit ({@code finish_reason} is
 * {@code length}, in any case): the text is cut off, and structured output cut off is invalid
 * JSON. A row without a recorded finish reason is {@link Verdict.Outcome#NOT_APPLICABLE not
 * applicable}.
 */
public final class TruncationRule implements RowRule {

  private static final long serialVersionUID = 1L;

  public static final String TRUNCATED = "truncated";

  @Override
  public String name() {
    return RuleCatalog.TRUNCATION;
  }

  @Override
  public Set<String> reasonCodes() {
    return Set.of(TRUNCATED);
  }

  @Override
  public Verdict evaluate(CurationInput input) {
    String finishReason = input.finishReason();
    if (finishReason == null || finishReason.isBlank()) {
      return Verdict.notApplicable(name(), "no finish reason recorded");
    }
    if (finishReason.strip().toLowerCase(Locale.ROOT).equals("length")) {
      return Verdict.reject(
          name(), TRUNCATED, "finish_reason is 'length': the output reached the token limit");
    }
    return Verdict.pass(name(), "finish_reason is '" + finishReason + "'");
  }
}
