package dev.synthforge.core.curate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds e-mail addresses, phone numbers, payment card numbers, secrets and IPv4 addresses with
 * {@link PiiScanner}. In {@link PiiMode#FLAG} mode a row with findings is rejected with the reason
 * code of the highest-priority {@link PiiKind} found; in {@link PiiMode#MASK} mode it passes, and
 * the verdict carries its text with each finding replaced by the kind's mask ({@code [EMAIL]},
 * {@code [PHONE]}, {@code [CARD]}, {@code [SECRET]}, {@code [IP]}). The score is the number of
 * findings. Details give kinds and counts only, never the found text, since verdicts are stored.
 */
public final class PiiRule implements RowRule {

  private static final long serialVersionUID = 1L;

  private final PiiMode mode;
  private final Set<PiiKind> kinds;

  /** Flags every kind. */
  public PiiRule() {
    this(PiiMode.FLAG, EnumSet.allOf(PiiKind.class));
  }

  /** Finds only {@code kinds}, and treats findings as {@code mode} says. */
  public PiiRule(PiiMode mode, Set<PiiKind> kinds) {
    this.mode = Objects.requireNonNull(mode, "mode");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("Cannot create PII rule: no kinds of data to find");
    }
    this.kinds = EnumSet.copyOf(kinds);
  }

  public PiiMode mode() {
    return mode;
  }

  @Override
  public String name() {
    return RuleCatalog.PII;
  }

  @Override
  public Set<String> reasonCodes() {
    return Arrays.stream(PiiKind.values()).filter(kinds::contains).map(PiiKind::reasonCode)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Verdict evaluate(CurationInput input) {
    List<PiiMatch> matches = PiiScanner.scan(input.text(), kinds);
    if (matches.isEmpty()) {
      return Verdict.pass(name(), 0, "");
    }
    Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
    matches.forEach(match -> counts.merge(match.kind(), 1, Integer::sum));
    String found = counts.entrySet().stream()
        .map(entry -> entry.getValue() + " " + entry.getKey().reasonCode())
        .collect(Collectors.joining(", "));
    if (mode == PiiMode.MASK) {
      return Verdict.rewrite(name(), PiiScanner.mask(input.text(), matches), matches.size(),
          "masked " + found);
    }
    PiiKind first = counts.keySet().iterator().next();
    return Verdict.reject(name(), first.reasonCode(), matches.size(), "found " + found);
  }
}
