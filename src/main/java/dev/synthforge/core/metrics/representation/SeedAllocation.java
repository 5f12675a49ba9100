package dev.synthforge.core.metrics.representation;

import dev.synthforge.core.Hashes;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Objects;

/**
 * How many samples each seed gets under stratified generation, decided seed by seed from a small
 * snapshot of a {@link QuotaPlan}.
 *
 * <p>Seeds are numbered 0, 1, ... in {@link SortKey} order: seeds without a value of the
 * attribute first, then group by group in name order, and within a group by a salted hash of
 * seed id and content. A group's quota is spread over its seeds as evenly as possible
 * ({@link GroupQuota#samplesForSeed}): each gets {@code floor(n(a)/c(a))}, and the first
 * {@code n(a) mod c(a)} in hash order one more. The hash order is fixed by the seeds alone, so the
 * same seeds and quotas give every seed the same count in every run, and which seeds take the
 * extra samples does not follow the order of their ids. Seeds without a value keep the
 * unstratified count.
 */
public final class SeedAllocation implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ORDER_SALT = "synthforge stratified sample order";

  private final HashMap<String, GroupQuota> quotas = new HashMap<>();
  private final HashMap<String, Long> firstPositions = new HashMap<>();
  private final long seedsWithoutValue;
  private final int samplesWithoutValue;

  /**
   * @param plan the quotas of the groups, from {@link QuotaPlanner#planSamples}
   * @param seedsWithoutValue seeds that have no value of the attribute
   * @param samplesWithoutValue samples of each of them
   */
  public SeedAllocation(QuotaPlan plan, long seedsWithoutValue, int samplesWithoutValue) {
    if (seedsWithoutValue < 0 || samplesWithoutValue < 0) {
      throw new IllegalArgumentException("Cannot allocate samples: " + seedsWithoutValue
          + " seeds without a value, " + samplesWithoutValue + " samples each");
    }
    this.seedsWithoutValue = seedsWithoutValue;
    this.samplesWithoutValue = samplesWithoutValue;
    long position = seedsWithoutValue;
    // QuotaPlan lists groups by name, the order of SortKey.
    for (GroupQuota quota : plan.groups()) {
      quotas.put(quota.group(), quota);
      firstPositions.put(quota.group(), position);
      position += quota.realCount();
    }
  }

  /** The sort key of a seed: its group (null without a value), then the salted hash order. */
  public static SortKey sortKey(String group, String seedId, String contentHash) {
    return new SortKey(group, Hashes.sha256OfFields(ORDER_SALT, seedId, contentHash), seedId,
        contentHash);
  }

  /**
   * Samples of the seed with {@code key} at {@code position} among all the plan's seeds, each
   * once, numbered from 0 in {@link SortKey} order.
   */
  public int samplesAt(SortKey key, long position) {
    if (key.group() == null) {
      if (position < 0 || position >= seedsWithoutValue) {
        throw outOfPlace(key, position);
      }
      return samplesWithoutValue;
    }
    GroupQuota quota = quotas.get(key.group());
    if (quota == null) {
      throw new IllegalArgumentException("Cannot allocate samples to seed " + key.seedId()
          + ": its group '" + key.group() + "' has no quota");
    }
    long rank = position - firstPositions.get(key.group());
    if (rank < 0 || rank >= quota.realCount()) {
      throw outOfPlace(key, position);
    }
    return Math.toIntExact(quota.samplesForSeed(rank));
  }

  /** The samples of every seed of every group, in total. */
  public long total() {
    long total = seedsWithoutValue * samplesWithoutValue;
    for (GroupQuota quota : quotas.values()) {
      total += quota.toGenerate();
    }
    return total;
  }

  private static IllegalArgumentException outOfPlace(SortKey key, long position) {
    return new IllegalArgumentException("Cannot allocate samples to seed " + key.seedId()
        + " at position " + position + ": the seeds are not the ones the quotas were planned for");
  }

  /**
   * Where a seed sorts: group first (no value before every group, then by name), then a salted
   * hash of id and content, then id and content hash to break hash ties.
   *
   * @param group the seed's value of the attribute, or null
   * @param order the salted hash
   * @param seedId the seed's id
   * @param contentHash the hash of the seed's content
   */
  public record SortKey(String group, String order, String seedId, String contentHash)
      implements Comparable<SortKey>, Serializable {
    private static final Comparator<SortKey> ORDER = Comparator
        .comparing(SortKey::group, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
        .thenComparing(SortKey::order)
        .thenComparing(SortKey::seedId)
        .thenComparing(SortKey::contentHash);

    public SortKey {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(seedId, "seedId");
      Objects.requireNonNull(contentHash, "contentHash");
    }

    @Override
    public int compareTo(SortKey other) {
      return ORDER.compare(this, other);
    }
  }
}
