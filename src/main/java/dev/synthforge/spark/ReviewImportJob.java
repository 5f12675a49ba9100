package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;

import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.review.Review;
import dev.synthforge.core.review.ReviewFile;
import dev.synthforge.core.review.ReviewFileParser;
import dev.synthforge.core.review.ReviewFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The review import job: reads a file of human verdicts (CSV or JSON Lines), checks all of it
 * before anything is written, appends the reviews not stored yet to {@code reviews}, and applies
 * each row's latest review to {@code curated} as curate would. A file with any problem (a wrong
 * header, unreadable lines, bad values, row ids twice or unknown) is applied not at all, and the
 * error lists every problem. Importing the same file again writes nothing.
 */
public final class ReviewImportJob {
  static final String JOB = "review-import";

  private final SparkSession spark;
  private final JobConfig config;
  private final RunIdentity identity;

  public ReviewImportJob(SparkSession spark, JobConfig config, RunIdentity identity) {
    this.spark = spark;
    this.config = config;
    this.identity = identity;
  }

  /** What an import did. */
  public record Result(String runId, String reviewsTable, int reviews, int unreviewed, long stored,
      long alreadyStored, long curatedChanged) {}

  public Result run(Path file) {
    Instant started = Instant.now();
    String database = config.output().database();
    String task = config.task().name();
    if (!spark.catalog().tableExists(database, config.output().curatedTable())) {
      throw Errors.userError("import reviews into " + DeltaTables.qualified(database, config.output().curatedTable()),
          "the table does not exist; run curate with this config first");
    }
    ReviewFile parsed = parse(file);
    RunLedger ledger = RunLedger.open(spark, database, config.output().runsTable());
    CuratedStore curated = CuratedStore.open(spark, database, config.output().curatedTable());
    ReviewStore store = ReviewStore.open(spark, database, config.output().reviewsTable());
    ledger.record(RunLedgerEntries.running(identity, JOB, started, "", store.table()));
    try {
      CommitMetadata.tag(spark, identity.runId(), JOB);
      // Unknown ids are looked up even when other lines have problems, so one error lists them all.
      ReviewFile checked = parsed.withKnownRows(knownRows(curated, parsed.reviews()));
      if (!checked.valid()) {
        throw Errors.userError("import reviews from " + file, checked.problems().size()
            + " problem(s); nothing was applied:" + checked.describeProblems());
      }
      long stored = store.insert(checked.reviews(), task, file.toString(), identity.runId(), Instant.now());
      Dataset<Row> rows = curated.rowsOf(task);
      Dataset<Row> latest = store.latest(task);
      Dataset<Row> reviewed = rows.join(latest, rows.col("request_id").equalTo(latest.col("reviewed_request_id")))
          .drop("reviewed_request_id")
          .map(new ReviewedRows(), Encoders.row(TableSchemas.CURATED));
      long changed = curated.merge(reviewed);
      Instant finished = Instant.now();
      int reviews = checked.reviews().size();
      String message = "stored " + stored + " of " + reviews + " reviews (" + (reviews - stored)
          + " already stored); " + changed + " curated rows changed";
      ledger.record(ReviewLedgerEntries.imported(identity, started, finished, reviews, stored, changed,
          store.table(), message));
      return new Result(identity.runId(), store.table(), reviews, checked.unreviewed(), stored, reviews - stored,
          changed);
    } catch (RuntimeException error) {
      try {
        ledger.record(ReviewLedgerEntries.stopped(identity, JOB, started, Instant.now(), store.table(),
            Errors.rootMessage(error)));
      } catch (RuntimeException ledgerError) {
        error.addSuppressed(ledgerError);
      }
      throw error;
    } finally {
      CommitMetadata.clear(spark);
    }
  }

  private static ReviewFile parse(Path file) {
    ReviewFormat format;
    try {
      format = ReviewFileParser.formatOf(file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw Errors.userError("import reviews from " + file, "its name should end with .csv or .jsonl");
    }
    try {
      return ReviewFileParser.parse(format, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw Errors.userError("import reviews from " + file, "the file cannot be read: " + e.getMessage(), e);
    }
  }

  /** The row ids of the file that the task's curated rows have. */
  private Set<String> knownRows(CuratedStore curated, List<Review> reviews) {
    Dataset<Row> ids = spark.createDataset(reviews.stream().map(Review::rowId).distinct().toList(), Encoders.STRING())
        .toDF("wanted_id");
    Dataset<Row> rows = curated.rowsOf(config.task().name()).select("request_id");
    Set<String> known = new HashSet<>();
    for (Row row : ids.join(rows, ids.col("wanted_id").equalTo(rows.col("request_id"))).select(col("wanted_id"))
        .collectAsList()) {
      known.add(row.getString(0));
    }
    return known;
  }
}
