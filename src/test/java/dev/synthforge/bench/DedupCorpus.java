package dev.synthforge.bench;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.core.curate.MinHasher;
import dev.synthforge.core.lm.SeededRandom;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * A synthetic corpus for the dedup benchmark, a pure function of the seed and the row index, so
 * that executors generate it from {@code spark.range} and any row can be generated again.
 *
 * <p>Texts are 30 to 80 words drawn from a Zipf distribution (exponent 1) over a vocabulary of
 * 4,000 made-up words, in sentences of 6 to 15 words. A share of the rows are planted copies of
 * an earlier original (never of another copy) with a few word edits chosen to keep the 5-word
 * shingle Jaccard similarity between about 0.8 and 0.95: one word replaced in the middle of a
 * text of 60 words or more (an edit touches up to 5 shingles), otherwise one to three edits at
 * the ends (one shingle each); some copies also change a word's case, which normalisation
 * undoes. Rows belong to four groups by family.
 */
final class DedupCorpus implements MapPartitionsFunction<Long, Row> {
  private static final long serialVersionUID = 1L;
  private static final int VOCABULARY = 4_000;

  static final StructType SCHEMA = new StructType()
      .add("group_key", StringType, false)
      .add("row_id", StringType, false)
      .add("text", StringType, false)
      .add("rejections", IntegerType, false)
      .add("family_id", StringType, false)
      .add("original_id", StringType, true)
      .add("planted_jaccard", DoubleType, true);

  private final long seed;
  private final double copyShare;
  private final ZipfWords words = new ZipfWords(VOCABULARY, 1.0);
  private final MinHasher hasher = MinHasher.defaults();

  DedupCorpus(long seed, double copyShare) {
    this.seed = seed;
    this.copyShare = copyShare;
  }

  @Override
  public Iterator<Row> call(Iterator<Long> indexes) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return indexes.hasNext();
      }

      @Override
      public Row next() {
        return row(indexes.next());
      }
    };
  }

  Row row(long index) {
    boolean copy = isCopy(index);
    long family = copy ? original(index) : index;
    String text = copy ? copyText(index, family) : text(index);
    int rejections = random(index, 3).nextDouble() < 0.1 ? 1 : 0;
    return RowFactory.create("task-" + family % 4, id(index), text, rejections, id(family),
        copy ? id(family) : null, copy ? hasher.exactJaccard(text, text(family)) : null);
  }

  /** The text of an original row. */
  String text(long index) {
    SeededRandom random = random(index, 1);
    return words.text(random, 30 + (int) (random.nextDouble() * 51));
  }

  private String copyText(long index, long family) {
    SeededRandom random = random(index, 2);
    List<String> words = new ArrayList<>(List.of(text(family).split(" ")));
    if (words.size() >= 60) {
      words.set(5 + (int) (random.nextDouble() * (words.size() - 10)), word(random));
    } else {
      int edits = 1 + (int) (random.nextDouble() * 3);
      for (int edit = 0; edit < edits; edit++) {
        double kind = random.nextDouble();
        if (kind < 0.3) {
          words.remove(0);
        } else if (kind < 0.6) {
          words.set(words.size() - 1, word(random) + ".");
        } else {
          words.add(word(random) + ".");
        }
      }
    }
    if (random.nextDouble() < 0.3) {
      int at = (int) (random.nextDouble() * words.size());
      words.set(at, words.get(at).toUpperCase(Locale.ROOT));
    }
    return String.join(" ", words);
  }

  private boolean isCopy(long index) {
    return index > 0 && random(index, 0).nextDouble() < copyShare;
  }

  /** An earlier row that is not a copy; row 0 never is. */
  private long original(long index) {
    SeededRandom random = random(index, 4);
    long candidate;
    do {
      candidate = (long) (random.nextDouble() * index);
    } while (isCopy(candidate));
    return candidate;
  }

  private String word(SeededRandom random) {
    return words.word(random);
  }

  private String id(long index) {
    return String.format("%016x", SeededRandom.mix(seed ^ index));
  }

  private SeededRandom random(long index, int stream) {
    return new SeededRandom(SeededRandom.mix(seed + 0x9E3779B97F4A7C15L * index) ^ stream);
  }
}
