package dev.synthforge.bench;

import static dev.synthforge.bench.FanoutBenchmark.say;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.synthforge.core.curate.LshParameters;
import dev.synthforge.core.curate.MinHasher;
import dev.synthforge.endpoint.builtin.MiniLmEmbeddings;
import dev.synthforge.spark.DuplicateClusters;
import dev.synthforge.spark.Sessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The dedup benchmark (jobs/bench/dedup.sh runs this): {@link DuplicateClusters#near} over
 * synthetic corpora ({@link DedupCorpus}) of growing size, timed from reading the corpus to
 * writing the clusters, with recall and precision against the planted near duplicates; then the
 * speed of all-MiniLM-L6-v2 embeddings, for semantic dedup.
 *
 * <p>Arguments: workDir [row counts, default 100000 1000000]. The last lines are growth_ratio
 * (time of the last size over time of the first), recall and precision of the last size.
 */
public final class DedupBenchmark {
  private static final long SEED = 20261125L;
  private static final double COPY_SHARE = 0.05;
  private static final long WARM_UP_ROWS = 20_000;
  private static final int EMBEDDED_TEXTS = 3_000;
  private static final int EMBEDDING_BATCH = 32;

  /** One timed run and its quality against the planted copies. */
  record Run(long rows, double seconds, long clusters, long duplicates, long copies,
      double recall, double precision, double meanJaccard, double minJaccard,
      double expectedRecall) {
    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    List<Long> sizes = args.length > 1
        ? Arrays.stream(args).skip(1).map(Long::parseLong).toList()
        : List.of(100_000L, 1_000_000L);
    int cores = Runtime.getRuntime().availableProcessors();
    SparkSession spark = Sessions.start("synthforge-dedup-bench", work.resolve("warehouse"), "local[*]");
    spark.sparkContext().setLogLevel("WARN");
    spark.sparkContext().setCheckpointDir(work.resolve("checkpoints").toString());
    // A few tasks per core: enough to balance, few enough that small rounds stay cheap.
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(4 * cores));
    MinHasher hasher = MinHasher.defaults();
    LshParameters lsh = hasher.parameters();

    say(String.format(Locale.ROOT, "Near-duplicate clusters: MinHash %d bands x %d rows (threshold %.2f),"
        + " %d-word shingles; %.0f%% planted copies; %d cores", lsh.bands(), lsh.rows(),
        lsh.threshold(), hasher.shingleWords(), COPY_SHARE * 100, cores));
    run(spark, work, WARM_UP_ROWS, hasher);
    say(String.format(Locale.ROOT, "%10s %9s %10s %9s %10s %8s %8s %9s %10s %10s",
        "rows", "seconds", "rows/s", "clusters", "dropped", "copies", "recall", "precision",
        "jaccard", "expected"));
    List<Run> runs = new ArrayList<>();
    for (long size : sizes) {
      Run run = run(spark, work, size, hasher);
      runs.add(run);
      say(String.format(Locale.ROOT, "%,10d %9.1f %,10.0f %,9d %,10d %,8d %8.4f %9.4f %4.2f..%4.2f %10.4f",
          run.rows(), run.seconds(), run.rowsPerSecond(), run.clusters(), run.duplicates(),
          run.copies(), run.recall(), run.precision(), run.minJaccard(), run.meanJaccard(),
          run.expectedRecall()));
    }
    say("  seconds: reading the corpus, signatures, components and writing the clusters to Parquet;"
        + " dropped: non-representative rows;");
    say("  jaccard: min..mean 5-shingle Jaccard of planted pairs; expected: mean banding probability"
        + " of a planted pair (recall without transitivity)");
    spark.stop();

    embeddings(cores);

    Run first = runs.get(0);
    Run last = runs.get(runs.size() - 1);
    System.out.printf(Locale.ROOT, "growth_ratio=%.3f%n", last.seconds() / first.seconds());
    System.out.printf(Locale.ROOT, "recall=%.4f%n", last.recall());
    System.out.printf(Locale.ROOT, "precision=%.4f%n", last.precision());
  }

  private static Run run(SparkSession spark, Path work, long size, MinHasher hasher) {
    String corpus = work.resolve("corpus-" + size).toString();
    String result = work.resolve("clusters-" + size).toString();
    int partitions = (int) Math.max(8, size / 50_000);
    spark.range(0, size, 1, partitions)
        .mapPartitions(new DedupCorpus(SEED, COPY_SHARE), Encoders.row(DedupCorpus.SCHEMA))
        .write().mode("overwrite").parquet(corpus);

    long start = System.nanoTime();
    DuplicateClusters.near(spark.read().parquet(corpus), hasher).write().mode("overwrite").parquet(result);
    double seconds = (System.nanoTime() - start) / 1e9;

    Dataset<Row> clusters = spark.read().parquet(result);
    Dataset<Row> truth = spark.read().parquet(corpus)
        .select("row_id", "family_id", "original_id", "planted_jaccard");
    Row totals = clusters.agg(countDistinct("cluster_id"),
        sum(when(col("representative"), 0).otherwise(1))).first();
    LshParameters lsh = hasher.parameters();
    Column banded = lit(1).minus(pow(lit(1).minus(pow(col("planted_jaccard"), lsh.rows())), lsh.bands()));
    Row planted = truth.filter(col("original_id").isNotNull())
        .join(clusters.select(col("row_id"), col("cluster_id").as("copy_cluster")), "row_id")
        .join(clusters.select(col("row_id").as("original_id"), col("cluster_id").as("original_cluster")),
            "original_id")
        .agg(count(lit(1)),
            avg(when(col("copy_cluster").equalTo(col("original_cluster")), 1.0).otherwise(0.0)),
            avg("planted_jaccard"), min("planted_jaccard"), avg(banded))
        .first();
    return new Run(size, seconds, totals.getLong(0), totals.getLong(1), planted.getLong(0),
        planted.getDouble(1), precision(clusters, truth), planted.getDouble(2),
        planted.getDouble(3), planted.getDouble(4));
  }

  /** Pairs of rows in one cluster that are of one planted family, over all pairs in clusters. */
  private static double precision(Dataset<Row> clusters, Dataset<Row> truth) {
    Column pairs = col("n").multiply(col("n").minus(1)).divide(2);
    double clustered = clusters.groupBy("cluster_id").agg(count(lit(1)).as("n"))
        .agg(sum(pairs)).first().getDouble(0);
    double related = clusters.join(truth, "row_id").groupBy("cluster_id", "family_id")
        .agg(count(lit(1)).as("n")).agg(sum(pairs)).first().getDouble(0);
    return clustered == 0 ? 1 : related / clustered;
  }

  /** Embedding throughput with one calling thread, then with one per core. */
  private static void embeddings(int cores) throws Exception {
    DedupCorpus corpus = new DedupCorpus(SEED, 0);
    List<String> texts = new ArrayList<>();
    for (int index = 0; index < EMBEDDED_TEXTS; index++) {
      texts.add(corpus.text(index));
    }
    MiniLmEmbeddings model = MiniLmEmbeddings.shared();
    embedAll(model, texts.subList(0, 10 * EMBEDDING_BATCH)); // loads the model, warms the JIT

    long cpuStart = BareClient.cpuNanos();
    long start = System.nanoTime();
    embedAll(model, texts);
    double oneThread = texts.size() / ((System.nanoTime() - start) / 1e9);
    double oneThreadCores = (BareClient.cpuNanos() - cpuStart) / 1e9 / (texts.size() / oneThread);

    ExecutorService pool = Executors.newFixedThreadPool(cores);
    start = System.nanoTime();
    List<Future<?>> parts = new ArrayList<>();
    int share = (texts.size() + cores - 1) / cores;
    for (int from = 0; from < texts.size(); from += share) {
      List<String> part = texts.subList(from, Math.min(from + share, texts.size()));
      parts.add(pool.submit(() -> embedAll(model, part)));
    }
    for (Future<?> part : parts) {
      part.get();
    }
    double allCores = texts.size() / ((System.nanoTime() - start) / 1e9);
    pool.shutdown();

    say(String.format(Locale.ROOT, "Embeddings: %s (%d dimensions) over %,d texts of 30 to 80 words,"
        + " batches of %d", MiniLmEmbeddings.MODEL_NAME, MiniLmEmbeddings.DIMENSION, texts.size(),
        EMBEDDING_BATCH));
    say(String.format(Locale.ROOT, "  1 calling thread:  %8.1f texts/s (%.2f cores busy)", oneThread,
        oneThreadCores));
    say(String.format(Locale.ROOT, "  %d calling threads: %8.1f texts/s", cores, allCores));
    System.out.printf(Locale.ROOT, "embeddings_per_second_per_core=%.1f%n",
        Math.max(oneThread, allCores) / cores);
  }

  private static void embedAll(MiniLmEmbeddings model, List<String> texts) {
    for (int from = 0; from < texts.size(); from += EMBEDDING_BATCH) {
      model.embed(texts.subList(from, Math.min(from + EMBEDDING_BATCH, texts.size())));
    }
  }
}
