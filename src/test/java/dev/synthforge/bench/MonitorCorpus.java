package dev.synthforge.bench;

import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.core.lm.SeededRandom;
import dev.synthforge.core.lm.WordTokenizer;
import dev.synthforge.spark.TableSchemas;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The input of the monitor benchmark, a pure function of the seed and the row index, so that
 * executors generate it from {@code spark.range}: real seed rows, the generated rows of one task
 * (rows of {@code TableSchemas.GENERATIONS}) and curated rows for some of them.
 *
 * <p>Seeds are 30 to 80 words from a Zipf distribution (exponent 1) over 4,000 made-up words, in
 * one of five domains with skewed shares (50%, 25%, 15%, 7%, 3%). Generated rows are 70% depth 1
 * (made from a seed) and 30% depth 2 (made from a depth-1 row); each depth draws from a smaller
 * vocabulary with a steeper Zipf exponent, as recursive generation narrows the language, and
 * depth 2 under-represents the smallest domain. About 1% of the rows failed (no text), more of
 * them on one endpoint than the other.
 */
final class MonitorCorpus implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String TASK = "paraphrase";
  static final List<String> DOMAINS = List.of("electronics", "kitchen", "garden", "toys", "books");
  private static final double[] DOMAIN_SHARES = {0.50, 0.25, 0.15, 0.07, 0.03};
  private static final double DEPTH_ONE_SHARE = 0.7;
  private static final String RUN_ID = "generate-20261125-000000-0000";
  private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 25);
  private static final String TEMPLATE = "Paraphrase this product review: ";
  private static final int REQUEST_ID = TableSchemas.GENERATIONS.fieldIndex("request_id");
  private static final int SEED_ID = TableSchemas.GENERATIONS.fieldIndex("seed_id");
  private static final int SEED_ATTRIBUTES = TableSchemas.GENERATIONS.fieldIndex("seed_attributes");
  private static final int TEXT = TableSchemas.GENERATIONS.fieldIndex("text");
  private static final int DEPTH = TableSchemas.GENERATIONS.fieldIndex("generation_depth");

  static final StructType SEED_SCHEMA = new StructType()
      .add("id", StringType, false)
      .add("text", StringType, false)
      .add("domain", StringType, false);

  private final long seed;
  private final long seedRows;
  private final long generatedRows;
  private final String seedSource;
  private final ZipfWords[] wordsByDepth = {
      new ZipfWords(4_000, 1.0), new ZipfWords(3_000, 1.05), new ZipfWords(2_000, 1.15)};

  MonitorCorpus(long seed, long seedRows, long generatedRows, String seedSource) {
    this.seed = seed;
    this.seedRows = seedRows;
    this.generatedRows = generatedRows;
    this.seedSource = seedSource;
  }

  MapPartitionsFunction<Long, Row> seeds() {
    return indexes -> map(indexes, this::seedRow);
  }

  MapPartitionsFunction<Long, Row> generations() {
    return indexes -> map(indexes, this::generationRow);
  }

  MapPartitionsFunction<Long, Row> curated() {
    return indexes -> map(indexes, this::curatedRow);
  }

  Row seedRow(long index) {
    return RowFactory.create(seedId(index), seedText(index), domain(index));
  }

  Row generationRow(long index) {
    int depth = depth(index);
    long seedIndex = seedOf(index);
    String seedText = seedText(seedIndex);
    SeededRandom random = random(index, 3);
    boolean secondEndpoint = random.nextDouble() < 0.4;
    boolean failed = random.nextDouble() < (secondEndpoint ? 0.02 : 0.005);
    String text = failed ? null : generatedText(index, depth);
    String prompt = TEMPLATE + (depth == 1 ? seedText : generatedText(parentOf(index), 1));
    long promptTokens = Math.round(WordTokenizer.countTokens(prompt) * 1.3);
    long completionTokens = failed ? 0 : Math.round(WordTokenizer.countTokens(text) * 1.3);
    String endpoint = secondEndpoint ? "gpu-b" : "gpu-a";
    String parent = depth == 1 ? seedId(seedIndex) : requestId(parentOf(index));
    return RowFactory.create(
        requestId(index), seedId(seedIndex), hex(seedIndex ^ 0x5EED), seedSource, null,
        CollectionConverters.asScala(Map.of("domain", domain(seedIndex))),
        (int) (index % 4), TASK, "paraphrase-v1", hex(0x7E3), null, null, prompt, "chat",
        0.8, 1.0, 128, CollectionConverters.asScala(List.<String>of()).toSeq(), 7L + index % 4, 1,
        failed ? "failed" : "succeeded", text, failed ? null : "stop",
        failed ? "SERVER_ERROR" : null, failed ? 503 : 200,
        failed ? "HTTP 503 Service Unavailable after 4 attempts" : null,
        endpoint, "http://" + endpoint + ":8000/v1", "llama-3.1-8b-instruct", "llama-3.1-8b-instruct", "",
        promptTokens, completionTokens, 400L + (long) (random.nextDouble() * 2_000), failed ? 4 : 1,
        depth, CollectionConverters.asScala(List.of(parent)).toSeq(),
        RUN_ID, Date.valueOf(RUN_DATE), "generate", "config-hash", "bench",
        null, Timestamp.valueOf(RUN_DATE.atStartOfDay()));
  }

  /**
   * A curate verdict on generated row {@code index}: failed rows are rejected by the input check;
   * of the rest, a few by quality, exact-dedup and near-dup, then the judge scores 1 to 5 and
   * rejects below 4.
   */
  Row curatedRow(long index) {
    Row generated = generationRow(index);
    SeededRandom random = random(index, 4);
    double draw = random.nextDouble();
    int score = 1 + (int) (random.nextDouble() * 5);
    boolean failed = generated.isNullAt(TEXT);
    String rejectedBy = failed ? "input" : draw < 0.04 ? "quality" : draw < 0.07 ? "exact-dedup"
        : draw < 0.09 ? "near-dup" : score < 3 ? "judge" : null;
    boolean judged = rejectedBy == null || rejectedBy.equals("judge");
    String reason = rejectedBy == null ? null : switch (rejectedBy) {
      case "input" -> "no_text";
      case "quality" -> "too_repetitive";
      case "exact-dedup", "near-dup" -> "duplicate";
      default -> "low_score";
    };
    return RowFactory.create(
        generated.getString(REQUEST_ID), generated.getString(SEED_ID), TASK, RUN_ID, generated.getInt(DEPTH),
        generated.get(SEED_ATTRIBUTES), "llama-3.1-8b-instruct", generated.getString(TEXT), rejectedBy == null,
        rejectedBy, reason,
        CollectionConverters.asScala(List.<Row>of()).toSeq(), null, null, null, null, null,
        judged ? score : null, judged ? "llama-3.1-70b-instruct" : null, judged ? hex(0x1D6E) : null,
        judged ? hex(index ^ 0x1D6E) : null, hex(index), "curate-20261125-000000-0000", Date.valueOf(RUN_DATE),
        "config-hash", "bench", Timestamp.valueOf(RUN_DATE.atStartOfDay()));
  }

  private static Iterator<Row> map(Iterator<Long> indexes, LongFunction<Row> row) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return indexes.hasNext();
      }

      @Override
      public Row next() {
        return row.apply(indexes.next());
      }
    };
  }

  private String seedText(long index) {
    SeededRandom random = random(-1 - index, 1);
    return wordsByDepth[0].text(random, 30 + (int) (random.nextDouble() * 51));
  }

  private String generatedText(long index, int depth) {
    SeededRandom random = random(index, 1);
    return wordsByDepth[depth].text(random, 30 + (int) (random.nextDouble() * 51));
  }

  private String domain(long seedIndex) {
    double draw = random(-1 - seedIndex, 2).nextDouble();
    for (int domain = 0; domain < DOMAIN_SHARES.length - 1; domain++) {
      draw -= DOMAIN_SHARES[domain];
      if (draw < 0) {
        return DOMAINS.get(domain);
      }
    }
    return DOMAINS.get(DOMAINS.size() - 1);
  }

  private long depthOneRows() {
    return Math.max(1, (long) (generatedRows * DEPTH_ONE_SHARE));
  }

  private int depth(long index) {
    return index < depthOneRows() ? 1 : 2;
  }

  /** The depth-1 row a depth-2 row was made from; redrawn once when it is of the smallest domain. */
  private long parentOf(long index) {
    SeededRandom random = random(index, 5);
    long parent = (long) (random.nextDouble() * depthOneRows());
    if (domain(seedOf(parent)).equals(DOMAINS.get(DOMAINS.size() - 1))) {
      parent = (long) (random.nextDouble() * depthOneRows());
    }
    return parent;
  }

  private long seedOf(long index) {
    return depth(index) == 1 ? index % seedRows : seedOf(parentOf(index));
  }

  private String seedId(long index) {
    return "s" + hex(index);
  }

  private String requestId(long index) {
    return "g" + hex(index);
  }

  private String hex(long value) {
    return String.format("%016x", SeededRandom.mix(seed ^ value));
  }

  private SeededRandom random(long index, int stream) {
    return new SeededRandom(SeededRandom.mix(seed + 0x9E3779B97F4A7C15L * index) ^ stream);
  }
}
