package dev.synthforge.core.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  @Test
  void splitsWordsAndPunctuationKeepingCase() {
    assertThat(WordTokenizer.tokenize("Don't stop: it's 3.5 km, well-known (really)!"))
        .containsExactly(
            "Don't", "stop", ":", "it's", "3.5", "km", ",", "well-known", "(", "really", ")", "!");
  }

  @Test
  void keepsJoinersOnlyBetweenWordCharacters() {
    assertThat(WordTokenizer.tokenize("end. 'quoted' 1,000 e-mail -dash rock'n'roll"))
        .containsExactly("end", ".", "'", "quoted", "'", "1,000", "e-mail", "-", "dash", "rock'n'roll");
  }

  @Test
  void joinsBackWithSensibleSpacing() {
    for (String text :
        List.of(
            "Hello, world!",
            "He said \"hi there\" to me.",
            "It costs 3.5 euros (about 4 dollars); fine?",
            "Wait - what?")) {
      assertThat(WordTokenizer.detokenize(WordTokenizer.tokenize(text))).isEqualTo(text);
    }
  }

  @Test
  void joinedTokensSplitIntoTheSameTokens() {
    List<String> tokens = List.of("3", ".", "5", "'", "a", "-", "b", "don't", "(", "x", ")", "y", "'");
    assertThat(WordTokenizer.tokenize(WordTokenizer.detokenize(tokens))).isEqualTo(tokens);
  }

  @Test
  void countsAndCutsTokens() {
    String text = "  One, two three.";
    assertThat(WordTokenizer.countTokens(text)).isEqualTo(5);
    assertThat(WordTokenizer.prefixOfTokens(text, 2)).isEqualTo("  One,");
    assertThat(WordTokenizer.prefixOfTokens(text, 9)).isEqualTo(text);
    assertThat(WordTokenizer.tokenize(" \t\n")).isEmpty();
  }
}
