package dev.synthforge.core.curate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rejects rows that copy a seed, the memorised copies a model returns instead of new text: a row
 * whose {@link TextNormalizer#exactKey exact key} equals a seed's is {@link #SEED_COPY}; a row
 * that shares a MinHash band key with a seed, the same candidate test near-dup applies among
 * rows, is {@link #SEED_NEAR_COPY}. The seeds' keys are held as 64-bit values (about 16 bytes per
 * band and seed), so the rule is small enough to broadcast.
 */
public final class SeedCopyRule implements RowRule {

  private static final long serialVersionUID = 1L;

  public static final String SEED_COPY = "seed_copy";
  public static final String SEED_NEAR_COPY = "seed_near_copy";

  private final MinHasher hasher;
  private final Map<Long, Integer> exactKeys;
  private final Map<Long, Integer> bandKeys;
  private final String[] seedIds;

  private SeedCopyRule(Builder builder) {
    this.hasher = builder.hasher;
    this.exactKeys = new HashMap<>(builder.exactKeys);
    this.bandKeys = new HashMap<>(builder.bandKeys);
    this.seedIds = builder.seedIds.toArray(String[]::new);
  }

  /** A builder of the rule over seeds hashed by {@code hasher}, which the near-dup rule shares. */
  public static Builder builder(MinHasher hasher) {
    return new Builder(hasher);
  }

  @Override
  public String name() {
    return RuleCatalog.SEED_DEDUP;
  }

  @Override
  public Set<String> reasonCodes() {
    return Set.of(SEED_COPY, SEED_NEAR_COPY);
  }

  @Override
  public Verdict evaluate(CurationInput input) {
    Integer exact = exactKeys.get(shortKey(input.text()));
    if (exact != null) {
      return Verdict.reject(name(), SEED_COPY, "same normalised text as seed " + seedIds[exact]);
    }
    long[] keys = hasher.bandKeys(hasher.signature(input.text()));
    for (int band = 0; band < keys.length; band++) {
      Integer seed = bandKeys.get(keys[band]);
      if (seed != null) {
        return Verdict.reject(name(), SEED_NEAR_COPY,
            "shares MinHash band " + band + " with seed " + seedIds[seed]);
      }
    }
    return Verdict.pass(name(), "");
  }

  /** The first 64 bits of the exact key: collisions among a billion texts are unlikely. */
  private static long shortKey(String text) {
    return Long.parseUnsignedLong(TextNormalizer.exactKey(text).substring(0, 16), 16);
  }

  /** Collects seed texts; not thread-safe. */
  public static final class Builder {
    private final MinHasher hasher;
    private final Map<Long, Integer> exactKeys = new HashMap<>();
    private final Map<Long, Integer> bandKeys = new HashMap<>();
    private final List<String> seedIds = new ArrayList<>();

    private Builder(MinHasher hasher) {
      this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** Adds one seed text; where seeds share a key, the first added is named. */
    public Builder add(String seedId, String text) {
      Objects.requireNonNull(seedId, "seedId");
      int index = seedIds.size();
      seedIds.add(seedId);
      exactKeys.putIfAbsent(shortKey(text), index);
      for (long key : hasher.bandKeys(hasher.signature(text))) {
        bandKeys.putIfAbsent(key, index);
      }
      return this;
    }

    public SeedCopyRule build() {
      return new SeedCopyRule(this);
    }
  }
}
