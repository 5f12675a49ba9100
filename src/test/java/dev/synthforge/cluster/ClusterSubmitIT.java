package dev.synthforge.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generate job on a real Spark standalone cluster on this machine (master, two workers and
 * their executors in separate JVMs, assembled and started by jobs/cluster/), against the built-in
 * endpoint in a JVM of its own: an executor killed mid-run, speculative copies of running tasks,
 * and a driver killed mid-run then run again. Every sample must end as exactly one row, and few
 * requests may be paid for twice.
 */
class ClusterSubmitIT {
  private static final int REQUESTED = 2_000;
  private static final int MAX_CONCURRENCY = 32;
  /** Responses a running task may hold before they are journaled, and so may be sent again. */
  private static final int JOURNAL_BUFFER = 64;
  private static final int WORKERS = 2;
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
  /** The distribution and the logs of the cluster and of each submit, kept for a look after a failure. */
  private static final Path WORK = Path.of("target", "cluster-it").toAbsolutePath();

  @TempDir static Path dir;
  private static LocalSparkCluster cluster;
  private static EndpointProcess endpoint;
  private static SparkSession reader;
  private static Path seeds;

  @BeforeAll
  static void startClusterAndEndpoint() throws Exception {
    seeds = writeSeeds(dir.resolve("seeds.jsonl"));
    endpoint = EndpointProcess.start(jobJar(), dir, List.of(
        "--corpus", "conf/seeds/demo-seeds.jsonl", "--latency", "100ms", "--threads", "300"));
    cluster = LocalSparkCluster.start(WORK.resolve("spark-dist"), WORK.resolve("logs"));
  }

  @AfterAll
  static void stopEverything() throws Exception {
    try (EndpointProcess e = endpoint; LocalSparkCluster c = cluster) {
      if (reader != null) {
        reader.stop();
      }
    }
    if (cluster != null) {
      assertThat(cluster.processes()).as("JVMs left by the cluster").isEmpty();
    }
  }

  @Test
  void executorLostMidRun() throws Exception {
    Path warehouse = dir.resolve("executor-lost");
    long servedBefore = endpoint.completionsServed();
    Process driver = cluster.submit(sparkOptions(warehouse), generate(warehouse), WORK.resolve("logs/executor-lost.log"));

    awaitServed(servedBefore + REQUESTED / 4, driver);
    List<ProcessHandle> executors = cluster.executors();
    assertThat(executors).as("executors running at 25%").isNotEmpty();
    executors.get(0).destroyForcibly();
    executors.get(0).onExit().get(30, TimeUnit.SECONDS);
    long servedAtKill = endpoint.completionsServed() - servedBefore;
    assertThat(servedAtKill).as("served when the executor died").isLessThan(REQUESTED);

    String output = awaitExit(driver, WORK.resolve("logs/executor-lost.log"));
    assertThat(output).contains("requested           2,000 samples", "generated           2,000");
    assertThat(output).as("a fan-out task died with the executor").contains("ExecutorLostFailure");
    assertEveryRequestOnce(warehouse);
    long resent = endpoint.completionsServed() - servedBefore - REQUESTED;
    System.out.printf("executorLostMidRun: executor killed at %d served; resent = %d%n", servedAtKill, resent);
    assertResentWithinBound(resent);
  }

  @Test
  void driverKilledThenRerun() throws Exception {
    Path warehouse = dir.resolve("driver-killed");
    long servedBefore = endpoint.completionsServed();
    Process driver = cluster.submit(sparkOptions(warehouse), generate(warehouse), WORK.resolve("logs/driver-killed.log"));

    awaitServed(servedBefore + REQUESTED / 2, driver);
    driver.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    long servedAtKill = endpoint.completionsServed() - servedBefore;
    assertThat(servedAtKill).as("served when the driver died").isLessThan(REQUESTED);
    // The application's executors exit once they lose their driver; the next run starts clean.
    awaitTrue(() -> cluster.executors().isEmpty(), Duration.ofMinutes(1), "executors of the killed driver to exit");

    LocalSparkCluster.Finished rerun = cluster.submitAndWait(sparkOptions(warehouse), generate(warehouse),
        WORK.resolve("logs/driver-rerun.log"), RUN_TIMEOUT);
    assertThat(rerun.exitCode()).as(rerun.output()).isZero();
    assertThat(rerun.output()).contains("requested           2,000 samples");
    assertEveryRequestOnce(warehouse);
    long resent = endpoint.completionsServed() - servedBefore - REQUESTED;
    System.out.printf("driverKilledThenRerun: driver killed at %d served; resent = %d%n", servedAtKill, resent);
    assertResentWithinBound(resent);
  }

