package dev.synthforge.spark.openlineage;

import dev.synthforge.core.CodeVersion;
import io.openlineage.client.OpenLineage;
import java.net.URI;
import java.util.List;

/**
 * The {@code synthforge_run} run facet: which synthforge run made the event's query, and with
 * what. The same values are in every row the run writes ({@code run_id}, {@code job},
 * {@code task_name}, {@code model_requested}, {@code template_hash}, {@code code_version}), so an
 * event leads to its rows and a row to its events. Fields a job does not have are left out.
 */
public final class SynthforgeRunFacet extends OpenLineage.DefaultRunFacet {
  /** The facet's key among the run facets. */
  public static final String NAME = "synthforge_run";
  static final URI PRODUCER = URI.create("urn:synthforge:" + CodeVersion.current());

  private final String runId;
  private final String job;
  private final String task;
  private final List<String> models;
  private final String templateHash;
  private final String codeVersion;

  SynthforgeRunFacet(String runId, String job, String task, List<String> models, String templateHash) {
    super(PRODUCER);
    this.runId = runId;
    this.job = job;
    this.task = task;
    this.models = models;
    this.templateHash = templateHash;
    this.codeVersion = CodeVersion.current();
  }

  public String getRunId() {
    return runId;
  }

  public String getJob() {
    return job;
  }

  public String getTask() {
    return task;
  }

  /** The models of the run's endpoints, sorted; null for jobs that call none. */
  public List<String> getModels() {
    return models;
  }

  public String getTemplateHash() {
    return templateHash;
  }

  public String getCodeVersion() {
    return codeVersion;
  }
}
