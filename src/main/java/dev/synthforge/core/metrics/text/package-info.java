/**
 * Text diversity metrics over word n-grams ({@link dev.synthforge.core.lm.WordTokenizer} tokens):
 * distinct-n, entropy, Jensen-Shannon divergence, support, singleton ratio and tail recall (exact
 * from {@link dev.synthforge.core.metrics.text.NgramCounts}), comparisons at an equal token
 * budget, and the sampled metrics Self-BLEU and compression ratio.
 */
package dev.synthforge.core.metrics.text;
