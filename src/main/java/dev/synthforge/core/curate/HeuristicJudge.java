package dev.synthforge.core.curate;

import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.core.lm.TextLikelihood;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Grades a response to an instruction by rule, where a model judge is not at hand (the built-in
 * endpoint): four signals in [0, 1], their product mapped onto a {@link ScoreRange}, and a
 * rationale that names the weakest signal. With w the response's words ({@link
 * Words#forMatching}):
 *
 * <ul>
 *   <li>fluency = k × clamp(0.5 + g / 2, 0, 1), where k is the share of the response's tokens the
 *       language model knows, and g the bits per token its context saves over word frequencies
 *       alone ({@link TextLikelihood#contextGainBitsPerToken()}): g = 1 or more (each token at
 *       least twice as likely in context, on average) gives 1, g = 0 (context tells nothing) 0.5,
 *       and g = -1 or less, as known words shuffled out of order score, 0. The response is
 *       measured against its own words, not against the fitted texts' cross-entropy, which is
 *       in-sample and far below what any new text scores;
 *   <li>relevance = min(1, 2 × c / min(|I|, |R|)), where I and R are the distinct content words
 *       ({@link ContentWords}) of instruction and response and c how many they share: a response
 *       that takes half its content words from the instruction (or uses half of the instruction's,
 *       when that is the shorter) is fully relevant. 1 when the instruction has no content words;
 *   <li>variety = 1 - the share of w's characters that lie in word trigrams repeating an earlier
 *       one ({@link NgramRepetition#duplicateNgramCharacterFraction});
 *   <li>length = min(1, |w| / {@value #SHORT_RESPONSE_WORDS}).
 * </ul>
 *
 * <p>score = minimum + round((maximum - minimum) × fluency × relevance × variety × length). A
 * response fails a signal, and the rationale names that signal, by being garbled, off topic,
 * repetitive or too short; the product lets any one of them alone pull the score to the bottom.
 * Deterministic and thread-safe.
 */
public final class HeuristicJudge {

  /** Responses with fewer words lose length in proportion. */
  public static final int SHORT_RESPONSE_WORDS = 8;
  /** A rationale names no weakness when every signal is at least this. */
  static final double GOOD_SIGNAL = 0.9;
  private static final int REPEATED_NGRAM_WORDS = 3;

  private final NgramModel model;

  /** A judge whose fluency is measured by {@code model}, fitted on texts of the kind expected. */
  public HeuristicJudge(NgramModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * A grade of one response.
   *
   * @param score the score, within the range asked for
   * @param rationale one sentence naming the weakest signal, with every signal's value
   * @param signals what the score was computed from
   */
  public record Judgement(int score, String rationale, JudgeSignals signals) {

    public Judgement {
      Objects.requireNonNull(rationale, "rationale");
      Objects.requireNonNull(signals, "signals");
    }
  }

  /** Grades {@code response}, given the {@code instruction} it answers, on {@code range}. */
  public Judgement judge(String instruction, String response, ScoreRange range) {
    Objects.requireNonNull(range, "range");
    List<String> words = Words.forMatching(Objects.requireNonNull(response, "response"));
    JudgeSignals signals = new JudgeSignals(fluency(response),
        relevance(Objects.requireNonNull(instruction, "instruction"), response),
        variety(words), Math.min(1.0, words.size() / (double) SHORT_RESPONSE_WORDS));
    long span = (long) range.maximum() - range.minimum();
    int score = (int) (range.minimum() + Math.round(span * signals.quality()));
    return new Judgement(score, rationale(signals, words.isEmpty()), signals);
  }

  private double fluency(String response) {
    TextLikelihood likelihood = model.likelihood(response);
    double order = Math.max(0, Math.min(1, 0.5 + likelihood.contextGainBitsPerToken() / 2));
    return likelihood.knownTokenFraction() * order;
  }

  private static double relevance(String instruction, String response) {
    Set<String> instructionWords = ContentWords.of(instruction);
    if (instructionWords.isEmpty()) {
      return 1;
    }
    Set<String> responseWords = ContentWords.of(response);
    if (responseWords.isEmpty()) {
      return 0;
    }
    long shared = responseWords.stream().filter(instructionWords::contains).count();
    int smaller = Math.min(instructionWords.size(), responseWords.size());
    return Math.min(1.0, 2.0 * shared / smaller);
  }

  private static double variety(List<String> words) {
    return 1 - new NgramRepetition(words).duplicateNgramCharacterFraction(REPEATED_NGRAM_WORDS);
  }

  private static String rationale(JudgeSignals signals, boolean empty) {
    JudgeSignals.Signal weakest = signals.weakest();
    if (signals.value(weakest) >= GOOD_SIGNAL) {
      return "No weak signal: the response reads fluently, keeps to the instruction, does not"
          + " repeat itself and is long enough (" + signals.summary() + ").";
    }
    String shortcoming = empty ? "the response has no words" : weakest.shortcoming();
    return "Weakest signal: " + shortcoming + " (" + signals.summary() + ").";
  }
}
