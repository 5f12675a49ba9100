package dev.synthforge.core.curate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The measurements the {@link QualityRule} compares with its thresholds, taken from the NFKC form
 * of a text (so full-width letters are letters and "…" is "..."), with case and lines kept.
 */
final class TextStatistics {

  private static final String BULLETS = "•‣◦⁃●▪■➢➤";

  final String text;
  final List<String> words;
  final List<String> lowerCaseWords;
  final List<String> lines;
  final int wordCharacters;

  private TextStatistics(String text) {
    this.text = text;
    this.words = Words.of(text);
    this.lowerCaseWords = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    this.lines = nonBlankLines(text);
    this.wordCharacters = words.stream().mapToInt(String::length).sum();
  }

  static TextStatistics of(String text) {
    return new TextStatistics(Normalizer.normalize(text, Normalizer.Form.NFKC));
  }

  int wordCount() {
    return words.size();
  }

  double meanWordLength() {
    return words.isEmpty() ? Double.NaN : words.stream()
        .mapToInt(word -> word.codePointCount(0, word.length())).average().orElseThrow();
  }

  /** Occurrences of "#" and of "..." (non-overlapping). */
  int symbolCount() {
    int count = (int) text.chars().filter(character -> character == '#').count();
    for (int index = text.indexOf("..."); index >= 0; index = text.indexOf("...", index + 3)) {
      count++;
    }
    return count;
  }

  int alphabeticWordCount() {
    return (int) words.stream().filter(word -> word.codePoints().anyMatch(Character::isLetter))
        .count();
  }

  int stopWordCount(Set<String> stopWords) {
    return (int) lowerCaseWords.stream().filter(stopWords::contains).count();
  }

  double bulletLineFraction() {
    return lineFraction(lines.stream()
        .filter(line -> BULLETS.indexOf(line.codePointAt(0)) >= 0).count());
  }

  double ellipsisLineFraction() {
    return lineFraction(lines.stream().filter(line -> line.endsWith("...")).count());
  }

  /** Share of non-blank lines that repeat an earlier line. */
  double duplicateLineFraction() {
    return lineFraction(duplicateLines().size());
  }

  /** Share of the characters of non-blank lines that lie in lines repeating an earlier one. */
  double duplicateLineCharacterFraction() {
    int total = lines.stream().mapToInt(String::length).sum();
    int duplicated = duplicateLines().stream().mapToInt(String::length).sum();
    return total == 0 ? 0 : (double) duplicated / total;
  }

  boolean containsLoremIpsum() {
    return TextNormalizer.normalize(text).contains("lorem ipsum");
  }

  boolean containsCurlyBrace() {
    return text.indexOf('{') >= 0 || text.indexOf('}') >= 0;
  }

  private List<String> duplicateLines() {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : lines) {
      if (!seen.add(line)) {
        duplicates.add(line);
      }
    }
    return duplicates;
  }

  private double lineFraction(long count) {
    return lines.isEmpty() ? 0 : (double) count / lines.size();
  }

  private static List<String> nonBlankLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        lines.add(stripped);
      }
    }
    return lines;
  }
}
