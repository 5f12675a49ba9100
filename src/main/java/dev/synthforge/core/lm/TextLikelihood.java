package dev.synthforge.core.lm;

/**
 * How likely an {@link NgramModel} finds a text: the log-probabilities of its known tokens and of
 * its end, each given the tokens before it, and of the same tokens by their frequency alone.
 *
 * @param scoredTokens tokens scored: the known tokens of the text, plus its end
 * @param unknownTokens tokens the model was never fitted on: they have no probability under the
 *     model, so they are counted, not scored, and no context reaches back past them
 * @param log2Probability the sum of the scored tokens' log-probabilities in context, in bits
 * @param log2UnigramProbability the same sum under the unigram distribution, which ignores order
 */
public record TextLikelihood(
    int scoredTokens, int unknownTokens, double log2Probability, double log2UnigramProbability) {

  public TextLikelihood {
    if (scoredTokens < 1 || unknownTokens < 0) {
      throw new IllegalArgumentException("Cannot create text likelihood: scoredTokens must be >= 1"
          + " and unknownTokens >= 0, got " + scoredTokens + " and " + unknownTokens);
    }
    if (!(log2Probability <= 0 && log2UnigramProbability <= 0)) {
      throw new IllegalArgumentException("Cannot create text likelihood: log-probabilities must be"
          + " <= 0, got " + log2Probability + " and " + log2UnigramProbability);
    }
  }

  /** Tokens of the text, known and unknown, without its end. */
  public int textTokens() {
    return scoredTokens - 1 + unknownTokens;
  }

  /** Share of the text's tokens the model knows; 0 for a text without tokens. */
  public double knownTokenFraction() {
    return textTokens() == 0 ? 0 : (scoredTokens - 1) / (double) textTokens();
  }

  /** The cross-entropy of the scored tokens in bits per token: minus their mean log-probability. */
  public double bitsPerToken() {
    return -log2Probability / scoredTokens;
  }

  /**
   * Bits per scored token that the context saves over word frequencies alone: positive where
   * the tokens come in an order the model has seen, negative for known words in an order it has
   * not (a shuffled text), about 0 where the context tells nothing.
   */
  public double contextGainBitsPerToken() {
    return (log2Probability - log2UnigramProbability) / scoredTokens;
  }
}
