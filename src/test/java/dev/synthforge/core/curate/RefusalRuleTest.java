package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalRuleTest {

  private static final RefusalRule RULE = new RefusalRule();

  private static Verdict judge(String text) {
    return RULE.evaluate(CurationInput.freeText(text, "stop"));
  }

  @Test
  void rejectsAiSelfReferences() {
    Verdict verdict = judge("As an AI language model, I do not have personal opinions.");

    assertThat(verdict.reason()).isEqualTo("ai_self_reference");
    assertThat(verdict.detail()).isEqualTo("matched 'as an ai language model'");
    assertThat(judge("As a large language model I cannot browse.").reason())
        .isEqualTo("ai_self_reference");
    assertThat(judge("Well, as an AI, I think so.").reason()).isEqualTo("ai_self_reference");
    assertThat(judge("I'm just an AI.").reason()).isEqualTo("ai_self_reference");
  }

  @Test
  void keepsTextAboutAiPeople() {
    assertThat(judge("As an AI researcher, she studied vision models.").passed()).isTrue();
    assertThat(judge("I am an AI engineer at a small company.").passed()).isTrue();
  }

  @Test
  void rejectsApologiesBeforeARefusal() {
    assertThat(judge("I'm sorry, but I can't do that.").reason()).isEqualTo("apology");
    assertThat(judge("I am really sorry but that is not possible.").reason()).isEqualTo("apology");
    assertThat(judge("I apologise, but no.").reason()).isEqualTo("apology");
    assertThat(judge("I'm sorry for your loss.").passed()).isTrue();
  }

  @Test
  void rejectsInabilityToAssist() {
    assertThat(judge("I cannot provide medical advice.").reason()).isEqualTo("cannot_assist");
    assertThat(judge("Unfortunately I can't assist with that request.").reason())
        .isEqualTo("cannot_assist");
    assertThat(judge("I'm unable to help with this.").reason()).isEqualTo("cannot_assist");
    assertThat(judge("I am not able to fully answer that.").reason()).isEqualTo("cannot_assist");
    assertThat(judge("I can't help but smile at the sunrise.").passed()).isTrue();
  }

  @Test
  void handlesUnicodeApostrophesAndFullWidth() {
    assertThat(judge("I’m sorry, but that’s not allowed.").reason()).isEqualTo("apology");
    assertThat(judge("I can’t provide that.").reason()).isEqualTo("cannot_assist");
    assertThat(judge("ＡＳ ＡＮ ＡＩ ＬＡＮＧＵＡＧＥ ＭＯＤＥＬ").reason()).isEqualTo("ai_self_reference");
    assertThat(judge("AS   AN\nAI   assistant").reason()).isEqualTo("ai_self_reference");
  }

  @Test
  void rejectsKnowledgeCutoffPhrases() {
    assertThat(judge("As of my last update in 2023, the law was unchanged.").reason())
        .isEqualTo("knowledge_cutoff");
    assertThat(judge("My knowledge cut-off is September 2021.").reason())
        .isEqualTo("knowledge_cutoff");
    assertThat(judge("I don't have real-time data on prices.").reason())
        .isEqualTo("knowledge_cutoff");
    assertThat(judge("My training data only goes up to 2022.").reason())
        .isEqualTo("knowledge_cutoff");
  }

  @Test
  void rejectsUnfilledPlaceholders() {
    assertThat(judge("Dear [Insert Name], thank you for your order.").reason())
        .isEqualTo("placeholder");
    assertThat(judge("Best regards, [Your Name]").reason()).isEqualTo("placeholder");
    assertThat(judge("See reference [1] for details.").passed()).isTrue();
  }

  @Test
  void namesTheFirstFamilyAndQuotesEveryMatch() {
    Verdict verdict = judge("I'm sorry, but as an AI language model I cannot provide that.");

    assertThat(verdict.reason()).isEqualTo("ai_self_reference");
    assertThat(verdict.detail()).isEqualTo(
        "matched 'as an ai language model', 'i'm sorry, but', 'i cannot provide'");
  }

  @Test
  void passesOrdinaryAndEmptyText() {
    for (String text : List.of("", " ", "Hello", "The sun rises in the east.", "我很抱歉", "🎉")) {
      assertThat(judge(text).outcome()).as(text).isEqualTo(Verdict.Outcome.PASSED);
    }
  }

  @Test
  void customPatternsReplaceTheDefaults() {
    RefusalRule rule = new RefusalRule(List.of(RefusalPattern.of("marketing", "\\bbuy now\\b")));

    assertThat(rule.evaluate(CurationInput.freeText("BUY NOW!", null)).reason())
        .isEqualTo("marketing");
    assertThat(rule.evaluate(CurationInput.freeText("As an AI model.", null)).passed()).isTrue();
    assertThat(rule.reasonCodes()).containsExactly("marketing");
    assertThat(RULE.reasonCodes()).containsExactlyInAnyOrder(
        "ai_self_reference", "apology", "cannot_assist", "knowledge_cutoff", "placeholder");
  }

  @Test
  void patternReasonMustBeSnakeCase() {
    assertThatThrownBy(() -> RefusalPattern.of("Bad Reason", "x"))
        .hasMessage("Cannot create refusal pattern: reason must be a snake_case code, got"
            + " 'Bad Reason'");
  }
}
