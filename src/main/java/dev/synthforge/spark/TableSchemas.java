package dev.synthforge.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The explicit schemas of synthforge's tables, with a comment on every column. */
public final class TableSchemas {
  private TableSchemas() {}

  private static final DataType STRING_LIST = DataTypes.createArrayType(StringType, true);
  private static final DataType STRING_MAP = DataTypes.createMapType(StringType, StringType, true);

  /** One row per generated sample (or recorded failure), keyed by request_id. */
  public static final StructType GENERATIONS = new StructType(new StructField[] {
      field("request_id", StringType, false, "Deterministic id of (seed, task, model pool, parameters, sample index); the row key"),
      field("seed_id", StringType, false, "Id of the seed row (its id column, or a hash of its content)"),
      field("seed_content_hash", StringType, false, "SHA-256 of the seed fields the request used"),
      field("seed_source", StringType, false, "Path or table the seeds were read from"),
      field("seed_table_version", LongType, true, "Delta version of the seed table, when the source is a Delta table"),
      field("seed_attributes", STRING_MAP, true, "Configured seed attributes (groups), as text"),
      field("sample_index", IntegerType, false, "Which sample of the seed, from 0"),
      field("task_name", StringType, false, "Task name from the job config"),
      field("template_id", StringType, false, "Prompt template id"),
      field("template_hash", StringType, false, "SHA-256 of the prompt template text"),
      field("system_prompt_hash", StringType, true, "SHA-256 of the system prompt, when there is one"),
      field("schema_hash", StringType, true, "Hash of the JSON schema of structured output; null for free text"),
      field("prompt", StringType, false, "The rendered user prompt as sent"),
      field("api", StringType, false, "chat or completions"),
      field("temperature", DoubleType, false, "Sampling temperature sent"),
      field("top_p", DoubleType, false, "Nucleus sampling mass sent"),
      field("max_tokens", IntegerType, false, "Completion token limit sent"),
      field("stop", STRING_LIST, false, "Stop sequences sent"),
      field("request_seed", LongType, true, "Sampling seed sent for this sample (task seed + sample index)"),
      field("choices_per_call", IntegerType, false, "Samples asked per call (the API's n)"),
      field("status", StringType, false, "succeeded or failed"),
      field("text", StringType, true, "Generated text; kept for invalid or truncated output too"),
      field("finish_reason", StringType, true, "Why generation stopped: stop, length, ..."),
      field("error_class", StringType, true, "Failure class when status is failed"),
      field("http_status", IntegerType, true, "Last HTTP status of the call; 0 when none was received"),
      field("error_message", StringType, true, "What went wrong, credentials redacted"),
      field("endpoint_name", StringType, false, "Endpoint that served the row; empty when no call was made"),
      field("endpoint_url", StringType, false, "That endpoint's base URL, without credentials"),
      field("model_requested", StringType, false, "Model named in the request"),
      field("model_reported", StringType, false, "Model named by the server in its answer"),
      field("system_fingerprint", StringType, false, "Server fingerprint from the answer, when sent"),
      field("prompt_tokens", LongType, false, "Prompt tokens charged to this row"),
      field("completion_tokens", LongType, false, "Completion tokens of this row"),
      field("latency_ms", LongType, false, "Wall time of the call, retries included"),
      field("attempts", IntegerType, false, "HTTP attempts made for the call"),
      field("generation_depth", IntegerType, false, "0 for real data; k+1 for rows made from depth-k rows"),
      field("parent_ids", STRING_LIST, false, "Ids of the rows this row was made from"),
      field("run_id", StringType, false, "Run that produced the row"),
      field("run_date", DateType, false, "Logical date of that run"),
      field("job", StringType, false, "Job that wrote the row"),
      field("config_hash", StringType, false, "Hash of the job config (run-specific keys excluded)"),
      field("code_version", StringType, false, "synthforge version that wrote the row"),
      field("scheduler_run_id", StringType, true, "Scheduler run id (e.g. Airflow), when given"),
      field("created_at", TimestampType, false, "When the row was produced"),
  });

