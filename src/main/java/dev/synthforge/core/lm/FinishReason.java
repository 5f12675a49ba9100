package dev.synthforge.core.lm;

/** Why a sampled text ended, named as the OpenAI API names it. */
public enum FinishReason {
  /** The model ended the text, or a stop sequence was reached. */
  STOP("stop"),
  /** The text reached the maximum number of tokens. */
  LENGTH("length");

  private final String apiName;

  FinishReason(String apiName) {
    this.apiName = apiName;
  }

  /** The value of {@code finish_reason} in an OpenAI-compatible response. */
  public String apiName() {
    return apiName;
  }
}
