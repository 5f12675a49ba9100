package dev.synthforge.config;

/**
 * Price of an endpoint's tokens in USD per million.
 *
 * @param promptPerMillion USD per million prompt tokens
 * @param completionPerMillion USD per million completion tokens
 */
public record PriceConfig(double promptPerMillion, double completionPerMillion) {

  /** Tokens for free, as on the built-in endpoint or a self-hosted server. */
  public static PriceConfig free() {
    return new PriceConfig(0, 0);
  }

  /** The cost in USD of a request that used these tokens. */
  public double cost(long promptTokens, long completionTokens) {
    return (promptTokens * promptPerMillion + completionTokens * completionPerMillion)
        / 1_000_000.0;
  }
}
