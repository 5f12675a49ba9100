package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void keepsDistinctContentWordsInMatchingForm() {
    assertThat(ContentWords.of("The printer JAMMED twice, and it didn't print 3 pages: the printer!"))
        .containsExactly("printer", "jammed", "twice", "print", "3", "pages");
    assertThat(ContentWords.of("It is what it is.")).isEmpty();
  }

  @Test
  void functionWordsAreListedInMatchingForm() {
    for (String word : ContentWords.FUNCTION_WORDS) {
      assertThat(Words.forMatching(word)).containsExactly(word);
    }
  }
}
