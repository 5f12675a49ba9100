package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.FaultRates;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.endpoint.builtin.BuiltinModels;
import dev.synthforge.endpoint.builtin.BuiltinServer;
import dev.synthforge.endpoint.builtin.BuiltinServerOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fault classes through the whole generate job: for each, the run ends with requested =
 * generated + failed, no duplicate rows, and failures only where retries were exhausted.
 */
class ResilienceIT {
  private static final int MAX_ATTEMPTS = 6;
  private static final NgramModel MODEL = BuiltinModels.fromTexts(List.of(
      "The kettle boils fast and the lid stays shut.", "A sturdy lamp with a warm light.",
      "The gloves are tough and flexible.", "This book reads quickly and well."));

  private final SparkSession spark = SparkTestSession.get();
  private final List<BuiltinServer> servers = new ArrayList<>();
  @TempDir Path dir;

  @AfterEach
  void stopServers() {
    servers.forEach(BuiltinServer::close);
  }

  private BuiltinServer server(Emulation emulation) {
    BuiltinServer server = BuiltinServer.start(BuiltinServerOptions.of(MODEL).withEmulation(emulation));
    servers.add(server);
    return server;
  }

  private static Emulation faults(FaultRates rates) {
    return new Emulation(Duration.ZERO, Emulation.LatencyDistribution.FIXED, 0, 0, 0, rates, 42);
  }

  private static String endpoint(String name, String baseUrl) {
    return """
          - name: %s
            base-url: %s/v1
            model: synthforge-builtin
            max-concurrency: 8
            request-timeout: 400ms
            circuit-breaker: {failures: 5, cooldown: 300ms}
            retry: {max-attempts: %d, initial-backoff: 10ms, max-backoff: 100ms, rate-limit-budget: 1m}
        """.formatted(name, baseUrl, MAX_ATTEMPTS);
  }

