package dev.synthforge.endpoint.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.core.generation.Choice;
import dev.synthforge.endpoint.http.OpenAiResponseParser.MalformedResponseException;
import dev.synthforge.endpoint.http.OpenAiResponseParser.ParsedCompletion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiResponseParserTest {
  private final OpenAiResponseParser parser = new OpenAiResponseParser(new ObjectMapper());

  private ParsedCompletion parse(String body) {
    return parser.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void chatAnswer() {
    ParsedCompletion parsed = parse("{\"id\":\"c1\",\"model\":\"gpt-x\",\"system_fingerprint\":\"fp_1\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello\"},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":2,\"total_tokens\":11}}");
    assertThat(parsed).isEqualTo(new ParsedCompletion(List.of(new Choice(0, "Hello", "stop")), "gpt-x", "fp_1", 9, 2));
  }

  @Test
  void completionsAnswer() {
    ParsedCompletion parsed = parse("{\"model\":\"m\",\"choices\":[{\"index\":0,\"text\":\" world\",\"finish_reason\":\"length\"}]}");
    assertThat(parsed.choices()).containsExactly(new Choice(0, " world", "length"));
  }

  @Test
  void choicesAreSortedByIndex() {
    ParsedCompletion parsed = parse("{\"choices\":[{\"index\":1,\"text\":\"b\"},{\"index\":0,\"text\":\"a\"}]}");
    assertThat(parsed.choices()).extracting(Choice::index, Choice::text)
        .containsExactly(tuple(0, "a"), tuple(1, "b"));
  }

  @Test
  void missingIndexFallsBackToPosition() {
    ParsedCompletion parsed = parse("{\"choices\":[{\"text\":\"a\"},{\"text\":\"b\"}]}");
    assertThat(parsed.choices()).extracting(Choice::index).containsExactly(0, 1);
  }

  @Test
  void nullsAndAbsentFieldsBecomeDefaults() {
    ParsedCompletion parsed = parse("{\"model\":null,\"system_fingerprint\":null,\"usage\":null,"
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[]},"
        + "\"finish_reason\":null}]}");
    assertThat(parsed).isEqualTo(new ParsedCompletion(List.of(new Choice(0, "", "unknown")), "", "", 0, 0));
  }

  @Test
  void notJson() {
    assertThatThrownBy(() -> parse("<html>oops</html>"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("answer is not valid JSON (17 bytes)");
  }

  @Test
  void truncatedJson() {
    assertThatThrownBy(() -> parse("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"Hel"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("answer is not valid JSON");
  }

  @Test
  void emptyBodyAndNonObjects() {
    assertThatThrownBy(() -> parse("")).isInstanceOf(MalformedResponseException.class)
        .hasMessage("answer is not a JSON object");
    assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(MalformedResponseException.class)
        .hasMessage("answer is not a JSON object");
  }

  @Test
  void noChoices() {
    assertThatThrownBy(() -> parse("{\"choices\":[]}")).isInstanceOf(MalformedResponseException.class)
        .hasMessage("answer has no 'choices'");
    assertThatThrownBy(() -> parse("{\"object\":\"chat.completion\"}")).isInstanceOf(MalformedResponseException.class)
        .hasMessage("answer has no 'choices'");
  }

  @Test
  void choiceWithoutContent() {
    assertThatThrownBy(() -> parse("{\"choices\":[{\"index\":0,\"text\":\"a\"},{\"index\":1,\"finish_reason\":\"stop\"}]}"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("choice 1 has neither 'message.content' nor 'text'");
  }
}
