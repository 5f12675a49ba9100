package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.Hashes;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void lowerCasesAndCollapsesWhiteSpace() {
    assertThat(TextNormalizer.normalize("  Hello \t  World\n\nAgain  "))
        .isEqualTo("hello world again");
  }

  @Test
  void emptyAndWhiteSpaceOnlyBecomeEmpty() {
    assertThat(TextNormalizer.normalize("")).isEmpty();
    assertThat(TextNormalizer.normalize(" \t\n\u00a0\u3000 ")).isEmpty();
  }

  @Test
  void foldsCompatibilityCharacters() {
    assertThat(TextNormalizer.normalize("ＨＥＬＬＯ\u3000ｗｏｒｌｄ")).isEqualTo("hello world");
    assertThat(TextNormalizer.normalize("ﬁne…")).isEqualTo("fine...");
    assertThat(TextNormalizer.normalize("x\u00a0y")).isEqualTo("x y");
    assertThat(TextNormalizer.normalize("①²")).isEqualTo("12");
  }

  @Test
  void keepsAccentsButUnifiesTheirEncoding() {
    assertThat(TextNormalizer.normalize("Café")).isEqualTo("café");
    assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo("café");
    assertThat(TextNormalizer.normalize("cafe")).isNotEqualTo(TextNormalizer.normalize("café"));
  }

  @Test
  void keepsCjkAndEmoji() {
    assertThat(TextNormalizer.normalize("我喜欢 苹果 🍎")).isEqualTo("我喜欢 苹果 🍎");
  }

  @Test
  void isIdempotent() {
    for (String text : List.of("İstanbul ǅemal", "ＡＢＣ ﬃ", "Σίσυφος ΟΔΟΣ", " a\u2003b ", "ß ẞ")) {
      String once = TextNormalizer.normalize(text);
      assertThat(TextNormalizer.normalize(once)).as(text).isEqualTo(once);
    }
  }

  @Test
  void exactKeyIsTheHashOfTheNormalForm() {
    assertThat(TextNormalizer.exactKey("  Hello   WORLD ")).isEqualTo(Hashes.sha256("hello world"));
    assertThat(TextNormalizer.exactKey("ＨＥＬＬＯ world"))
        .isEqualTo(TextNormalizer.exactKey("hello\nworld"));
    assertThat(TextNormalizer.exactKey("hello world"))
        .isNotEqualTo(TextNormalizer.exactKey("hello"));
    assertThat(TextNormalizer.exactKey(" "))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
