package dev.synthforge.core.endpoint;

/** How many requests an endpoint gets in flight. */
public enum ConcurrencyMode {
  /**
   * Start low, grow while latency holds, back off on 429s, overload answers and latency
   * inflation (vLLM queues instead of answering 429); never above max-concurrency.
   */
  ADAPTIVE,
  /** Always max-concurrency. */
  FIXED
}
