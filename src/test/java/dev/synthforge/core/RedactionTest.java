package dev.synthforge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void bearerTokens() {
    assertThat(Redaction.redact("Authorization: Bearer abc.DEF-123_x~y+z/="))
        .isEqualTo("Authorization: Bearer [REDACTED]");
    assertThat(Redaction.redact("got bearer tok3n")).isEqualTo("got bearer [REDACTED]");
  }

  @Test
  void otherAuthorizationSchemes() {
    assertThat(Redaction.redact("Authorization: Basic dXNlcjpwYXNzd29yZA=="))
        .isEqualTo("Authorization: Basic [REDACTED]");
    assertThat(Redaction.redact("{\"authorization\": \"Token 9f8e7d6c5b\"}"))
        .isEqualTo("{\"authorization\": \"Token [REDACTED]\"}");
    assertThat(Redaction.redact("api_key: two words")).isEqualTo("api_key: [REDACTED] words");
  }

  @Test
  void keyLikeStrings() {
    assertThat(Redaction.redact("key sk-proj-abcdefghijklmnop1234 was rejected")).isEqualTo("key [REDACTED] was rejected");
    assertThat(Redaction.redact("hf_abcdefghijklmnopqrst and nvapi-ABCDEFGHIJKLMNOP"))
        .isEqualTo("[REDACTED] and [REDACTED]");
  }

  @Test
  void keyAssignments() {
    assertThat(Redaction.redact("{\"api_key\": \"abc123\"}")).isEqualTo("{\"api_key\": \"[REDACTED]\"}");
    assertThat(Redaction.redact("?api-key=abc123")).isEqualTo("?api-key=[REDACTED]");
    assertThat(Redaction.redact("secret: hunter2, token='t0k'")).isEqualTo("secret: [REDACTED], token='[REDACTED]'");
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    String text = "{\"max_tokens\": 64, \"usage\": {\"completion_tokens\": 5}, \"task\": \"skim-the-article-quickly\"}";
    assertThat(Redaction.redact(text)).isEqualTo(text);
    assertThat(Redaction.redact(null)).isNull();
    assertThat(Redaction.redact("")).isEmpty();
  }

  @Test
  void knownSecretIsMaskedWhateverItLooksLike() {
    assertThat(Redaction.redact("the key plain-looking-value failed", "plain-looking-value"))
        .isEqualTo("the key [REDACTED] failed");
    assertThat(Redaction.redact("abc abc", "abc")).isEqualTo("abc abc");
    assertThat(Redaction.redact("nothing here", null)).isEqualTo("nothing here");
  }

  @Test
  void sparkRedactionRegexCoversKeysAndHeaders() {
    Pattern regex = Pattern.compile(Redaction.sparkRedactionRegex());
    assertThat(regex.matcher("spark.openai.api_key").find()).isTrue();
    assertThat(regex.matcher("Authorization").find()).isTrue();
    assertThat(regex.matcher("spark.executorEnv.OPENAI_API_KEY").find()).isTrue();
    assertThat(regex.matcher("spark.hadoop.fs.s3a.access.key").find()).isTrue();
    assertThat(regex.matcher("spark.ssl.keyStorePassword").find()).isTrue();
    assertThat(regex.matcher("spark.executor.memory").find()).isFalse();
    assertThat(regex.matcher("spark.app.name").find()).isFalse();
  }
}
