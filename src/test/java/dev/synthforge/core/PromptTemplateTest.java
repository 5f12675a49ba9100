package dev.synthforge.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.prompt.PromptRendering;
import dev.synthforge.core.prompt.PromptTemplate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

  @Test
  void rendersNamedPlaceholdersWithOptionalSpaces() {
    PromptTemplate template = PromptTemplate.parse("Paraphrase this {{ category }} review: {{text}}");
    PromptRendering rendering = template.render(Map.of("text", "Great kettle.", "category", "kitchen")::get);
    assertThat(rendering.complete()).isTrue();
    assertThat(rendering.text()).isEqualTo("Paraphrase this kitchen review: Great kettle.");
    assertThat(template.fields()).containsExactly("category", "text");
  }

  @Test
  void seedTextThatLooksLikeTemplateSyntaxIsSentLiterally() {
    PromptTemplate template = PromptTemplate.parse("A: {{text}} B: {{other}}");
    PromptRendering rendering = template.render(Map.of("text", "{{other}} and {{ text }}", "other", "x")::get);
    assertThat(rendering.text()).isEqualTo("A: {{other}} and {{ text }} B: x");
  }

  @Test
  void nullFieldsAreReportedOnceEach() {
    Map<String, String> values = new HashMap<>();
    values.put("text", null);
    PromptRendering rendering = PromptTemplate.parse("{{text}} {{text}} {{label}}").render(values::get);
    assertThat(rendering.complete()).isFalse();
    assertThat(rendering.missingFields()).containsExactly("text", "label");
    assertThat(rendering.text()).isEmpty();
  }

  @Test
  void templateWithoutPlaceholdersRendersAsIs() {
    PromptTemplate template = PromptTemplate.parse("Write a haiku about {rain}.");
    assertThat(template.fields()).isEmpty();
    assertThat(template.render(name -> null).text()).isEqualTo("Write a haiku about {rain}.");
  }

  @Test
  void hashDependsOnTheTextOnly() {
    assertThat(PromptTemplate.parse("a {{b}}").hash()).isEqualTo(PromptTemplate.parse("a {{b}}").hash());
    assertThat(PromptTemplate.parse("a {{b}}").hash()).isNotEqualTo(PromptTemplate.parse("a {{ b }}").hash());
  }
}
