package dev.synthforge.core.generation;

/** Which OpenAI-compatible route a task calls. */
public enum TaskApi {
  /** {@code /chat/completions} with system and user messages. */
  CHAT,
  /** {@code /completions} with a plain prompt. */
  COMPLETIONS
}