  /** One row per job run: the ledger. */
  public static final StructType RUNS = new StructType(new StructField[] {
      field("run_id", StringType, false, "Run id"),
      field("job", StringType, false, "Job name: generate, curate, ..."),
      field("run_date", DateType, false, "Logical date of the run"),
      field("status", StringType, false, "running, succeeded or failed"),
      field("requested", LongType, false, "generate: samples the config asks for, = generated + failed + skipped_existing; curate: rows curated"),
      field("generated", LongType, false, "generate: samples that succeeded in this run; curate: rows kept"),
      field("failed", LongType, false, "generate: samples recorded as failed in this run; curate: rows not kept"),
      field("skipped_existing", LongType, false, "generate: samples already in the table, not sent again; curate: rows whose verdicts did not change"),
      field("calls_sent", LongType, false, "Endpoint calls made by this run's finished task attempts (retries not counted)"),
      field("responses_reused", LongType, false, "Responses reused from the journal of a retried task instead of being requested again"),
      field("requests_resent", LongType, false, "Requests an interrupted attempt had sent without a journaled answer, sent again (the in-flight window)"),
      field("recovered_rows", LongType, false, "Rows of interrupted earlier runs merged by this run"),
      field("prompt_tokens", LongType, false, "Prompt tokens of this run"),
      field("completion_tokens", LongType, false, "Completion tokens of this run"),
      field("estimated_cost_usd", DoubleType, false, "Tokens priced by the endpoints' configured prices"),
      field("failures_by_class", DataTypes.createMapType(StringType, LongType, true), true, "generate: failed samples per error class; curate: rows not kept per rule:reason (first rejection)"),
      field("started_at", TimestampType, false, "When the run started"),
      field("finished_at", TimestampType, true, "When the run ended; null while running"),
      field("wall_seconds", DoubleType, true, "Run wall time in seconds"),
      field("config_hash", StringType, false, "Hash of the job config (run-specific keys excluded)"),
      field("code_version", StringType, false, "synthforge version"),
      field("scheduler_run_id", StringType, true, "Scheduler run id (e.g. Airflow), when given"),
      field("endpoints", StringType, false, "Endpoints used: name=url model"),
      field("output_table", StringType, false, "Table the run wrote"),
      field("message", StringType, true, "Summary or error message"),
  });

  /**
   * One rule's verdict on one row, as the curated table holds it. Its fields are nullable in the
   * schema because Delta cannot enforce NOT NULL inside arrays; every verdict has rule, outcome
   * and detail.
   */
  public static final StructType VERDICT = new StructType(new StructField[] {
      field("rule", StringType, true, "Rule name, or 'input' for the check before the rules"),
      field("outcome", StringType, true, "passed, rejected or not_applicable"),
      field("score", DoubleType, true, "What the rule measured; null when it measures nothing"),
      field("reason", StringType, true, "Reason code of a rejection, snake_case; null otherwise"),
      field("detail", StringType, true, "What was measured or found, for people"),
  });

  /** One row per generated row of the curated tasks, keyed by request_id. */
  public static final StructType CURATED = new StructType(new StructField[] {
      field("request_id", StringType, false, "The generated row (generations.request_id); the row key"),
      field("seed_id", StringType, false, "Seed the row was generated from"),
      field("task_name", StringType, false, "Task that generated the row"),
      field("generation_run_id", StringType, false, "Generate run that produced the row"),
      field("generation_depth", IntegerType, false, "0 for real data; k+1 for rows made from depth-k rows"),
      field("seed_attributes", STRING_MAP, true, "Seed attributes (groups) of the row"),
      field("model", StringType, false, "Model that generated the row, as the server reported it"),
      field("text", StringType, true, "Curated text: the generated text, with PII masked when curate.pii.mode is mask"),
      field("kept", BooleanType, false, "Whether no rule rejected the row; SELECT ... WHERE kept gives the curated set"),
      field("rejected_by", StringType, true, "First rule, in configured order, that rejected the row; null when kept"),
      field("reject_reason", StringType, true, "That rule's reason code; null when kept"),
      field("verdicts", DataTypes.createArrayType(VERDICT, true), false,
          "Every rule's verdict on the row, the input check first, then the rules in configured order"),
      field("exact_cluster_id", StringType, true, "Representative of the row's exact-duplicate cluster; null when exact-dedup did not run on it"),
      field("duplicate_cluster_id", StringType, true, "Representative (request_id) of the row's near-duplicate cluster; null when near-dup did not run on it"),
      field("duplicate_cluster_size", LongType, true, "Rows in that cluster"),
      field("representative", BooleanType, true, "Whether the row is its near-duplicate cluster's representative"),
      field("semantic_cluster", IntegerType, true, "k-means cluster of the row's embedding (semantic-dedup)"),
      field("judge_score", IntegerType, true, "Score the judge gave; null when not judged"),
      field("judge_model", StringType, true, "Model that judged the row"),
      field("judge_rubric_hash", StringType, true, "SHA-256 of the judge prompt template, rubric and scale"),
      field("judge_request_id", StringType, true, "The judge call (judgments.request_id)"),
      field("verdict_hash", StringType, false, "Hash of everything above it; a re-run that decides the same leaves the row untouched"),
      field("curate_run_id", StringType, false, "Curate run that last changed the row's verdicts"),
      field("curate_run_date", DateType, false, "Logical date of that run"),
      field("curate_config_hash", StringType, false, "Config hash of that run"),
      field("code_version", StringType, false, "synthforge version of that run"),
      field("curated_at", TimestampType, false, "When that run decided"),
      field("review_id", StringType, true, "The review that has the final word on the row (reviews.review_id); null when not reviewed"),
      field("review_verdict", StringType, true, "That review's verdict: accept, reject or edit; null when not reviewed"),
      field("reviewer", StringType, true, "Who reviewed the row"),
      field("reviewed_at", TimestampType, true, "When the row was reviewed"),
      field("review_run_id", StringType, true, "The review-import run that brought the review"),
      field("automatic_text", StringType, true, "The text curation decided, when a reviewer's edit replaced it in text; null otherwise"),
  });

