package dev.synthforge.spark;

import dev.synthforge.core.lineage.PlannedSample;
import dev.synthforge.core.lineage.RunContext;
import dev.synthforge.core.lineage.SampleResult;
import java.sql.Date;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/** Builds rows of {@link TableSchemas#GENERATIONS} from a planned sample and its result. */
public final class GenerationRows {
  private GenerationRows() {}

  public static Row toRow(PlannedSample sample, SampleResult result, RunContext run, Timestamp createdAt) {
    var parameters = run.parameters();
    return RowFactory.create(
        sample.requestId(),
        sample.seedId(),
        sample.seedContentHash(),
        run.seedSource(),
        run.seedTableVersion(),
        CollectionConverters.asScala(sample.seedAttributes()),
        sample.sampleIndex(),
        run.taskName(),
        run.templateId(),
        run.templateHash(),
        run.systemPromptHash(),
        run.schemaHash(),
        sample.prompt(),
        run.api().name().toLowerCase(java.util.Locale.ROOT),
        parameters.temperature(),
        parameters.topP(),
        parameters.maxTokens(),
        CollectionConverters.asScala(parameters.stop()).toSeq(),
        parameters.seedForSample(sample.sampleIndex()),
        run.choicesPerCall(),
        result.succeeded() ? "succeeded" : "failed",
        result.text(),
        result.finishReason(),
        result.errorClass() == null ? null : result.errorClass().name(),
        result.httpStatus(),
        result.errorMessage(),
        result.endpointName(),
        result.endpointUrl(),
        result.modelRequested(),
        result.modelReported(),
        result.systemFingerprint(),
        result.promptTokens(),
        result.completionTokens(),
        result.latencyMillis(),
        result.attempts(),
        sample.generationDepth(),
        CollectionConverters.asScala(sample.parentIds()).toSeq(),
        run.runId(),
        Date.valueOf(run.runDate()),
        run.job(),
        run.configHash(),
        run.codeVersion(),
        run.schedulerRunId(),
        createdAt);
  }
}
