package dev.synthforge.job;

import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.core.review.ReviewFormat;
import dev.synthforge.spark.ReviewExportJob;
import dev.synthforge.spark.ReviewImportJob;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review export|import}: a stratified sample for people to check, and their verdicts back. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Human review of curated rows: export a stratified sample, import the verdicts.",
    subcommands = {ReviewCommand.Export.class, ReviewCommand.Import.class, CommandLine.HelpCommand.class})
final class ReviewCommand implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Draw a stratified sample of the config task's curated rows for people to check and write it"
            + " as CSV or JSON Lines: strata are (seed attribute group, kept or rejected, judge score"
            + " band), the size spread evenly over them, borderline rows (at or one below the judge"
            + " threshold, or rejected by exactly one rule) three times as likely to be drawn. The same"
            + " table and --seed give the same file. Fill in review_verdict (accept, reject, edit),"
            + " edited_text (for an edit), reviewer and reviewed_at, then run review import."
      })
  static final class Export implements Callable<Integer>, OptionChecks {
    @Mixin RunOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Option(names = "--format", paramLabel = "csv|jsonl",
        description = "File format (default: from the --out name, .jsonl for JSON Lines, else csv).")
    String format;

    @Option(names = "--size", defaultValue = "200", paramLabel = "N", description = "Rows to draw (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin SparkOptions sparkOptions;

    @Override
    public void checkOptions() {
      format(format, out);
      if (size < 1) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--size must be >= 1, got " + size);
      }
    }

    @Override
    public Integer call() {
      checkOptions();
      return SparkCommand.run("review export", options, sparkOptions, (spark, config, warehouse) -> {
        ReviewExportJob.Result result = new ReviewExportJob(spark, config, RunOptions.identity(config, "review-export"))
            .run(out, format(format, out), size, seed);
        PrintStream print = System.out;
        print.println();
        print.println("synthforge review export: run " + result.runId() + " succeeded");
        print.printf(Locale.ROOT, "  curated rows        %,d%n", result.curatedRows());
        print.printf(Locale.ROOT, "  drawn               %,d (%,d borderline) from %d strata%n", result.written(),
            result.borderline(), result.byStratum().size());
        result.byStratum().forEach((stratum, rows) -> print.printf(Locale.ROOT, "    %-40s %,d%n", stratum, rows));
        print.println("  file                " + result.file());
        print.flush();
        return ExitCodes.SUCCESS;
      });
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Read people's verdicts (CSV with a header, or JSON Lines) and merge them by request_id into"
            + " the reviews table and the curated rows: reject makes a row not kept (rejected_by review),"
            + " accept keeps it, edit keeps it with the new text. A file with any problem (wrong header,"
            + " bad lines, duplicate or unknown ids) is applied not at all, every problem listed."
            + " Importing the same file again changes nothing."
      })
  static final class Import implements Callable<Integer> {
    @Mixin RunOptions options;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "Review file (.csv or .jsonl).")
    Path file;

    @Mixin SparkOptions sparkOptions;

    @Override
    public Integer call() {
      return SparkCommand.run("review import", options, sparkOptions, (spark, config, warehouse) -> {
        ReviewImportJob.Result result = new ReviewImportJob(spark, config, RunOptions.identity(config, "review-import")).run(file);
        PrintStream print = System.out;
        print.println();
        print.println("synthforge review import: run " + result.runId() + " succeeded");
        print.printf(Locale.ROOT, "  reviews in file     %,d (%,d lines not reviewed yet)%n", result.reviews(),
            result.unreviewed());
        print.printf(Locale.ROOT, "  stored              %,d new, %,d already stored%n", result.stored(),
            result.alreadyStored());
        print.printf(Locale.ROOT, "  curated rows        %,d changed%n", result.curatedChanged());
        print.println("  table               " + result.reviewsTable());
        print.flush();
        return ExitCodes.SUCCESS;
      });
    }
  }

  static ReviewFormat format(String format, Path out) {
    if (format == null) {
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".jsonl") || name.endsWith(".json") ? ReviewFormat.JSONL : ReviewFormat.CSV;
    }
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> ReviewFormat.CSV;
      case "jsonl" -> ReviewFormat.JSONL;
      default -> throw new CommandLine.ParameterException(new CommandLine(new ReviewCommand()),
          "--format must be csv or jsonl, got '" + format + "'");
    };
  }
}
