package dev.synthforge.core.curate;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The distinct content words of a text: its {@link Words#forMatching matching words} without
 * English function words (articles, pronouns, auxiliaries, prepositions, conjunctions and the
 * like), which every text shares and which say nothing about its topic. Numbers are content.
 */
final class ContentWords {

  /** Function words in matching form: lower case, apostrophes removed ("dont", "its"). */
  static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "arent", "as", "at", "be", "because", "been", "before", "being", "below", "between",
      "both", "but", "by", "can", "cant", "could", "couldnt", "did", "didnt", "do", "does",
      "doesnt", "doing", "dont", "down", "during", "each", "even", "ever", "every", "few", "for",
      "from", "further", "had", "hadnt", "has", "hasnt", "have", "havent", "having", "he", "her",
      "here", "hers", "herself", "him", "himself", "his", "how", "i", "id", "if", "ill", "im",
      "in", "into", "is", "isnt", "it", "its", "itself", "ive", "just", "let", "lets", "may",
      "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of",
      "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out",
      "over", "own", "same", "shall", "she", "should", "shouldnt", "so", "some", "such", "than",
      "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there", "theres",
      "these", "they", "theyre", "this", "those", "through", "to", "too", "under", "until", "up",
      "upon", "us", "very", "was", "wasnt", "we", "were", "werent", "what", "when", "where",
      "which", "while", "who", "whom", "why", "will", "with", "wont", "would", "wouldnt", "you",
      "youre", "your", "yours", "yourself", "yourselves");

  private ContentWords() {}

  /** The distinct content words of {@code text}, in order of first use. */
  static Set<String> of(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : Words.forMatching(text)) {
      if (!FUNCTION_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }
}
