package dev.synthforge.core.curate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejects refusals and boilerplate that models write instead of the asked-for output
 * (REFERENCES.md, "Refusals and boilerplate from model outputs"). Matching ignores case, spacing,
 * full-width forms and the kind of apostrophe ("I’m" is "I'm"). A rejection records the reason
 * code of the first pattern family that matched; its detail quotes what matched.
 */
public final class RefusalRule implements RowRule {

  private static final long serialVersionUID = 1L;

  public static final String AI_SELF_REFERENCE = "ai_self_reference";
  public static final String APOLOGY = "apology";
  public static final String CANNOT_ASSIST = "cannot_assist";
  public static final String KNOWLEDGE_CUTOFF = "knowledge_cutoff";
  public static final String PLACEHOLDER = "placeholder";

  private static final String AI = "(?:ai|artificial intelligence)"
      + "(?: (?:language model|model|assistant|chatbot)\\b|\\s?[,.;:!?]|$)";
  private static final Pattern APOSTROPHES =
      Pattern.compile("[\u2018\u2019\u02bc\u02b9\u0060\u00b4\u2032]");
  private static final String CANNOT = "\\bi(?: cannot| can't| can not| am unable to|'m unable to"
      + "| am not able to|'m not able to| won't be able to| will not be able to)";
  private static final String ASSIST =
      "(?:provide|assist|fulfill|fulfil|comply|create|generate|complete|answer|help(?! but\\b))\\b";

  private final List<RefusalPattern> patterns;

  /** The {@link #defaultPatterns() default} phrase families. */
  public RefusalRule() {
    this(defaultPatterns());
  }

  /** Only {@code patterns}, tried in order. */
  public RefusalRule(List<RefusalPattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /**
   * AI self-references ("as an AI language model", "as a large language model", "I'm just an
   * AI,"), apologies before a refusal ("I'm sorry, but", "I apologize, but"), inability to assist
   * ("I cannot provide", "I can't assist", "I'm unable to help"; not "I can't help but"),
   * knowledge-cutoff phrases ("as of my last update", "my knowledge cutoff", "I don't have
   * real-time") and unfilled placeholders ("[insert name]", "[your company]").
   */
  public static List<RefusalPattern> defaultPatterns() {
    return List.of(
        RefusalPattern.of(AI_SELF_REFERENCE, "\\b(?:as an?|i'm(?: just| only)? an?"
            + "|i am(?: just| only)? an?) " + AI),
        RefusalPattern.of(AI_SELF_REFERENCE, "\\bas an? (?:large |ai )?language model\\b"),
        RefusalPattern.of(APOLOGY, "\\b(?:i'm|i am) (?:really |very |so |truly )?sorry,? but\\b"),
        RefusalPattern.of(APOLOGY, "\\bi apologi[sz]e,? but\\b"),
        RefusalPattern.of(CANNOT_ASSIST, CANNOT + " (?:\\w+ )?" + ASSIST),
        RefusalPattern.of(KNOWLEDGE_CUTOFF, "\\bknowledge cut-?off\\b"),
        RefusalPattern.of(KNOWLEDGE_CUTOFF,
            "\\bas of my (?:last|latest|most recent) (?:knowledge |training )?(?:update|training)"),
        RefusalPattern.of(KNOWLEDGE_CUTOFF,
            "\\bmy training (?:data )?(?:only )?(?:goes|extends|runs) (?:up )?(?:to|until)\\b"),
        RefusalPattern.of(KNOWLEDGE_CUTOFF, "\\bi (?:don't|do not) have (?:access to )?"
            + "(?:real-time|current|up-to-date|browsing|the ability to browse)\\b"),
        RefusalPattern.of(PLACEHOLDER,
            "[\\[<](?:insert|your|enter|add|fill in) [^\\]>\\n]{1,60}[\\]>]"));
  }

  @Override
  public String name() {
    return RuleCatalog.REFUSAL;
  }

  @Override
  public Set<String> reasonCodes() {
    Set<String> codes = new LinkedHashSet<>();
    patterns.forEach(pattern -> codes.add(pattern.reason()));
    return Set.copyOf(codes);
  }

  @Override
  public Verdict evaluate(CurationInput input) {
    String folded = fold(input.text());
    String reason = null;
    Set<String> matches = new LinkedHashSet<>();
    for (RefusalPattern pattern : patterns) {
      Matcher matcher = pattern.pattern().matcher(folded);
      if (matcher.find()) {
        reason = reason == null ? pattern.reason() : reason;
        matches.add("'" + matcher.group().strip() + "'");
      }
    }
    if (reason == null) {
      return Verdict.pass(name(), "");
    }
    return Verdict.reject(name(), reason, "matched " + String.join(", ", matches));
  }

  /** The form patterns are matched against. */
  static String fold(String text) {
    Objects.requireNonNull(text, "text");
    return APOSTROPHES.matcher(TextNormalizer.normalize(text)).replaceAll("'");
  }
}
