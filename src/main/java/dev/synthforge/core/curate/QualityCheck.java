package dev.synthforge.core.curate;

/**
 * One check of the {@link QualityRule}, with the reason code a rejection by it records. Checks run
 * in declaration order; a rejection names the first that failed.
 */
public enum QualityCheck {
  TOO_FEW_WORDS("too_few_words"),
  TOO_MANY_WORDS("too_many_words"),
  MEAN_WORD_LENGTH_TOO_SHORT("mean_word_length_too_short"),
  MEAN_WORD_LENGTH_TOO_LONG("mean_word_length_too_long"),
  TOO_MANY_SYMBOLS("too_many_symbols"),
  TOO_FEW_ALPHABETIC_WORDS("too_few_alphabetic_words"),
  TOO_FEW_STOP_WORDS("too_few_stop_words"),
  TOO_MANY_BULLET_LINES("too_many_bullet_lines"),
  TOO_MANY_ELLIPSIS_LINES("too_many_ellipsis_lines"),
  DUPLICATE_LINES("duplicate_lines"),
  DUPLICATE_LINE_CHARACTERS("duplicate_line_characters"),
  REPEATED_TOP_NGRAM("repeated_top_ngram"),
  DUPLICATE_NGRAMS("duplicate_ngrams"),
  LOREM_IPSUM("lorem_ipsum"),
  CURLY_BRACE("curly_brace");

  private final String reasonCode;

  QualityCheck(String reasonCode) {
    this.reasonCode = reasonCode;
  }

  /** The reason code recorded when this check rejects a row. */
  public String reasonCode() {
    return reasonCode;
  }
}
