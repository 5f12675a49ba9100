package dev.synthforge.spark.openlineage;

import io.openlineage.client.OpenLineage.RunFacet;
import io.openlineage.spark.api.CustomFacetBuilder;
import io.openlineage.spark.api.OpenLineageContext;
import io.openlineage.spark.api.OpenLineageEventHandlerFactory;
import java.util.Collection;
import java.util.List;

/**
 * Registered in {@code META-INF/services/io.openlineage.spark.api.OpenLineageEventHandlerFactory}:
 * the OpenLineage listener asks it for extra builders for every execution it reports on.
 */
public final class SynthforgeEventHandlerFactory implements OpenLineageEventHandlerFactory {
  @Override
  public Collection<CustomFacetBuilder<?, ? extends RunFacet>> createRunFacetBuilders(OpenLineageContext context) {
    return List.of(new SynthforgeRunFacetBuilder(context));
  }
}
