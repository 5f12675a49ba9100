package dev.synthforge.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.RequestIds;
import dev.synthforge.core.generation.TaskApi;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
  private static final GenerationParameters PARAMETERS = new GenerationParameters(0.7, 1.0, 64, List.of(), 7L);

  private static String fingerprint(String system, String schemaHash, TaskApi api, String models,
      GenerationParameters parameters) {
    return RequestIds.taskFingerprint("template-hash", system, schemaHash, api, models, parameters);
  }

  @Test
  void idIsThirtyTwoHexCharactersAndStable() {
    String fingerprint = fingerprint(null, null, TaskApi.CHAT, "m", PARAMETERS);
    String id = RequestIds.requestId("seed-1", "hash-1", fingerprint, 0);

    assertThat(id).matches("[0-9a-f]{32}");
    assertThat(RequestIds.requestId("seed-1", "hash-1", fingerprint, 0)).isEqualTo(id);
  }

  @Test
  void idChangesWithEachInput() {
    String fingerprint = fingerprint(null, null, TaskApi.CHAT, "m", PARAMETERS);
    Set<String> ids = Set.of(
        RequestIds.requestId("seed-1", "hash-1", fingerprint, 0),
        RequestIds.requestId("seed-2", "hash-1", fingerprint, 0),
        RequestIds.requestId("seed-1", "hash-2", fingerprint, 0),
        RequestIds.requestId("seed-1", "hash-1", fingerprint + "x", 0),
        RequestIds.requestId("seed-1", "hash-1", fingerprint, 1));

    assertThat(ids).hasSize(5);
  }

  @Test
  void fingerprintChangesWithEverythingThatShapesAnswers() {
    Set<String> fingerprints = Set.of(
        fingerprint(null, null, TaskApi.CHAT, "m", PARAMETERS),
        fingerprint("", null, TaskApi.CHAT, "m", PARAMETERS),
        fingerprint(null, "schema", TaskApi.CHAT, "m", PARAMETERS),
        fingerprint(null, null, TaskApi.COMPLETIONS, "m", PARAMETERS),
        fingerprint(null, null, TaskApi.CHAT, "m,n", PARAMETERS),
        fingerprint(null, null, TaskApi.CHAT, "m", new GenerationParameters(0.8, 1.0, 64, List.of(), 7L)),
        RequestIds.taskFingerprint("other-template", null, null, TaskApi.CHAT, "m", PARAMETERS));

    assertThat(fingerprints).hasSize(7);
  }
}
