package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void dropsPunctuationAndKeepsInnerJoiners() {
    assertThat(Words.of("Don't stop: it's 3.5 km, well-known!"))
        .containsExactly("Don't", "stop", "it's", "3.5", "km", "well-known");
  }

  @Test
  void textWithoutWordsHasNone() {
    assertThat(Words.of("")).isEmpty();
    assertThat(Words.of("  \n\t ")).isEmpty();
    assertThat(Words.of("!!! ... -- #")).isEmpty();
  }

  @Test
  void splitsHanAndKanaIntoCharacters() {
    assertThat(Words.of("我喜欢iPhone手机。")).containsExactly("我", "喜", "欢", "iPhone", "手", "机");
    assertThat(Words.of("これはペンです")).containsExactly("こ", "れ", "は", "ペ", "ン", "で", "す");
    assertThat(Words.of("안녕하세요 세계")).containsExactly("안녕하세요", "세계");
  }

  @Test
  void countsEmojiAsWords() {
    assertThat(Words.of("Party 🎉 time")).containsExactly("Party", "🎉", "time");
  }

  @Test
  void matchingWordsAreNormalisedAndPunctuationFree() {
    assertThat(Words.forMatching("Don't STOP, e-mail me at 3.5!"))
        .containsExactly("dont", "stop", "email", "me", "at", "35");
    assertThat(Words.forMatching("ＨＥＬＬＯ  ｗｏｒｌｄ")).containsExactly("hello", "world");
    assertThat(Words.forMatching("Café")).containsExactly("café");
    assertThat(Words.forMatching("...")).isEmpty();
  }
}
