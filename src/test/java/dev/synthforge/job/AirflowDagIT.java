package dev.synthforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Airflow DAG's command lines are ones the jobs accept: jobs/airflow/check_dag.py reads each
 * task's arguments from the DAG file (python3, no Airflow), and each runs through validate here,
 * in-process. Skipped where python3 is missing.
 */
class AirflowDagIT {
  private static final Path DAG = Path.of("jobs/airflow/synthforge_daily.py");
  private static final Path CHECKER = Path.of("jobs/airflow/check_dag.py");
  private static final String RUN_ID = "synthforge_daily-2026-11-25";

  @TempDir Path dir;

  record Checked(int exitCode, String out) {}

  @BeforeAll
  static void python() {
    assumeTrue(pythonAvailable(), "python3 is not installed");
  }

  @Test
  void everyTaskRunsACommandLineTheJobAccepts() throws Exception {
    Checked checked = check(DAG);
    assertThat(checked.exitCode()).as(checked.out()).isZero();
    JsonNode tasks = new ObjectMapper().readTree(checked.out()).get("tasks");
    List<String> taskIds = new ArrayList<>();
    for (JsonNode task : tasks) {
      String taskId = task.get("task_id").asText();
      taskIds.add(taskId);
      List<String> args = new ArrayList<>(List.of("validate"));
      task.get("args").forEach(arg -> args.add(arg.asText()));
      CommandLineRun.Result result = CommandLineRun.run(args.toArray(String[]::new));
      assertThat(result.exitCode()).as(taskId + ": " + args + "\n" + result.err()).isZero();
      String jobRunId = taskId.equals("generate") ? RUN_ID : RUN_ID + "-" + taskId;
      assertThat(result.out()).as(taskId).contains("  run         " + taskId + " run id " + jobRunId
          + ", run date 2026-11-25, scheduler run id scheduled__2026-11-25T00:00:00+00:00\n");
    }
    assertThat(taskIds).containsExactly("generate", "curate", "monitor", "mix");
  }

  @Test
  void aRenamedOptionFailsTheCheck() throws Exception {
    Checked checked = check(copyOfDag("\"--run-date\"", "\"--rundate\""));
    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.out()).contains("task 'generate' must pass --run-date once, with a value");
  }

  @Test
  void anOptionTheJobDoesNotKnowFailsValidate() throws Exception {
    Checked checked = check(copyOfDag("[\"mix\", *RUN_ARGS]", "[\"mix\", \"--manifset\", \"m.json\", *RUN_ARGS]"));
    assertThat(checked.exitCode()).as(checked.out()).isZero();
    JsonNode mix = new ObjectMapper().readTree(checked.out()).get("tasks").get(3);
    List<String> args = new ArrayList<>(List.of("validate"));
    mix.get("args").forEach(arg -> args.add(arg.asText()));
    CommandLineRun.Result result = CommandLineRun.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown options: '--manifset', 'm.json'", "Possible solutions: --manifest");
  }

  @Test
  void aTaskOutOfOrderFailsTheCheck() throws Exception {
    Checked checked = check(copyOfDag("generate >> curate >> monitor >> mix", "generate >> curate >> mix"));
    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.out()).contains("task order is generate >> curate, curate >> mix;"
        + " expected generate >> curate >> monitor >> mix");
  }

  @Test
  void aMisspeltOperatorArgumentOrAnotherMainClassFailsTheCheck() throws Exception {
    Checked misspelt = check(copyOfDag("properties_file=SPARK_DEFAULTS,", "propertie_file=SPARK_DEFAULTS,"));
    assertThat(misspelt.exitCode()).isEqualTo(1);
    assertThat(misspelt.out()).contains("task 'generate' passes propertie_file, not an argument of SparkSubmitOperator");

    Checked otherClass = check(copyOfDag("MAIN_CLASS = \"dev.synthforge.job.Main\"", "MAIN_CLASS = \"dev.synthforge.Main\""));
    assertThat(otherClass.exitCode()).isEqualTo(1);
    assertThat(otherClass.out()).contains("submits java_class 'dev.synthforge.Main'; the jobs run from dev.synthforge.job.Main");
  }

  @Test
  void aSecretInTheArgumentsFailsTheCheck() throws Exception {
    Checked checked = check(copyOfDag("[\"curate\", *RUN_ARGS]", "[\"curate\", \"--api-key\", \"x\", *RUN_ARGS]"));
    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.out()).contains("task 'curate': argument '--api-key' would carry a secret on the command line");
  }

  private Path copyOfDag(String target, String replacement) throws IOException {
    String source = Files.readString(DAG);
    assertThat(source).contains(target);
    Path copy = dir.resolve("synthforge_daily.py");
    Files.writeString(copy, source.replace(target, replacement));
    return copy;
  }

  private static Checked check(Path dag) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("python3", CHECKER.toString(), dag.toString(), "--print-args")
        .redirectErrorStream(true)
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Checked(process.exitValue(), out);
  }

  private static boolean pythonAvailable() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
