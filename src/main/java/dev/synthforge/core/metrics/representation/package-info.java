/**
 * Representation of attribute groups (shares, representation ratios, coverage, smoothed
 * divergences) and quota planning for stratified generation, from group counts.
 */
package dev.synthforge.core.metrics.representation;
