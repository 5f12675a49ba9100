package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The n-gram hashes of evaluation texts, with the ids of the texts that hold each one: what a
 * generated text is checked against for contamination. Compact (12 bytes per n-gram and text),
 * immutable and serializable, so a job can broadcast it whole, or broadcast only {@link
 * #hashes()} and join on them. Evaluation texts shorter than the n-gram length have no n-grams and
 * cannot be detected; {@link #shortTexts()} counts them.
 */
public final class ContaminationIndex implements Serializable {

  private static final long serialVersionUID = 1L;

  private final NgramOverlap overlap;
  private final long[] ngramHashes;
  private final int[] textIndexes;
  private final String[] evaluationIds;
  private final int shortTexts;

  private ContaminationIndex(Builder builder) {
    this.overlap = builder.overlap;
    this.evaluationIds = builder.ids.toArray(String[]::new);
    this.shortTexts = builder.shortTexts;
    long[][] entries = builder.entries.toArray(long[][]::new);
    Arrays.sort(entries, (first, second) -> first[0] != second[0]
        ? Long.compare(first[0], second[0]) : Long.compare(first[1], second[1]));
    this.ngramHashes = Arrays.stream(entries).mapToLong(entry -> entry[0]).toArray();
    this.textIndexes = Arrays.stream(entries).mapToInt(entry -> (int) entry[1]).toArray();
  }

  /** A builder of an index of {@code overlap}'s n-grams. */
  public static Builder builder(NgramOverlap overlap) {
    return new Builder(overlap);
  }

  public NgramOverlap overlap() {
    return overlap;
  }

  /** The ids of the evaluation texts sharing an n-gram with {@code text}, sorted; empty if none. */
  public List<String> contaminated(String text) {
    TreeSet<String> ids = new TreeSet<>();
    for (long hash : overlap.ngramHashes(text)) {
      ids.addAll(evaluationIds(hash));
    }
    return List.copyOf(ids);
  }

  /** The ids of the evaluation texts holding the n-gram {@code ngramHash}, in added order. */
  public List<String> evaluationIds(long ngramHash) {
    int position = Arrays.binarySearch(ngramHashes, ngramHash);
    if (position < 0) {
      return List.of();
    }
    while (position > 0 && ngramHashes[position - 1] == ngramHash) {
      position--;
    }
    List<String> ids = new ArrayList<>();
    for (; position < ngramHashes.length && ngramHashes[position] == ngramHash; position++) {
      ids.add(evaluationIds[textIndexes[position]]);
    }
    return ids;
  }

  /** The distinct n-gram hashes of all evaluation texts, ascending. */
  public long[] hashes() {
    return Arrays.stream(ngramHashes).distinct().toArray();
  }

  /** How many evaluation texts were added. */
  public int evaluationTexts() {
    return evaluationIds.length;
  }

  /** How many evaluation texts had fewer words than the n-gram length. */
  public int shortTexts() {
    return shortTexts;
  }

  /** Collects evaluation texts; not thread-safe. */
  public static final class Builder {
    private final NgramOverlap overlap;
    private final List<String> ids = new ArrayList<>();
    private final List<long[]> entries = new ArrayList<>();
    private int shortTexts;

    private Builder(NgramOverlap overlap) {
      this.overlap = Objects.requireNonNull(overlap, "overlap");
    }

    /** Adds one evaluation text under its id; ids need not be unique. */
    public Builder add(String evaluationId, String text) {
      Objects.requireNonNull(evaluationId, "evaluationId");
      long[] hashes = overlap.ngramHashes(text);
      if (hashes.length == 0) {
        shortTexts++;
      }
      for (long hash : hashes) {
        entries.add(new long[] {hash, ids.size()});
      }
      ids.add(evaluationId);
      return this;
    }

    public ContaminationIndex build() {
      return new ContaminationIndex(this);
    }
  }
}
