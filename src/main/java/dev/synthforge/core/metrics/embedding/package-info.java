/**
 * Embedding diversity metrics, exact at any scale from mergeable accumulators: dispersion from a
 * running sum, and the Vendi score from the d x d Gram matrix with a pure-Java symmetric
 * eigenvalue solver.
 */
package dev.synthforge.core.metrics.embedding;
