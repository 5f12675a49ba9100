package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.RetryPolicy;
import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.FaultRates;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.RequestIds;
import dev.synthforge.core.generation.TaskApi;
import dev.synthforge.core.lineage.OutputCheck;
import dev.synthforge.core.lineage.RunContext;
import dev.synthforge.core.lineage.SamplePlanner;
import dev.synthforge.core.prompt.PromptTemplate;
import dev.synthforge.endpoint.EndpointSpec;
import dev.synthforge.endpoint.builtin.BuiltinModels;
import dev.synthforge.endpoint.builtin.BuiltinServer;
import dev.synthforge.endpoint.builtin.BuiltinServerOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskKilledException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A fan-out task that fails or is killed half way is retried by Spark and reuses the responses it journaled. */
class ResponseJournalIT {
  private static final int SAMPLES = 400;
  private static final int MAX_CONCURRENCY = 8;
  private static final int ROWS_BEFORE_DYING = 150;
  private final SparkSession spark = SparkTestSession.get();
  @TempDir Path dir;

  /** How the first attempt of every task ends after taking 150 answers. */
  enum Ending {
    /** It throws, as when its Parquet write fails. */
    FAILS,
    /** Spark kills it, as when it rolls a stage back or a job is cancelled. */
    IS_KILLED
  }

  /** First attempts that wait to be killed, by task attempt id. */
  private static final Set<Long> AWAITING_KILL = ConcurrentHashMap.newKeySet();

  /** Delegates to the fan-out, and ends the first attempt of every task after 150 rows. */
  private record EndingFirstAttempt(FanOutPartition fanOut, Ending ending) implements MapPartitionsFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Iterator<Row> input) throws Exception {
      Iterator<Row> rows = fanOut.call(input);
      TaskContext task = TaskContext.get();
      boolean ends = task.attemptNumber() == 0;
      return new Iterator<>() {
        private int served;

        @Override
        public boolean hasNext() {
          if (ends && served == ROWS_BEFORE_DYING) {
            if (ending == Ending.FAILS) {
              throw new IllegalStateException("executor lost (test)");
            }
            AWAITING_KILL.add(task.taskAttemptId());
            while (!task.isInterrupted()) {
              try {
                Thread.sleep(5);
              } catch (InterruptedException e) {
                // Spark marks the task killed, then interrupts its thread.
              }
            }
            throw new TaskKilledException("killed (test)");
          }
          return rows.hasNext();
        }

        @Override
        public Row next() {
          served++;
          return rows.next();
        }
      };
    }
  }

  @ParameterizedTest
  @EnumSource(Ending.class)
  void aRetriedTaskReusesJournaledResponsesInsteadOfSendingThemAgain(Ending ending) throws Exception {
    try (BuiltinServer server = BuiltinServer.start(BuiltinServerOptions.of(
        BuiltinModels.fromTexts(List.of("The kettle boils fast.", "A warm lamp.")))
        .withEmulation(new Emulation(Duration.ofMillis(5), Emulation.LatencyDistribution.FIXED, 0, 0, 0, FaultRates.none(), 1)))) {
      PromptTemplate template = PromptTemplate.parse("Paraphrase: {{text}}");
      GenerationParameters parameters = new GenerationParameters(0.7, 1.0, 16, List.of(), 3L);
      String fingerprint = RequestIds.taskFingerprint(template.hash(), null, null, TaskApi.CHAT, "synthforge-builtin", parameters);
      SamplePlanner planner = new SamplePlanner(template, fingerprint, "text", List.of(), 1, 1000);
      List<Row> plan = new ArrayList<>();
      for (int i = 0; i < SAMPLES; i++) {
        plan.add(PlanRows.toRow(planner.plan("s" + i, Map.of("text", "review " + i), 0).get(0)));
      }
      RunContext run = new RunContext("journal-run", LocalDate.of(2026, 11, 25), "generate", "hash", "test", null,
          "test-seeds", null, "t", "t", template.hash(), null, null, TaskApi.CHAT, parameters, 1);
      EndpointSpec endpoint = new EndpointSpec("builtin", URI.create(server.baseUrl() + "/v1"), "synthforge-builtin",
          null, null, MAX_CONCURRENCY, 1.0, Duration.ofSeconds(5), Duration.ofSeconds(30), RetryPolicy.defaults());
      FanOutSpec spec = new FanOutSpec(run, List.of(endpoint), List.of(MAX_CONCURRENCY), null, null, OutputCheck.none(),
          false, Long.MAX_VALUE, 60_000, dir.resolve("journal").toUri().toString(),
          dev.synthforge.core.lineage.RunBudget.unlimited(), Map.of());
      FanOutCounters counters = FanOutCounters.register(spark.sparkContext());
      AWAITING_KILL.clear();

      CompletableFuture<List<Row>> running = CompletableFuture.supplyAsync(() -> spark.createDataFrame(plan, PlanRows.SCHEMA)
          .repartition(2, col("request_id"))
          .mapPartitions(new EndingFirstAttempt(new FanOutPartition(spec, counters), ending), Encoders.row(TableSchemas.GENERATIONS))
          .collectAsList());
      Set<Long> killed = new HashSet<>();
      while (!running.isDone()) {
        for (long attempt : AWAITING_KILL) {
          if (killed.add(attempt)) {
            spark.sparkContext().killTaskAttempt(attempt, true, "killed by the test");
          }
        }
        Thread.sleep(20);
      }
      List<Row> rows = running.get();

      assertThat(killed).as("first attempts killed").hasSize(ending == Ending.IS_KILLED ? 2 : 0);
      assertThat(rows).hasSize(SAMPLES);
      // Only the successful attempts count: each sample once, reused or sent.
      assertThat(counters.samplesDone.value()).isEqualTo(SAMPLES);
      assertThat(rows.stream().map(row -> row.<String>getAs("request_id")).distinct()).hasSize(SAMPLES);
      // An attempt that ends early journals all it took, its unwritten chunk too, before it ends.
      assertThat(counters.responsesReused.value()).as("responses reused from the first attempts' journals")
          .isGreaterThanOrEqualTo(2L * ROWS_BEFORE_DYING);
      long servedTwice = server.stats().completionsServed() - SAMPLES;
      // Two ended attempts, each losing only its calls in flight and the answers its task had not
      // taken yet: together at most its slots, plus one answer that raced a send.
      assertThat(servedTwice).as("requests sent twice").isBetween(0L, 2L * (MAX_CONCURRENCY + 1));
      // The journal sees the re-sends whose first sending reached a chunk: never more than happened.
      assertThat(counters.requestsResent.value()).as("re-sends the journal recorded").isBetween(0L, servedTwice);
    }
  }

  @Test
  void recoveryForgetsARunThatLeftOnlyMarkersOfItsAttempts() throws Exception {
    GenerationStore store = GenerationStore.open(spark, "journal_recovery", "generations");
    org.apache.hadoop.fs.Path partition = ResponseJournal.partitionDirectory(store.journalRoot(), "dead-run", 0);
    FileSystem fs = partition.getFileSystem(spark.sparkContext().hadoopConfiguration());
    // A driver that died before any attempt journaled an answer.
    fs.create(new org.apache.hadoop.fs.Path(partition, LiveAttempts.markerName("app-1", 3))).close();

    assertThat(store.recoverJournals()).as("requests sent without an answer").isEmpty();
    assertThat(fs.exists(ResponseJournal.runDirectory(store.journalRoot(), "dead-run"))).as("the dead run's folder").isFalse();
  }
}
