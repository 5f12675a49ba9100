package dev.synthforge.core.mix;

/** The JSONL line shapes a mix is exported in for fine-tuning. */
public enum ExportShape {
  /** {@code {"messages": [{"role": "user", ...}, {"role": "assistant", ...}]}}. */
  CHAT,
  /** {@code {"prompt": ..., "completion": ...}}. */
  PROMPT_COMPLETION,
  /** {@code {"text": ...}}, for language-model training on plain text. */
  TEXT
}
