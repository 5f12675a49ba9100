package dev.synthforge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.Choice;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.TaskApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checked value records of core/generation. */
class GenerationValuesTest {
  private static final GenerationParameters PARAMETERS = new GenerationParameters(0.7, 1.0, 64, List.of("\n\n"), 100L);

  @Test
  void seedForSampleAddsTheIndex() {
    assertThat(PARAMETERS.seedForSample(0)).isEqualTo(100L);
    assertThat(PARAMETERS.seedForSample(3)).isEqualTo(103L);
    assertThat(new GenerationParameters(0.7, 1.0, 64, List.of(), null).seedForSample(3)).isNull();
  }

  @Test
  void canonicalFormNamesEveryParameter() {
    assertThat(PARAMETERS.canonical()).isEqualTo("temperature=0.7;top_p=1.0;max_tokens=64;stop=[\n\n];seed=100");
  }

  @Test
  void stopSequencesAreCopied() {
    List<String> stop = new ArrayList<>(List.of("END"));
    GenerationParameters parameters = new GenerationParameters(0, 1, 1, stop, null);
    stop.add("MORE");

    assertThat(parameters.stop()).containsExactly("END");
  }

  @Test
  void rejectsNoTokens() {
    assertThatThrownBy(() -> new GenerationParameters(0, 1, 0, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokens must be >= 1: 0");
  }

  @Test
  void requestOptionalsAndChoices() {
    EndpointRequest request = new EndpointRequest("id", TaskApi.CHAT, null, "p", PARAMETERS, null, 1, null);
    assertThat(request.system()).isEmpty();
    assertThat(request.schema()).isEmpty();
    assertThatThrownBy(() -> new EndpointRequest("id", TaskApi.CHAT, null, "p", PARAMETERS, null, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("choices must be >= 1: 0");
  }

  @Test
  void completedCopiesItsChoices() {
    List<Choice> choices = new ArrayList<>(List.of(new Choice(0, "a", "stop")));
    CallOutcome.Completed completed = new CallOutcome.Completed(choices, "m", "", 0, 0, 1, 0, "e");
    choices.clear();

    assertThat(completed.choices()).hasSize(1);
  }

  @Test
  void failuresTheNextRunMayCure() {
    assertThat(ErrorClass.RATE_LIMITED.transientFailure()).isTrue();
    assertThat(ErrorClass.CONNECTION.transientFailure()).isTrue();
    assertThat(ErrorClass.QUOTA_EXHAUSTED.transientFailure()).isFalse();
    assertThat(ErrorClass.BAD_REQUEST.transientFailure()).isFalse();
  }
}