  /**
   * Speculation launches a second attempt of a running fan-out task, which is what a stage retry
   * after a lost shuffle output does too. The copy must wait for the attempt before it and reuse
   * its journal, so nothing is sent twice.
   */
  @Test
  void speculativeCopiesSendNothingTwice() throws Exception {
    Path warehouse = dir.resolve("speculation");
    long servedBefore = endpoint.completionsServed();
    List<String> options = new ArrayList<>(sparkOptions(warehouse));
    // Any task that runs while another executor is idle gets a copy: the stage's last tasks.
    options.addAll(List.of(
        "--conf", "spark.speculation=true",
        "--conf", "spark.speculation.interval=100ms",
        "--conf", "spark.speculation.quantile=0.1",
        "--conf", "spark.speculation.multiplier=0.1",
        "--conf", "spark.speculation.efficiency.enabled=false"));
    List<String> arguments = new ArrayList<>(generate(warehouse));
    arguments.add("--verbose");

    LocalSparkCluster.Finished run = cluster.submitAndWait(options, arguments, WORK.resolve("logs/speculation.log"), RUN_TIMEOUT);
    assertThat(run.exitCode()).as("exit code; output in target/cluster-it/logs/speculation.log").isZero();
    assertThat(run.output()).contains("requested           2,000 samples", "generated           2,000");
    // Spark kills the other attempt of a task when one succeeds: two attempts ran at once.
    assertThat(run.output()).as("a speculative copy ran beside its task").contains("Killing attempt");
    assertThat(cluster.executorLogLines()).as("executor logs: a fan-out attempt of this run waited for the one before it")
        .anyMatch(line -> line.contains("/speculation/") && line.contains("waits for older attempt"));
    assertEveryRequestOnce(warehouse);
    long resent = endpoint.completionsServed() - servedBefore - REQUESTED;
    System.out.printf("speculativeCopiesSendNothingTwice: resent = %d%n", resent);
    assertThat(resent).as("completions served beyond those requested").isZero();
  }

  /**
   * The in-flight window the README states: only requests in flight at the kill (at most
   * max-concurrency over the job), plus responses not yet in a journal chunk (at most one chunk
   * per running fan-out task: one task per worker here), are sent twice.
   */
  private static void assertResentWithinBound(long resent) {
    long window = MAX_CONCURRENCY + (long) JOURNAL_BUFFER * WORKERS;
    assertThat(resent).as("completions served beyond those requested").isBetween(0L, window);
  }

  private static List<String> sparkOptions(Path warehouse) {
    return List.of(
        // Tasks go to whichever executor is free, not first to the one holding their input, so
        // both executors run fan-out tasks from the start and the one killed mid-run has one.
        "--conf", "spark.locality.wait=0s",
        "--conf", "spark.sql.catalogImplementation=hive",
        "--conf", "spark.sql.warehouse.dir=" + warehouse.toUri(),
        "--conf", "spark.hadoop.javax.jdo.option.ConnectionURL=jdbc:derby:;databaseName="
            + warehouse.resolve("metastore_db") + ";create=true");
  }

  private static List<String> generate(Path warehouse) throws IOException {
    Path config = dir.resolve("job.yaml");
    Files.writeString(config, """
        seeds:
          path: %s
          id-column: id
        task:
          name: paraphrase
          template: "Paraphrase: {{text}}"
          max-tokens: 24
          seed: 5
        endpoints:
          - name: served
            type: openai
            base-url: %s
            model: synthforge-builtin
            max-concurrency: %d
        output:
          database: cluster_test
        """.formatted(seeds, endpoint.apiBase(), MAX_CONCURRENCY));
    return List.of("generate", "--config", config.toString(), "--warehouse", warehouse.toString(), "--run-date", "2026-11-25");
  }

  private static void assertEveryRequestOnce(Path warehouse) {
    Dataset<Row> rows = reader().read().format("delta").load(warehouse.resolve("cluster_test.db/generations").toString());
    Row counts = rows.selectExpr("count(*)", "count(DISTINCT request_id)", "count(DISTINCT seed_id)",
        "count_if(status = 'succeeded')").first();
    assertThat(List.of(counts.getLong(0), counts.getLong(1), counts.getLong(2), counts.getLong(3)))
        .as("rows, distinct request ids, distinct seeds, succeeded")
        .containsExactly((long) REQUESTED, (long) REQUESTED, (long) REQUESTED, (long) REQUESTED);
  }

  /** A local session in this JVM that reads the cluster's tables by path. */
  private static SparkSession reader() {
    if (reader == null) {
      reader = SparkSession.builder().master("local[1]").appName("ClusterSubmitIT reader")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.warehouse.dir", dir.resolve("reader-warehouse").toUri().toString())
          .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
          .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
          .getOrCreate();
    }
    return reader;
  }

  private static void awaitServed(long served, Process driver) throws Exception {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (endpoint.completionsServed() < served) {
      assertThat(driver.isAlive()).as("driver running before %d served", served).isTrue();
      assertThat(System.nanoTime()).as("%d served in time", served).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static String awaitExit(Process driver, Path log) throws Exception {
    boolean exited = driver.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(exited).as("driver finished:\n%s", output).isTrue();
    assertThat(driver.exitValue()).as("exit code; output:\n%s\n%s", output, cluster.daemonLogs()).isZero();
    return output;
  }

  private static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static Path writeSeeds(Path file) throws IOException {
    String[] things = {"fan", "kettle", "lamp", "blender", "heater", "router", "speaker", "toaster"};
    String[] verdicts = {"quiet and steady", "louder than expected", "easy to clean", "flimsy at the hinge", "worth the price"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < REQUESTED; i++) {
      lines.add("{\"id\":\"seed-%05d\",\"text\":\"Review %d: the %s is %s after %d weeks.\"}".formatted(
          i, i, things[i % things.length], verdicts[(i / things.length) % verdicts.length], 1 + i % 13));
    }
    return Files.write(file, lines);
  }

  private static Path jobJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("synthforge-.*-job\\.jar")).findFirst().orElseThrow().toAbsolutePath();
    }
  }
}
