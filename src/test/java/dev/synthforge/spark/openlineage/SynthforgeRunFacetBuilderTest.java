package dev.synthforge.spark.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.spark.RunTags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.scheduler.JobSucceeded$;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/** Where the facet's values come from, without Spark running: the events Spark records. */
class SynthforgeRunFacetBuilderTest {
  private static final Map<String, String> TAGS = Map.of(RunTags.RUN_ID, "generate-1", RunTags.JOB, "generate",
      RunTags.TASK, "paraphrase", RunTags.MODELS, "a-model,b-model", RunTags.TEMPLATE_HASH, "abc123");

  private static Map<String, Object> facets(SynthforgeRunFacetBuilder builder, SparkListenerEvent event) {
    Map<String, Object> facets = new HashMap<>();
    builder.accept(event, facets::put);
    return facets;
  }

  private static SparkListenerSQLExecutionStart queryStart(Map<String, String> settings) {
    return new SparkListenerSQLExecutionStart(1L, Option.empty(), "merge", "", "", null, 0L,
        scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(settings)),
        scala.collection.immutable.Set$.MODULE$.<String>empty(), Option.empty());
  }

  @Test
  void theSettingsAQueryStartedWithNameTheRunForItsLaterEventsToo() {
    // No OpenLineage context: reading the session's current settings would fail, and is not needed.
    SynthforgeRunFacetBuilder builder = new SynthforgeRunFacetBuilder(null);
    Map<String, String> settings = new HashMap<>(TAGS);
    settings.put("spark.sql.shuffle.partitions", "8");

    SynthforgeRunFacet atStart = (SynthforgeRunFacet) facets(builder, queryStart(settings)).get(SynthforgeRunFacet.NAME);
    assertThat(atStart.getRunId()).isEqualTo("generate-1");
    assertThat(atStart.getJob()).isEqualTo("generate");
    assertThat(atStart.getTask()).isEqualTo("paraphrase");
    assertThat(atStart.getModels()).containsExactly("a-model", "b-model");
    assertThat(atStart.getTemplateHash()).isEqualTo("abc123");

    SynthforgeRunFacet atEnd = (SynthforgeRunFacet) facets(builder, new SparkListenerJobEnd(3, 0L, JobSucceeded$.MODULE$))
        .get(SynthforgeRunFacet.NAME);
    assertThat(atEnd.getRunId()).isEqualTo("generate-1");
    assertThat(atEnd.getModels()).containsExactly("a-model", "b-model");
  }

  @Test
  void aRedactedValueIsLeftOutNotReportedAsTheRedactionText() {
    Map<String, String> settings = new HashMap<>(TAGS);
    // A task name matching spark.redaction.regex: Spark hands listeners the redaction text.
    settings.put(RunTags.TASK, "*********(redacted)");

    SynthforgeRunFacet facet = (SynthforgeRunFacet) facets(new SynthforgeRunFacetBuilder(null), queryStart(settings))
        .get(SynthforgeRunFacet.NAME);
    assertThat(facet.getRunId()).isEqualTo("generate-1");
    assertThat(facet.getTask()).isNull();
    assertThat(facet.getTemplateHash()).isEqualTo("abc123");
  }

  @Test
  void aJobsPropertiesNameTheRun() {
    Properties properties = new Properties();
    properties.setProperty(RunTags.RUN_ID, "curate-2");
    properties.setProperty(RunTags.JOB, "curate");
    SparkListenerJobStart start = new SparkListenerJobStart(4, 0L,
        CollectionConverters.asScala(List.<org.apache.spark.scheduler.StageInfo>of()).toList(), properties);

    SynthforgeRunFacet facet = (SynthforgeRunFacet) facets(new SynthforgeRunFacetBuilder(null), start)
        .get(SynthforgeRunFacet.NAME);
    assertThat(facet.getRunId()).isEqualTo("curate-2");
    assertThat(facet.getJob()).isEqualTo("curate");
    assertThat(facet.getModels()).isNull();
    assertThat(facet.getTemplateHash()).isNull();
  }

  @Test
  void withoutARunTheFacetIsLeftOutAndNothingThrows() {
    SynthforgeRunFacetBuilder builder = new SynthforgeRunFacetBuilder(null);
    assertThat(facets(builder, queryStart(Map.of("spark.sql.shuffle.partitions", "8")))).isEmpty();
    assertThat(facets(builder, new SparkListenerJobEnd(3, 0L, JobSucceeded$.MODULE$))).isEmpty();
  }
}