  private JobConfig config(String database, int seeds, String... endpoints) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < seeds; i++) {
      lines.add("{\"id\": \"s" + i + "\", \"text\": \"Review " + i + ": the kettle boils fast.\", \"region\": \"r\"}");
    }
    String yaml = """
        seeds:
          path: %s
          id-column: id
        task:
          name: t
          template: "Paraphrase: {{text}}"
          max-tokens: 16
          seed: 1
        endpoints:
        %s
        output:
          database: %s
        run:
          max-failure-ratio: 1.0
          endpoint-wait: 20s
        """.formatted(TestConfigs.seeds(dir, lines), String.join("", endpoints), database);
    return TestConfigs.load(dir, yaml);
  }

  private GenerateResult run(JobConfig config) {
    RunIdentity identity = new RunIdentity(RunIdentity.newRunId("generate"), LocalDate.of(2026, 11, 25),
        ConfigHash.of(config), null);
    return new GenerateJob(spark, config, identity, false).run();
  }

  /** The invariants every faulty run must keep. */
  private void assertAccounted(GenerateResult result, String database, long expected) {
    assertThat(result.counts().requested()).isEqualTo(expected);
    assertThat(result.counts().generated() + result.counts().failed()).isEqualTo(expected);
    Dataset<Row> table = spark.table(database + ".generations");
    assertThat(table.count()).isEqualTo(expected);
    assertThat(table.select("request_id").distinct().count()).isEqualTo(expected);
    Dataset<Row> failed = table.filter("status = 'failed'");
    assertThat(failed.count()).isEqualTo(result.counts().failed());
    // A row fails only once its retries are used up (or its 429 budget, which is one minute here).
    assertThat(failed.filter("attempts < " + MAX_ATTEMPTS + " AND error_class NOT IN ('RATE_LIMITED', 'NO_HEALTHY_ENDPOINT')").count())
        .as("failed rows that still had attempts left").isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "rate_limited_with_retry_after, 0.4, 0,   0,   0,   0,   0",
      "server_error_bursts,           0,   0.4, 0,   0,   0,   0",
      "timeouts,                      0,   0,   0.2, 0,   0,   0",
      "connection_resets,             0,   0,   0,   0.4, 0,   0",
      "malformed_json,                0,   0,   0,   0,   0.4, 0",
      "truncated_body,                0,   0,   0,   0,   0,   0.4"})
  void eachFaultClassEndsFullyAccountedFor(String name, double rateLimited, double serverError,
      double timeout, double reset, double malformed, double truncated) {
    FaultRates rates = new FaultRates(rateLimited, Duration.ofMillis(50), serverError, timeout,
        Duration.ofSeconds(2), reset, malformed, truncated);
    BuiltinServer server = server(faults(rates));
    String database = "fault_" + name;
    GenerateResult result = run(config(database, 40, endpoint("faulty", server.baseUrl())));
    assertAccounted(result, database, 40);
    assertThat(server.stats().faultsByKind().values().stream().mapToLong(Long::longValue).sum())
        .as("faults injected").isPositive();
    assertThat(result.counts().generated()).as("rows that got through their retries").isGreaterThanOrEqualTo(36);
  }

  @Test
  void anEndpointThatGoesDownMidRunAndComesBackLosesNoRow() throws Exception {
    BuiltinServer server = server(new Emulation(Duration.ofMillis(20), Emulation.LatencyDistribution.FIXED,
        0, 0, 0, FaultRates.none(), 1));
    AtomicBoolean stop = new AtomicBoolean();
    Thread outage = new Thread(() -> {
      try {
        while (!stop.get() && server.stats().completionsServed() < 30) {
          Thread.sleep(5);
        }
        server.setAvailable(false);
        Thread.sleep(1500);
        server.setAvailable(true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    outage.start();
    try {
      GenerateResult result = run(config("fault_outage", 120, endpoint("flaky", server.baseUrl())));
      assertAccounted(result, "fault_outage", 120);
      assertThat(result.counts().failed()).isZero();
      assertThat(server.stats().droppedWhileUnavailable()).as("requests dropped during the outage").isPositive();
    } finally {
      stop.set(true);
      outage.join();
    }
  }

  @Test
  void whenNoEndpointStaysHealthyTheRunFailsSayingSo() throws Exception {
    BuiltinServer server = server(new Emulation(Duration.ofMillis(20), Emulation.LatencyDistribution.FIXED,
        0, 0, 0, FaultRates.none(), 1));
    Thread outage = new Thread(() -> {
      try {
        while (server.stats().completionsServed() < 10) {
          Thread.sleep(5);
        }
        server.setAvailable(false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    outage.start();
    JobConfig config = TestConfigs.load(dir, """
        seeds:
          path: %s
          id-column: id
        task:
          name: t
          template: "Paraphrase: {{text}}"
          max-tokens: 16
        endpoints:
        %s
        output:
          database: fault_all_down
        run:
          max-failure-ratio: 1.0
          endpoint-wait: 1s
        """.formatted(TestConfigs.seeds(dir, List.of(seedLines(80))), endpoint("only", server.baseUrl())));
    GenerateResult result = run(config);
    outage.join();
    assertAccounted(result, "fault_all_down", 80);
    assertThat(result.failed()).isTrue();
    assertThat(result.counts().failuresByClass()).containsKey("NO_HEALTHY_ENDPOINT");
    assertThat(result.message()).startsWith("no endpoint was healthy for run.endpoint-wait (1s); ");
  }

  private static String[] seedLines(int count) {
    String[] lines = new String[count];
    for (int i = 0; i < count; i++) {
      lines[i] = "{\"id\": \"s" + i + "\", \"text\": \"Review " + i + ": the lamp is warm.\"}";
    }
    return lines;
  }

  @Test
  void rowsThatFailedAreSentAgainByTheNextRunAndOnlyThey() {
    BuiltinServer failing = server(faults(new FaultRates(0, Duration.ofMillis(10), 1.0, 0, Duration.ofSeconds(1), 0, 0, 0)));
    String stubborn = """
          - name: gpu
            base-url: %s/v1
            model: synthforge-builtin
            circuit-breaker: {failures: 1000, cooldown: 1s}
            retry: {max-attempts: 2, initial-backoff: 10ms, max-backoff: 20ms}
        """;
    GenerateResult first = run(config("fault_retry_next", 30, stubborn.formatted(failing.baseUrl())));
    assertThat(first.counts().failed()).isEqualTo(30);

    BuiltinServer healthy = server(Emulation.none());
    GenerateResult second = run(config("fault_retry_next", 30, stubborn.formatted(healthy.baseUrl())));
    assertThat(second.counts().skippedExisting()).isZero();
    assertThat(second.counts().generated()).isEqualTo(30);
    assertThat(healthy.stats().completionsServed()).isEqualTo(30);
    Dataset<Row> table = spark.table("fault_retry_next.generations");
    assertThat(table.count()).isEqualTo(30);
    assertThat(table.filter("status = 'succeeded'").count()).isEqualTo(30);

    GenerateResult third = run(config("fault_retry_next", 30, stubborn.formatted(healthy.baseUrl())));
    assertThat(third.counts().skippedExisting()).isEqualTo(30);
    assertThat(healthy.stats().completionsServed()).as("succeeded rows are not sent again").isEqualTo(30);
  }

  @Test
  void oneOfTwoEndpointsDownForTheWholeRunIsRoutedAround() throws IOException {
    BuiltinServer healthy = server(Emulation.none());
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GenerateResult result = run(config("fault_one_down", 60,
        endpoint("down", "http://127.0.0.1:" + closedPort), endpoint("up", healthy.baseUrl())));
    assertAccounted(result, "fault_one_down", 60);
    assertThat(result.counts().failed()).isZero();
    assertThat(spark.table("fault_one_down.generations").filter("endpoint_name = 'up'").count()).isEqualTo(60);
  }
}
