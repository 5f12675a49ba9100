package dev.synthforge.core.review;

import dev.synthforge.core.Hashes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sampling policy of a review export. Rows fall into strata of (group, curation outcome, judge
 * score band); the sample size is spread evenly over the strata, a stratum smaller than its share
 * giving the rest to the others. Within a stratum rows are drawn by weighted sampling without
 * replacement (Efraimidis-Spirakis: the largest keys u^(1/w) for a uniform u from a seeded hash of
 * the row id), borderline rows weighing {@link #BORDERLINE_WEIGHT} times as much as the others. A
 * row is borderline when the judge scored it at or one below its threshold, or when exactly one
 * rule rejected it. The same rows and seed give the same sample.
 */
public final class ReviewSampling {
  private ReviewSampling() {}

  /** How much more likely a borderline row is to be drawn than another of its stratum. */
  public static final double BORDERLINE_WEIGHT = 3.0;

  /** The judge band of a row: unjudged, low, near (at or one below the threshold) or high. */
  public static String judgeBand(Integer score, Integer minScore) {
    if (score == null || minScore == null) {
      return "unjudged";
    }
    if (score > minScore) {
      return "high";
    }
    return score >= minScore - 1 ? "near" : "low";
  }

  /** Whether a row is borderline: near the judge threshold, or rejected by exactly one rule. */
  public static boolean borderline(String judgeBand, int rulesRejecting) {
    return judgeBand.equals("near") || rulesRejecting == 1;
  }

  /** The draw key of a row: rows with the largest keys of their stratum are drawn. */
  public static double key(long seed, String rowId, boolean borderline) {
    String hash = Hashes.sha256(seed + ":" + rowId);
    long bits = Long.parseUnsignedLong(hash.substring(0, 14), 16);
    double uniform = (bits + 0.5) / (double) (1L << 56);
    return Math.pow(uniform, 1.0 / (borderline ? BORDERLINE_WEIGHT : 1.0));
  }

  /**
   * How many rows to draw from each stratum: {@code total} spread evenly, the remainder going to
   * the strata first in name order, and the share a stratum cannot fill going to the others.
   *
   * @param sizes rows per stratum
   * @return rows to draw per stratum, in name order; they add up to min(total, all rows)
   */
  public static Map<String, Integer> allocate(Map<String, Long> sizes, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("Cannot allocate a review sample: size " + total + " must be >= 0");
    }
    Map<String, Long> open = new TreeMap<>(sizes);
    open.values().removeIf(size -> size <= 0);
    Map<String, Integer> quotas = new TreeMap<>();
    open.keySet().forEach(stratum -> quotas.put(stratum, 0));
    long left = Math.min(total, open.values().stream().mapToLong(Long::longValue).sum());
    while (left > 0 && !open.isEmpty()) {
      long share = left / open.size();
      long remainder = left % open.size();
      Map<String, Long> stillOpen = new LinkedHashMap<>();
      for (var entry : open.entrySet()) {
        long wanted = share + (remainder-- > 0 ? 1 : 0);
        int current = quotas.get(entry.getKey());
        long room = entry.getValue() - current;
        long given = Math.min(wanted, room);
        quotas.put(entry.getKey(), (int) (current + given));
        left -= given;
        if (room > given) {
          stillOpen.put(entry.getKey(), entry.getValue());
        }
      }
      open = stillOpen;
    }
    return quotas;
  }
}
