package dev.synthforge.spark.openlineage;

import dev.synthforge.spark.RunTags;
import io.openlineage.spark.api.CustomFacetBuilder;
import io.openlineage.spark.api.OpenLineageContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Adds {@link SynthforgeRunFacet} to the events of executions that a synthforge run started.
 *
 * <p>The values come from the run's {@link RunTags}. The listener reads events after the fact, on
 * its own thread, while the job has gone on (and at its end cleared the tags), so the builder takes
 * them from what Spark recorded when the execution ran: the settings a SQL query started with and
 * the properties of each job it submitted. The OpenLineage listener makes one builder per
 * execution, so what the start of an execution carried also serves its later events (the end
 * event carries no settings). Only for an execution whose start it did not see does it fall back
 * to the session's current settings. It never throws: a facet it cannot build is left out.
 */
final class SynthforgeRunFacetBuilder extends CustomFacetBuilder<SparkListenerEvent, SynthforgeRunFacet> {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SynthforgeRunFacetBuilder.class);
  private final OpenLineageContext context;
  /** What Spark puts in place of a redacted setting. */
  private static final String REDACTED = "*********(redacted)";
  private volatile Map<String, String> seen = Map.of();

  SynthforgeRunFacetBuilder(OpenLineageContext context) {
    this.context = context;
  }

  @Override
  protected void build(SparkListenerEvent event, BiConsumer<String, ? super SynthforgeRunFacet> consumer) {
    try {
      Map<String, String> tags = recorded(event);
      if (tags.containsKey(RunTags.RUN_ID)) {
        seen = tags;
      } else if (seen.containsKey(RunTags.RUN_ID)) {
        tags = seen;
      } else {
        tags = current();
      }
      SynthforgeRunFacet facet = facet(tags);
      if (facet != null) {
        consumer.accept(SynthforgeRunFacet.NAME, facet);
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("no {} facet for {}", SynthforgeRunFacet.NAME, event.getClass().getSimpleName(), e);
    }
  }

  /** The facet for a set of tags, or null when they name no run. */
  static SynthforgeRunFacet facet(Map<String, String> tags) {
    String runId = tags.get(RunTags.RUN_ID);
    if (runId == null || runId.isEmpty()) {
      return null;
    }
    String models = tags.get(RunTags.MODELS);
    List<String> modelList = models == null || models.isEmpty() ? null : Arrays.asList(models.split(","));
    return new SynthforgeRunFacet(runId, tags.get(RunTags.JOB), tags.get(RunTags.TASK), modelList,
        tags.get(RunTags.TEMPLATE_HASH));
  }

  /** The tags Spark recorded with the event itself: none for most events. */
  private static Map<String, String> recorded(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start) {
      return tags(CollectionConverters.asJava(start.modifiedConfigs())::get);
    }
    if (event instanceof SparkListenerJobStart start && start.properties() != null) {
      return tags(start.properties()::getProperty);
    }
    return new HashMap<>();
  }

  /**
   * The run tags a lookup holds. A value Spark redacted (a task name matching
   * {@code spark.redaction.regex}, say) is left out of the facet rather than reported as the
   * redaction text.
   */
  private static Map<String, String> tags(java.util.function.Function<String, String> lookup) {
    Map<String, String> tags = new HashMap<>();
    for (String key : RunTags.KEYS) {
      String value = lookup.apply(key);
      if (value != null && !value.contains(REDACTED)) {
        tags.put(key, value);
      }
    }
    return tags;
  }

  private Map<String, String> current() {
    Map<String, String> tags = new HashMap<>();
    SparkSession session = context.getSparkSession().orElse(null);
    if (session == null) {
      return tags;
    }
    for (String key : RunTags.KEYS) {
      scala.Option<String> value = session.conf().getOption(key);
      if (value.isDefined()) {
        tags.put(key, value.get());
      }
    }
    return tags;
  }
}
