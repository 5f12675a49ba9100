package dev.synthforge.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on this machine (a master and two workers, separate JVMs, the workers
 * on two loopback addresses), driven through the scripts in jobs/cluster/, with the distribution
 * assembled into a folder of its own.
 */
final class LocalSparkCluster implements AutoCloseable {
  private static final Path SCRIPTS = Path.of("jobs", "cluster");

  private final Path dist;
  private final Path logs;
  private final List<Process> submitted = new ArrayList<>();
  private String masterUrl;

  /** A finished process: its exit code and its output (stdout and stderr together). */
  record Finished(int exitCode, String output) {}

  private LocalSparkCluster(Path dist, Path logs) {
    this.dist = dist;
    this.logs = logs;
  }

  /**
   * Assembles the distribution into {@code dist} and starts the cluster, after stopping one that
   * an interrupted earlier run may have left there.
   */
  static LocalSparkCluster start(Path dist, Path logs) throws Exception {
    LocalSparkCluster cluster = new LocalSparkCluster(dist.toAbsolutePath(), logs);
    Files.createDirectories(logs);
    if (Files.exists(dist.resolve("run"))) {
      check(cluster.script("stop.sh", Duration.ofMinutes(1), dist.toString()), "stop.sh");
    }
    Finished assembled = cluster.script("assemble.sh", Duration.ofMinutes(5), dist.toString());
    check(assembled, "assemble.sh");
    // Two loopback addresses: the workers are distinct hosts, so Spark can place speculative copies.
    Finished started = cluster.script("start.sh", Duration.ofMinutes(3), Map.of("SPARK_WORKER_HOSTS", "127.0.0.1 127.0.0.2"),
        dist.toString());
    check(started, "start.sh");
    cluster.masterUrl = started.output().strip().lines().reduce((first, last) -> last).orElseThrow();
    return cluster;
  }

  String masterUrl() {
    return masterUrl;
  }

  /**
   * Starts {@code jobs/cluster/submit.sh [sparkOptions --] arguments}; the process is the driver
   * JVM itself (the script execs it), so killing it kills the driver. Its output goes to {@code log}.
   */
  Process submit(List<String> sparkOptions, List<String> arguments, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(SCRIPTS.resolve("submit.sh").toString()));
    command.addAll(sparkOptions);
    command.add("--");
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_DIST", dist.toString());
    Process process = builder.start();
    submitted.add(process);
    return process;
  }

  /** Runs a submit to its end. */
  Finished submitAndWait(List<String> sparkOptions, List<String> arguments, Path log, Duration timeout) throws Exception {
    Process process = submit(sparkOptions, arguments, log);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("submit " + arguments + " did not finish within " + timeout + ":\n" + Files.readString(log));
    }
    return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The executor JVMs the workers of this cluster run now. */
  List<ProcessHandle> executors() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(this::isExecutor).orElse(false))
        .toList();
  }

  private boolean isExecutor(String commandLine) {
    return commandLine.contains("org.apache.spark.executor.CoarseGrainedExecutorBackend") && commandLine.contains(dist.toString());
  }

  /** Every JVM still running from this cluster's distribution: daemons, executors, drivers. */
  List<ProcessHandle> processes() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(line -> line.contains(dist + "/jars/")).orElse(false))
        .toList();
  }

  /** Every line the executors of this cluster have logged so far (their stderr files). */
  List<String> executorLogLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.find(dist.resolve("run"), 5,
        (path, attributes) -> attributes.isRegularFile() && path.getFileName().toString().equals("stderr"))) {
      for (Path file : files.toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** The tail of the cluster's daemon logs, for failure messages. */
  String daemonLogs() {
    StringBuilder text = new StringBuilder();
    for (String name : List.of("master.log", "worker-1.log", "worker-2.log")) {
      Path log = dist.resolve("run").resolve(name);
      try {
        List<String> lines = Files.readAllLines(log);
        text.append("--- ").append(name).append('\n')
            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))).append('\n');
      } catch (IOException e) {
        text.append("--- ").append(name).append(": ").append(e.getMessage()).append('\n');
      }
    }
    return text.toString();
  }

  /** Kills drivers still running, stops the cluster, and kills any JVM it left. */
  @Override
  public void close() throws Exception {
    for (Process process : submitted) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    Finished stopped = script("stop.sh", Duration.ofMinutes(1), dist.toString());
    for (ProcessHandle left : processes()) {
      left.destroyForcibly();
      left.onExit().get(30, TimeUnit.SECONDS);
    }
    check(stopped, "stop.sh");
  }

  private Finished script(String name, Duration timeout, String... arguments) throws Exception {
    return script(name, timeout, Map.of(), arguments);
  }

  private Finished script(String name, Duration timeout, Map<String, String> environment, String... arguments)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(SCRIPTS.resolve(name).toString()));
    command.addAll(List.of(arguments));
    Path log = logs.resolve(name + "-" + System.nanoTime() + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(name + " did not finish within " + timeout + ":\n" + Files.readString(log));
    }
    return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static void check(Finished finished, String name) {
    if (finished.exitCode() != 0) {
      throw new AssertionError(name + " exited with " + finished.exitCode() + ":\n" + finished.output());
    }
  }
}
