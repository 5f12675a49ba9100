package dev.synthforge.core.curate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rejects rows that share a word n-gram (13 words by default) with an evaluation text of a
 * {@link ContaminationIndex}, as the GPT-3 paper decontaminated its training data. The score is
 * the number of evaluation texts matched; the detail names up to five of them.
 */
public final class DecontaminationRule implements RowRule {

  private static final long serialVersionUID = 1L;
  private static final int NAMED_IDS = 5;

  public static final String CONTAMINATED = "contaminated";

  private final ContaminationIndex index;

  public DecontaminationRule(ContaminationIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public String name() {
    return RuleCatalog.DECONTAMINATION;
  }

  @Override
  public Set<String> reasonCodes() {
    return Set.of(CONTAMINATED);
  }

  @Override
  public Verdict evaluate(CurationInput input) {
    List<String> ids = index.contaminated(input.text());
    if (ids.isEmpty()) {
      return Verdict.pass(name(), 0, "");
    }
    String named = String.join(", ", ids.subList(0, Math.min(NAMED_IDS, ids.size())));
    String more = ids.size() > NAMED_IDS ? " and " + (ids.size() - NAMED_IDS) + " more" : "";
    return Verdict.reject(name(), CONTAMINATED, ids.size(), "shares a "
        + index.overlap().ngramWords() + "-word sequence with evaluation text(s) " + named + more);
  }
}
