/**
 * The optional OpenLineage integration: a custom run facet, {@code synthforge_run}, that names the
 * synthforge run behind each lineage event. The only package compiled against
 * {@code io.openlineage:openlineage-spark}, which the job jar does not bundle: the OpenLineage
 * listener finds {@link dev.synthforge.spark.openlineage.SynthforgeEventHandlerFactory} through
 * its ServiceLoader when a cluster adds it, and nothing else loads these classes.
 */
package dev.synthforge.spark.openlineage;
