package dev.synthforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesMarkupCharacters() {
    assertThat(Html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  }

  @Test
  void replacesCharactersHtmlForbidsAndKeepsPairedSurrogates() {
    assertThat(Html.escape("a\u0000b\u0007c\u0085d\tz\n")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\tz\n");
    assertThat(Html.escape("emoji \uD83D\uDE00 lone \uD83D end"))
        .isEqualTo("emoji \uD83D\uDE00 lone \uFFFD end");
    assertThat(Html.escape("ünïcödé ÷ ≥ ✓")).isEqualTo("ünïcödé ÷ ≥ ✓");
  }

  @Test
  void slugsAreAnchorSafe() {
    assertThat(Html.slug("Diversity by generation depth"))
        .isEqualTo("diversity-by-generation-depth");
    assertThat(Html.slug("  <Représentation> & more ")).isEqualTo("repr-sentation-more");
    assertThat(Html.slug("!!!")).isEqualTo("section");
  }
}
