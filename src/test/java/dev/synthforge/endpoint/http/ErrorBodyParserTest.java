package dev.synthforge.endpoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.endpoint.http.ErrorBodyParser.ErrorBody;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorBodyParserTest {
  private final ErrorBodyParser parser = new ErrorBodyParser(new ObjectMapper());

  private ErrorBody parse(String body) {
    return parser.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void openAiNestedStringCode() {
    assertThat(parse("{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\","
        + "\"param\":null,\"code\":\"insufficient_quota\"}}"))
        .isEqualTo(new ErrorBody("You exceeded your current quota", "insufficient_quota"));
  }

  @Test
  void openAiNullCodeFallsBackToType() {
    assertThat(parse("{\"error\":{\"message\":\"quota\",\"type\":\"insufficient_quota\",\"code\":null}}"))
        .isEqualTo(new ErrorBody("quota", "insufficient_quota"));
  }

  @Test
  void vllmNestedIntCode() {
    assertThat(parse("{\"error\":{\"message\":\"max_tokens is too large\",\"type\":\"BadRequestError\",\"code\":400}}"))
        .isEqualTo(new ErrorBody("max_tokens is too large", "400"));
  }

  @Test
  void vllmFlatIntCode() {
    assertThat(parse("{\"object\":\"error\",\"message\":\"The model `x` does not exist.\","
        + "\"type\":\"NotFoundError\",\"param\":null,\"code\":404}"))
        .isEqualTo(new ErrorBody("The model `x` does not exist.", "404"));
  }

  @Test
  void textGenerationInferenceShape() {
    assertThat(parse("{\"error\":\"Model is overloaded\",\"error_type\":\"overloaded\"}"))
        .isEqualTo(new ErrorBody("Model is overloaded", "overloaded"));
  }

  @Test
  void fastApiDetail() {
    assertThat(parse("{\"detail\":\"Not Found\"}")).isEqualTo(new ErrorBody("Not Found", ""));
  }

  @Test
  void fastApiValidationDetailKeepsItsText() {
    ErrorBody body = parse("{\"detail\":[{\"loc\":[\"body\",\"messages\"],\"msg\":\"field required\"}]}");
    assertThat(body.message()).contains("field required");
  }

  @Test
  void plainText() {
    assertThat(parse("upstream connect error\n  or disconnect")).isEqualTo(new ErrorBody("upstream connect error or disconnect", ""));
  }

  @Test
  void jsonThatIsNotAnObjectIsKeptAsText() {
    assertThat(parse("\"Internal Server Error\"")).isEqualTo(new ErrorBody("\"Internal Server Error\"", ""));
  }

  @Test
  void emptyAndMissingBodies() {
    assertThat(parser.parse(new byte[0])).isEqualTo(new ErrorBody("", ""));
    assertThat(parser.parse(null)).isEqualTo(new ErrorBody("", ""));
  }

  @Test
  void objectWithoutMessage() {
    assertThat(parse("{\"error\":{\"code\":\"server_error\"}}")).isEqualTo(new ErrorBody("", "server_error"));
    assertThat(parse("{\"error\":{\"message\":null}}")).isEqualTo(new ErrorBody("", ""));
    assertThat(parse("{}")).isEqualTo(new ErrorBody("", ""));
  }

  @Test
  void htmlErrorPageIsFlattenedAndShortened() {
    String page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n"
        + "x".repeat(500) + "\n</body>\n</html>";
    ErrorBody body = parse(page);
    assertThat(body.message()).startsWith("<html> <head><title>502 Bad Gateway</title></head> <body>");
    assertThat(body.message()).hasSize(303).endsWith("...");
    assertThat(body.code()).isEmpty();
  }
}
