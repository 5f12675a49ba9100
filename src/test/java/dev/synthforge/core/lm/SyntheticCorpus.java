package dev.synthforge.core.lm;

import java.util.ArrayList;
import java.util.List;

/** Seeded sentences from a small grammar, with word choices skewed like natural text. */
public final class SyntheticCorpus {

  private static final String[] SUBJECTS = {
    "The customer", "My friend", "The hotel", "This phone", "Our team", "The driver", "A teacher",
    "The old man", "Every student", "The restaurant", "The battery", "The manager", "My sister"
  };
  private static final String[] VERBS = {
    "loved", "hated", "bought", "returned", "fixed", "broke", "praised", "visited", "ignored",
    "recommended", "cleaned", "painted", "opened", "closed", "tested", "shipped", "reviewed"
  };
  private static final String[] ADJECTIVES = {
    "new", "old", "small", "large", "cheap", "expensive", "quiet", "noisy", "bright", "dark",
    "friendly", "rude", "fast", "slow", "clean", "dirty", "wonderful", "terrible", "simple"
  };
  private static final String[] OBJECTS = {
    "room", "car", "laptop", "garden", "kitchen", "window", "screen", "book", "bike", "door",
    "table", "camera", "ticket", "menu", "coffee", "shirt", "printer", "bridge", "lamp", "piano"
  };
  private static final String[] ENDINGS = {
    "yesterday", "last week", "in the morning", "after lunch", "twice", "again", "on Monday",
    "without a word", "with great care", "before the storm", "at the station", "for a while"
  };

  private SyntheticCorpus() {}

  /** {@code count} sentences; some carry a rare word of their own ("rareword17"). */
  public static List<String> sentences(int count, long seed) {
    SeededRandom random = new SeededRandom(seed);
    List<String> sentences = new ArrayList<>(count);
    for (int index = 0; index < count; index++) {
      StringBuilder sentence = new StringBuilder();
      sentence.append(pick(SUBJECTS, random)).append(' ').append(pick(VERBS, random)).append(" the ");
      sentence.append(pick(ADJECTIVES, random)).append(' ').append(pick(OBJECTS, random));
      if (random.nextDouble() < 0.5) {
        sentence.append(' ').append(pick(ENDINGS, random));
      }
      if (random.nextDouble() < 0.3) {
        sentence.append(", and it was ").append(pick(ADJECTIVES, random));
      }
      if (random.nextDouble() < 0.2) {
        sentence.append(" near rareword").append(index % Math.max(1, count / 4));
      }
      sentence.append(random.nextDouble() < 0.8 ? "." : "!");
      sentences.add(sentence.toString());
    }
    return sentences;
  }

  private static String pick(String[] words, SeededRandom random) {
    // Squaring the draw favours the first words, as frequent words dominate real text.
    double draw = random.nextDouble();
    return words[(int) (draw * draw * words.length)];
  }
}
