package dev.synthforge.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.config.JobConfig;
import dev.synthforge.config.SeedFormat;
import dev.synthforge.config.SeedsConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.core.lab.LabPolicy;
import dev.synthforge.core.lab.LabSettings;
import dev.synthforge.core.lab.LabTable;
import dev.synthforge.spark.LabJob;
import dev.synthforge.spark.LabResult;
import dev.synthforge.spark.RunIdentity;
import dev.synthforge.spark.Sessions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lab}: the collapse lab, recursive generations under replace, accumulate and fresh real data. */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = {
      "Run K recursive generations with the built-in n-gram model: generation k's model is fitted on"
          + " generation k-1's training pool and writes generation k. Policies side by side: replace"
          + " (the last generation only), accumulate (all real plus all synthetic so far) and fresh"
          + " (a fixed share of real rows drawn anew each generation). Rows go to generations under"
          + " tasks lab-<policy> with their depth and parent ids; the monitor measures each policy per"
          + " depth; the lab prints a table of generation x policy x metric."
    })
final class LabCommand implements Callable<Integer>, OptionChecks {
  @Mixin RunOptions options;

  @Mixin SparkOptions sparkOptions;

  @Option(names = "--generations", defaultValue = "5", paramLabel = "K",
      description = "Recursive generations per policy (default: ${DEFAULT-VALUE}).")
  int generations;

  @Option(names = "--fresh-fraction", defaultValue = "0.1", paramLabel = "F",
      description = "Share of real rows, drawn anew, in each pool of the fresh policy (default: ${DEFAULT-VALUE}).")
  double freshFraction;

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "The real data instead of the config's seeds: JSONL, CSV, Parquet, a Delta folder, or a"
          + " .txt file with one document per line.")
  Path corpus;

  @Option(names = "--text-column", defaultValue = "text", paramLabel = "NAME",
      description = "Text column of --corpus (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--id-column", paramLabel = "NAME",
      description = "Id column of --corpus (default: none; ids are hashes of the texts).")
  String idColumn;

  @Override
  public void checkOptions() {
    settings();
  }

  private LabSettings settings() {
    try {
      return new LabSettings(generations, LabPolicy.standard(freshFraction));
    } catch (IllegalArgumentException e) {
      throw Errors.userError("run the lab", e.getMessage());
    }
  }

  @Override
  public Integer call() {
    Logging.configure(sparkOptions.verbose);
    LabSettings settings = settings();
    JobConfig loaded = options.load();
    Path warehouse = Path.of(loaded.output().warehouse()).toAbsolutePath().normalize();
    JobConfig config = corpus == null ? loaded : withCorpus(loaded, warehouse);
    RunIdentity identity = RunOptions.identity(config, "lab");
    SparkSession spark = Sessions.start("synthforge lab", warehouse, sparkOptions.master);
    try {
      LabResult result = new LabJob(spark, config, settings, identity, warehouse.resolve("reports")).run();
      print(result, System.out);
      return ExitCodes.SUCCESS;
    } finally {
      spark.stop();
    }
  }

  /** The config with the corpus as its seeds; a .txt corpus becomes JSONL in the warehouse first. */
  private JobConfig withCorpus(JobConfig config, Path warehouse) {
    if (!Files.isReadable(corpus)) {
      throw Errors.userError("run the lab on " + corpus, "no such readable file or folder (--corpus)");
    }
    Path path = corpus.toAbsolutePath().normalize();
    String text = textColumn;
    Optional<String> id = Optional.ofNullable(idColumn);
    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      path = textAsJsonl(path, warehouse.resolve("lab-corpus").resolve(path.getFileName() + ".jsonl"));
      text = "text";
      id = Optional.empty();
    }
    SeedsConfig seeds = new SeedsConfig(Optional.of(path.toString()), Optional.empty(), SeedFormat.AUTO, id, text,
        List.of(), config.seeds().maxTextChars(), 0);
    return config.withSeeds(seeds);
  }

  private static Path textAsJsonl(Path source, Path target) {
    ObjectMapper json = new ObjectMapper();
    try {
      Files.createDirectories(target.getParent());
      try (BufferedReader lines = Files.newBufferedReader(source, StandardCharsets.UTF_8);
          BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank()) {
            out.write(json.writeValueAsString(Map.of("text", line)));
            out.newLine();
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw Errors.userError("read the corpus " + source, e.getMessage());
    }
  }

  static void print(LabResult result, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "synthforge lab: run %s, %d generations of %,d rows per policy, measured at %,d tokens"
        + " per generation (%.1f s)%n", result.runId(), result.settings().generations(), result.realRows(),
        result.tokenBudget(), result.wallMillis() / 1000.0);
    out.println();
    out.print(result.table().format());
    out.println();
    out.println("generation 0 is the real data (tail recall 1 by definition); real-resampled is the real data"
        + " drawn again with replacement at the same size: what one round of finite sampling loses.");
    out.println("curves: " + result.reports().get(0));
    for (String report : result.reports().subList(1, result.reports().size())) {
      out.println("monitor report: " + report);
    }
    out.printf(Locale.ROOT, "lab_real_tail_recall=%.4f%n",
        result.table().value(LabTable.REAL_RESAMPLED, 1, "tail_recall_1"));
    out.printf(Locale.ROOT, "lab_replace_tail_recall=%.4f%n", result.lastTailRecall(LabPolicy.REPLACE.name()));
    out.printf(Locale.ROOT, "lab_accumulate_tail_recall=%.4f%n", result.lastTailRecall(LabPolicy.ACCUMULATE.name()));
    out.flush();
  }
}
