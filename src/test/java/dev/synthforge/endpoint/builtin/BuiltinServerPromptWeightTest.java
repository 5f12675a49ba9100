package dev.synthforge.endpoint.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.lm.NgramModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prompt weight option: 0 samples the fitted model alone, whatever the prompt holds. */
class BuiltinServerPromptWeightTest {

  private static final String[] WORDS = {"kettle", "lamp", "chair", "mug", "shelf", "towel"};

  private static NgramModel model() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      texts.add("The " + WORDS[i % WORDS.length] + " works well and looks " + WORDS[(i * 5) % WORDS.length] + ".");
    }
    texts.add("The zebra works well.");
    return NgramModel.fit(texts);
  }

  private static int rareWordAnswers(double promptWeight) throws Exception {
    try (BuiltinServer server = BuiltinServer.start(BuiltinServerOptions.of(model()).withPromptWeight(promptWeight))) {
      LoopbackClient client = new LoopbackClient(server.baseUrl());
      int answers = 0;
      for (int seed = 0; seed < 40; seed++) {
        String text = client.postJson("/v1/completions", """
            {"model": "synthforge-builtin", "prompt": "zebra zebra zebra", "seed": %d, "max_tokens": 12}
            """.formatted(seed)).get("choices").get(0).get("text").asText();
        if (text.contains("zebra")) {
          answers++;
        }
      }
      return answers;
    }
  }

  @Test
  void aZeroPromptWeightStopsCopyingThePromptsWords() throws Exception {
    int leaning = rareWordAnswers(0.3);
    int alone = rareWordAnswers(0);

    // The word is 1 in about 2,000 tokens: the model alone almost never draws it in 40 answers;
    // leaning on a prompt of it, several answers copy it.
    assertThat(leaning).isGreaterThanOrEqualTo(5);
    assertThat(alone).isLessThanOrEqualTo(1);
  }

  @Test
  void rejectsAPromptWeightOutsideZeroToOne() {
    assertThat(BuiltinServerOptions.of(model()).promptWeight()).isEqualTo(0.3);
    assertThatThrownBy(() -> BuiltinServerOptions.of(model()).withPromptWeight(1.0))
        .hasMessage("promptWeight must be within [0, 1): 1.0");
  }
}
