package dev.synthforge.endpoint;

import dev.synthforge.core.endpoint.RetryPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
  @TempDir Path temp;

  private static EndpointSpec spec(String env, String file) {
    return new EndpointSpec("local", URI.create("http://127.0.0.1:1/v1"), "m", env, file, 1, 1.0,
        Duration.ofSeconds(1), Duration.ofSeconds(1), RetryPolicy.none());
  }

  @Test
  void noKeyConfigured() {
    assertThat(ApiKeys.resolve(spec(null, null))).isEmpty();
  }

  @Test
  void keyFileIsReadAndStripped() throws Exception {
    Path file = temp.resolve("key");
    Files.writeString(file, "  fake-key-123\n");

    assertThat(ApiKeys.resolve(spec(null, file.toString()))).contains("fake-key-123");
  }

  @Test
  void unreadableKeyFileIsAUserError() {
    String missing = temp.resolve("absent").toString();

    assertThatThrownBy(() -> ApiKeys.resolve(spec(null, missing)))
        .isInstanceOf(SynthforgeException.class)
        .hasMessage("Cannot read the API key of endpoint 'local': file " + missing
            + " cannot be read (NoSuchFileException)")
        .extracting(error -> ((SynthforgeException) error).category()).isEqualTo(ErrorCategory.USER);
  }

  @Test
  void unsetVariableIsAUserError() {
    assertThatThrownBy(() -> ApiKeys.resolve(spec("SYNTHFORGE_TEST_VARIABLE_THAT_IS_NEVER_SET", null)))
        .isInstanceOf(SynthforgeException.class)
        .hasMessageStartingWith("Cannot read the API key of endpoint 'local': environment variable "
            + "SYNTHFORGE_TEST_VARIABLE_THAT_IS_NEVER_SET is not set");
  }
}
