/**
 * Quality, diversity, representation and model-collapse metrics, and the quality gates on them:
 * pure Java, exact where the data allows, mergeable where the data is large.
 *
 * <p>Each metric that is an exact function of counts or sums comes as a small serializable
 * accumulator with {@code add} and {@code merge} (partial results from executors merge in any
 * order into the all-at-once result) and pure functions that compute the metric from it:
 *
 * <ul>
 *   <li>{@link dev.synthforge.core.metrics.FrequencyTable}: counts of keys (n-grams, groups);
 *       {@link dev.synthforge.core.metrics.CountMetrics} (distinct ratio, entropy, singleton
 *       ratio) and {@link dev.synthforge.core.metrics.Divergences} (Jensen-Shannon, KL) on it.
 *   <li>{@link dev.synthforge.core.metrics.text.NgramCounts} for n-gram metrics, tail recall
 *       included; {@link dev.synthforge.core.metrics.text.TokenBudgetSample} for the same metrics
 *       at an equal token budget (a deterministic, partition-independent sample).
 *   <li>{@link dev.synthforge.core.metrics.embedding.EmbeddingSum} for embedding dispersion and
 *       {@link dev.synthforge.core.metrics.embedding.GramMatrix} for the Vendi score.
 *   <li>{@link dev.synthforge.core.metrics.Histogram} for length and judge-score distributions
 *       (count, mean, min, max exact; quantiles exact on unit bins, else within a bin).
 * </ul>
 *
 * <p>Two metrics work on a sample the caller draws:
 * {@link dev.synthforge.core.metrics.text.SelfBleu} (1,000 to 5,000 texts) and
 * {@link dev.synthforge.core.metrics.text.CompressionRatio} (2 MB or more); compare them only at
 * equal sample sizes.
 *
 * <p>Conventions: logarithms are natural (nats); a metric of no data is 0 unless its Javadoc says
 * otherwise; depth 0 is the real data.
 */
package dev.synthforge.core.metrics;
