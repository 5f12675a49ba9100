package dev.synthforge.endpoint;

import dev.synthforge.core.endpoint.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EndpointSpecTest {
  private static EndpointSpec spec(String url) {
    return new EndpointSpec("vllm", URI.create(url), "llama", "KEY_ENV", null, 8, 2.0, Duration.ofSeconds(1),
        Duration.ofSeconds(30), RetryPolicy.defaults());
  }

  @Test
  void routesAreJoinedWithOneSlash() {
    assertThat(spec("http://gpu-1:8000/v1").route("chat/completions"))
        .isEqualTo(URI.create("http://gpu-1:8000/v1/chat/completions"));
    assertThat(spec("http://gpu-1:8000/v1/").route("models")).isEqualTo(URI.create("http://gpu-1:8000/v1/models"));
  }

  @Test
  void publicUrlLeavesOutCredentialsAndQuery() {
    assertThat(spec("https://user:secret@api.example.com/v1?key=abc").publicUrl()).isEqualTo("https://api.example.com/v1");
    assertThat(spec("http://gpu-1:8000/v1").publicUrl()).isEqualTo("http://gpu-1:8000/v1");
  }

  @Test
  void toStringNamesEndpointUrlAndModelOnly() {
    assertThat(spec("https://user:secret@api.example.com/v1").toString())
        .isEqualTo("EndpointSpec[vllm https://api.example.com/v1 model=llama]");
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    EndpointSpec spec = spec("http://gpu-1:8000/v1");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(spec);
    }
  }

  @Test
  void rejectsNoConcurrency() {
    assertThatThrownBy(() -> new EndpointSpec("e", URI.create("http://h/v1"), "m", null, null, 0, 1.0,
            Duration.ofSeconds(1), Duration.ofSeconds(1), RetryPolicy.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConcurrency must be >= 1: 0");
  }
}
