package dev.synthforge.core.curate;

import java.util.Locale;

/**
 * What {@link HeuristicJudge} measured of one response, each signal in [0, 1], 1 the best.
 *
 * @param fluency how much the response reads like the texts the language model was fitted on
 * @param relevance how much the response shares the instruction's content words
 * @param variety how little the response repeats itself
 * @param length how far the response is from being too short
 */
public record JudgeSignals(double fluency, double relevance, double variety, double length) {

  /** The signals, in the order that breaks ties for the weakest. */
  public enum Signal {
    LENGTH("length", "the response is too short"),
    VARIETY("variety", "the response repeats itself"),
    RELEVANCE("relevance", "the response has little to do with the instruction"),
    FLUENCY("fluency", "the response does not read like fluent text");

    private final String label;
    private final String shortcoming;

    Signal(String label, String shortcoming) {
      this.label = label;
      this.shortcoming = shortcoming;
    }

    /** The signal's name in a rationale. */
    public String label() {
      return label;
    }

    /** What a low value of the signal says about the response, in plain words. */
    public String shortcoming() {
      return shortcoming;
    }
  }

  public JudgeSignals {
    requireUnit(fluency, "fluency");
    requireUnit(relevance, "relevance");
    requireUnit(variety, "variety");
    requireUnit(length, "length");
  }

  /** The value of one signal. */
  public double value(Signal signal) {
    return switch (signal) {
      case LENGTH -> length;
      case VARIETY -> variety;
      case RELEVANCE -> relevance;
      case FLUENCY -> fluency;
    };
  }

  /** The product of the signals: every shortcoming costs its share, and one at 0 gives 0. */
  public double quality() {
    return fluency * relevance * variety * length;
  }

  /** The lowest signal; the first in {@link Signal} order among equally low ones. */
  public Signal weakest() {
    Signal weakest = Signal.LENGTH;
    for (Signal signal : Signal.values()) {
      if (value(signal) < value(weakest)) {
        weakest = signal;
      }
    }
    return weakest;
  }

  /** "fluency 0.93, relevance 1.00, variety 0.20, length 1.00". */
  public String summary() {
    return String.format(Locale.ROOT, "fluency %.2f, relevance %.2f, variety %.2f, length %.2f",
        fluency, relevance, variety, length);
  }

  private static void requireUnit(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "Cannot create judge signals: " + name + " must be within [0, 1], got " + value);
    }
  }
}
