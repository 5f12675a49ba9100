package dev.synthforge.bench;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.ConfigLoader;
import dev.synthforge.config.JobConfig;
import dev.synthforge.spark.GenerateJob;
import dev.synthforge.spark.GenerateResult;
import dev.synthforge.spark.RunIdentity;
import dev.synthforge.spark.Sessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The fan-out benchmark (jobs/bench/fanout.sh starts the emulated GPU servers and runs this):
 * saturation of two 256-slot, 1 s servers (a 512 requests/s ceiling); per-request overhead
 * against a server with no service time; adaptive concurrency against a latency knee.
 *
 * <p>Arguments: gpuUrlA gpuUrlB fastUrl kneeUrl workDir jobRequests.
 */
public final class FanoutBenchmark {
  private static final double CEILING = 512;

  public static void main(String[] args) throws Exception {
    List<String> gpus = List.of(args[0], args[1]);
    String fast = args[2];
    String knee = args[3];
    Path work = Path.of(args[4]);
    int jobRequests = Integer.parseInt(args[5]);
    Path seeds = seeds(work, jobRequests);
    SparkSession spark = Sessions.start("synthforge-bench", work.resolve("warehouse"), "local[*]");
    spark.sparkContext().setLogLevel("WARN");

    say("1. saturation: 2 servers x 256 slots x 1 s fixed service time, ceiling 512 requests/s");
    BareClient.Measurement bare = BareClient.run(gpus, 640, jobRequests);
    say(String.format(Locale.ROOT, "   bare client: %d requests in %.1f s = %.1f requests/s (%d failed)",
        bare.requests(), bare.seconds(), bare.requestsPerSecond(), bare.failures()));
    String gpuEndpoints = endpoint("gpu-a", gpus.get(0), 384) + endpoint("gpu-b", gpus.get(1), 384);
    Job saturated;
    try (LoadSampler sampler = new LoadSampler(gpus)) {
      saturated = job(spark, work, seeds, "bench_saturation", gpuEndpoints);
      say(sampler.timeline());
    }
    say(String.format(Locale.ROOT, "   generate job: %d requests, fan-out %.1f s = %.1f requests/s; whole job %.1f s",
        saturated.sent(), saturated.fanOutSeconds(), saturated.fanOutRate(), saturated.wallSeconds()));

    say("2. overhead: 1 server with no service time");
    BareClient.Measurement bareFast = BareClient.run(List.of(fast), 64, jobRequests);
    BareClient.Measurement bareFastWide = BareClient.run(List.of(fast), 256, jobRequests);
    if (bareFastWide.requestsPerSecond() > bareFast.requestsPerSecond()) {
      bareFast = bareFastWide;
    }
    say(String.format(Locale.ROOT, "   bare client (best of 64 and 256 in flight): %.1f requests/s, %.3f CPU s per 1,000 requests",
        bareFast.requestsPerSecond(), bareFast.cpuSecondsPerThousand()));
    Job overhead = job(spark, work, seeds, "bench_overhead", endpoint("fast", fast, 64));
    say(String.format(Locale.ROOT, "   generate job: fan-out %.1f requests/s, %.3f CPU s per 1,000 requests"
        + " (whole job %.1f s)", overhead.fanOutRate(), overhead.cpuSecondsPerThousand(), overhead.wallSeconds()));

    say("3. vLLM-like knee: service time 100 ms, growing in proportion past 32 requests in service");
    KneeSweep.Result sweep = KneeSweep.run(knee, 3_000);
    say(sweep.describe());
    spark.stop();

    System.out.printf(Locale.ROOT, "utilization=%.3f%n", saturated.fanOutRate() / CEILING);
    System.out.printf(Locale.ROOT, "efficiency=%.3f%n", saturated.fanOutRate() / bare.requestsPerSecond());
    System.out.printf(Locale.ROOT, "knee_ratio=%.3f%n", sweep.adaptive() / sweep.bestFixed());
    System.out.printf(Locale.ROOT, "overhead_ratio=%.3f%n", overhead.fanOutRate() / bareFast.requestsPerSecond());
  }

  record Job(long sent, double fanOutSeconds, double wallSeconds, double cpuSeconds) {
    double fanOutRate() {
      return sent / fanOutSeconds;
    }

    double cpuSecondsPerThousand() {
      return cpuSeconds / sent * 1000;
    }
  }

  private static Job job(SparkSession spark, Path work, Path seeds, String database, String endpoints) throws IOException {
    Path config = work.resolve(database + ".yaml");
    Files.writeString(config, """
        seeds:
          path: %s
          id-column: id
        task:
          name: bench
          template: "Paraphrase: {{text}}"
          max-tokens: 16
          seed: 1
        endpoints:
        %s
        output:
          database: %s
        """.formatted(seeds, endpoints, database));
    JobConfig loaded = ConfigLoader.load(config);
    RunIdentity identity = new RunIdentity(RunIdentity.newRunId("bench"), LocalDate.now(), ConfigHash.of(loaded), null);
    long cpuStart = BareClient.cpuNanos();
    GenerateResult result = new GenerateJob(spark, loaded, identity, true).run();
    double cpu = (BareClient.cpuNanos() - cpuStart) / 1e9;
    long sent = result.counts().generated() + result.counts().failed();
    if (result.counts().failed() > 0) {
      say("   (" + result.counts().failed() + " failed: " + result.counts().failuresByClass() + ")");
    }
    return new Job(sent, result.fanOutMillis() / 1000.0, result.wallMillis() / 1000.0, cpu);
  }

  private static String endpoint(String name, String url, int maxConcurrency) {
    return """
          - name: %s
            base-url: %s/v1
            model: synthforge-builtin
            max-concurrency: %d
            request-timeout: 60s
        """.formatted(name, url, maxConcurrency);
  }

  private static Path seeds(Path work, int count) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("conf/seeds/demo-seeds.jsonl"))) {
      int start = line.indexOf("\"text\": \"") + 9;
      texts.add(line.substring(start, line.indexOf("\", \"category\"")));
    }
    List<String> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add("{\"id\": \"b" + i + "\", \"text\": \"" + texts.get(i % texts.size()) + " (" + i + ")\"}");
    }
    Path file = work.resolve("bench-seeds.jsonl");
    Files.write(file, lines);
    return file;
  }

  static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