  /** One row per imported review, keyed by review_id; the latest per request_id has the final word. */
  public static final StructType REVIEWS = new StructType(new StructField[] {
      field("review_id", StringType, false, "Hash of request_id, verdict, edited text, reviewer and time; the row key"),
      field("request_id", StringType, false, "The reviewed row (curated.request_id)"),
      field("task_name", StringType, false, "Task of that row"),
      field("review_verdict", StringType, false, "accept, reject or edit"),
      field("edited_text", StringType, true, "The reviewer's text of an edit; null otherwise"),
      field("reviewer", StringType, false, "Who reviewed, as the import file names them"),
      field("reviewed_at", TimestampType, false, "When they reviewed, as the import file says"),
      field("source_file", StringType, false, "The import file"),
      field("source_line", IntegerType, false, "Its line holding the review"),
      field("import_run_id", StringType, false, "The review-import run that stored the review"),
      field("imported_at", TimestampType, false, "When that run stored it"),
  });

  /** One metric value per row, long form: trends over runs are one query. */
  public static final StructType METRICS = new StructType(new StructField[] {
      field("task_name", StringType, false, "Task whose rows were measured"),
      field("run_date", DateType, false, "Logical date of the monitor run; a re-run for the date replaces its values"),
      field("run_id", StringType, false, "Monitor run that measured the value"),
      field("depth", IntegerType, false, "Generation depth: 0 is the real seed data, k the rows made from depth k-1"),
      field("metric", StringType, false, "Metric name: distinct_2, tail_recall_1, vendi_score, representation_ratio, ..."),
      field("group", StringType, false, "Group measured (attribute=value, a rule, an endpoint); empty for the whole data"),
      field("value", DoubleType, true, "The value; null when it could not be measured"),
      field("sample_size", LongType, false, "Rows, texts or tokens the value was measured on"),
      field("sampled", BooleanType, false, "Whether the value comes from a sample rather than every row"),
      field("config_hash", StringType, false, "Config hash of the monitor run"),
      field("computed_at", TimestampType, false, "When the value was measured"),
  });

  /** The training mix table: one row per mixed row, with its lineage. */
  public static final StructType TRAINING_MIX = new StructType(new StructField[] {
      field("row_id", StringType, false, "Source row id: the seed id for real rows, generations.request_id for synthetic rows"),
      field("origin", StringType, false, "real or synthetic"),
      field("source", StringType, false, "real, or the task that generated the row"),
      field("generation_depth", IntegerType, false, "0 for real data; k+1 for rows made from depth-k rows"),
      field("group", StringType, false, "Values of the stratify-by attributes, a=x,b=y; empty when none"),
      field("seed_id", StringType, false, "Seed row the row is, or was generated from"),
      field("parent_ids", STRING_LIST, false, "Rows the row was made from; empty for real rows"),
      field("attributes", STRING_MAP, true, "Seed attributes (groups) of the row"),
      field("task_name", StringType, true, "Task that generated the row; null for real rows"),
      field("prompt", StringType, true, "Prompt the row answers; null for real rows"),
      field("text", StringType, false, "The training text: the seed text, or the curated generated text"),
      field("model", StringType, true, "Model that generated the row, as the server reported it"),
      field("template_id", StringType, true, "Prompt template id"),
      field("template_hash", StringType, true, "SHA-256 of the prompt template"),
      field("generation_run_id", StringType, true, "Generate run that produced the row"),
      field("curate_run_id", StringType, true, "Curate run that last decided the row"),
      field("judge_score", IntegerType, true, "Judge score; null when not judged"),
      field("sample_key", LongType, false, "Seeded hash of origin and row id; sampling takes the lowest per stratum"),
      field("mix_run_id", StringType, false, "Mix run that wrote the set"),
  });

  private static StructField field(String name, DataType type, boolean nullable, String comment) {
    return new StructField(name, type, nullable, Metadata.empty()).withComment(comment);
  }
}
