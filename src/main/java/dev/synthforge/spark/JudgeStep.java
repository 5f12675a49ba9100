package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import dev.synthforge.config.CurateConfig;
import dev.synthforge.config.EndpointConfig;
import dev.synthforge.config.JobConfig;
import dev.synthforge.config.RunConfig;
import dev.synthforge.config.SeedFormat;
import dev.synthforge.config.SeedsConfig;
import dev.synthforge.config.TaskConfig;
import dev.synthforge.core.curate.JudgeRubric;
import dev.synthforge.core.curate.ScoreRange;
import dev.synthforge.core.generation.TaskApi;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * LLM-as-judge through the generate fan-out: the rows to judge become the seeds of a fan-out
 * run whose task is the rubric prompt, written to the judgments table with full lineage. So the
 * judge gets the generate job's retries, rate limits, circuit breakers, budget and resume: a
 * re-run of curate sends only the judge calls not yet answered, and a changed rubric (or scale, or
 * judge model) is a new request and is judged again.
 *
 * <p>The prompt's values (rubric, instruction, response, scale) are columns of the seed rows, so
 * the template renders them in one pass and never reads a response as template text.
 */
final class JudgeStep {

  /** The template id of judgments: the rubric hash, so each rubric's answers are told apart. */
  private final String templateId;
  private final JudgeRubric rubric;
  private final CurateConfig.Judge settings;
  private final JobConfig config;
  private final SparkSession spark;

  JudgeStep(SparkSession spark, JobConfig config) {
    this.spark = spark;
    this.config = config;
    this.settings = config.curate().judge().orElseThrow(
        () -> new IllegalStateException("judge rule configured without judge settings"));
    this.rubric = new JudgeRubric(settings.rubric(), new ScoreRange(settings.scoreMin(), settings.scoreMax()));
    this.templateId = "judge-" + rubric.hash().substring(0, 16);
  }

  JudgeRubric rubric() {
    return rubric;
  }

  String model() {
    return endpoint().model();
  }

  /**
   * Judges the rows (request_id, prompt, text) not judged yet under this rubric and model.
   *
   * @return the fan-out run's result
   */
  GenerateResult run(Dataset<Row> rows, RunIdentity curateRun) {
    Dataset<Row> seeds = rows.select(col("request_id").as("id"), col("prompt").as("instruction"),
        col("text").as("response"), lit(settings.rubric()).as("rubric"),
        lit(Integer.toString(settings.scoreMin())).as("minimum"),
        lit(Integer.toString(settings.scoreMax())).as("maximum"));
    SeedsConfig seedsConfig = new SeedsConfig(Optional.empty(), Optional.of("curate candidates"), SeedFormat.AUTO,
        Optional.of("id"), "response", List.of(), config.curate().maxTextChars(), 0);
    TaskConfig task = new TaskConfig("judge", JudgeRubric.template(), templateId, Optional.empty(), TaskApi.CHAT,
        1, false, settings.temperature(), 1.0, settings.maxTokens(), List.of(), Optional.of(0L),
        Optional.of(rubric.responseSchemaJson()), Optional.empty());
    RunConfig judgeRun = config.run().withMaxFailureRatio(1.0);
    JobConfig judgeConfig = config.withSeeds(seedsConfig).withTask(task).withEndpoints(List.of(endpoint()))
        .withOutput(config.output().withGenerationsTable(config.output().judgmentsTable())).withRun(judgeRun);
    RunIdentity identity = new RunIdentity(curateRun.runId() + ".judge", curateRun.runDate(),
        curateRun.configHash(), curateRun.schedulerRunId());
    SeedReader.Seeds given = new SeedReader.Seeds(seeds, "curate candidates of " + config.output().generationsTable(), null);
    return new GenerateJob(spark, judgeConfig, identity, false, "judge", given).run();
  }

  /**
   * The latest answer per judged row under this rubric and model: judged_id, judge_status,
   * judge_output, judge_error, judge_model, judge_request_id.
   */
  Dataset<Row> answers() {
    String table = DeltaTables.qualified(config.output().database(), config.output().judgmentsTable());
    Dataset<Row> judgments = spark.table(table)
        .filter(col("template_id").equalTo(templateId).and(col("model_requested").equalTo(model())));
    return judgments
        .withColumn("_rank", row_number().over(Window.partitionBy("seed_id")
            .orderBy(when(col("status").equalTo("succeeded"), lit(0)).otherwise(lit(1)), desc("created_at"))))
        .filter(col("_rank").equalTo(1))
        .select(col("seed_id").as("judged_id"), col("status").as("judge_status"), col("text").as("judge_output"),
            col("error_class").as("judge_error"), col("model_reported").as("judge_model"),
            col("request_id").as("judge_request_id"));
  }

  private EndpointConfig endpoint() {
    return config.endpoints().stream().filter(e -> e.name().equals(settings.endpoint())).findFirst()
        .orElseThrow(() -> new IllegalStateException("judge endpoint " + settings.endpoint() + " is not configured"));
  }

}
