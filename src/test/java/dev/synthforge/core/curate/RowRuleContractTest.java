package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link RowRule} promises, checked on edge-case inputs. */
class RowRuleContractTest {

  private static final String SCHEMA =
      "{\"type\": \"object\", \"properties\": {\"label\": {\"type\": \"string\"}}}";

  private static final List<String> TEXTS = List.of("", " ", "\n\t\u3000", "word", "Hello world.",
      "Ｆｕｌｌ ｗｉｄｔｈ ｔｅｘｔ ｈｅｒｅ", "Crème brûlée à la carte, très bien.", "我喜欢吃苹果和香蕉。",
      "🎉🎉🎉", "👩‍👩‍👧 family ❤️", "{\"label\": \"positive\"}", "...", "a\u0301\u0301\u0301",
      "As an AI language model, I'm sorry, but I cannot provide jane@example.com.",
      "x".repeat(10_000), "word ".repeat(3_000));

  private static List<RowRule> rules() {
    ContaminationIndex index = ContaminationIndex.builder(NgramOverlap.defaults())
        .add("eval-1", "one two three four five six seven eight nine ten eleven twelve thirteen")
        .build();
    return List.of(new QualityRule(), new RefusalRule(), new TruncationRule(), new SchemaRule(),
        new PiiRule(), new PiiRule(PiiMode.MASK, EnumSet.allOf(PiiKind.class)),
        new DecontaminationRule(index),
        SeedCopyRule.builder(MinHasher.defaults()).add("seed-1", "Hello world.").build());
  }

  private static List<CurationInput> inputs() {
    List<CurationInput> inputs = new ArrayList<>();
    for (String text : TEXTS) {
      inputs.add(CurationInput.freeText(text, "stop"));
      inputs.add(CurationInput.freeText(text, null));
      inputs.add(CurationInput.structured(text, "length", SCHEMA));
    }
    return inputs;
  }

  @Test
  void verdictsNameTheRuleAndUseDeclaredReasonCodes() {
    for (RowRule rule : rules()) {
      for (CurationInput input : inputs()) {
        Verdict verdict = rule.evaluate(input);
        assertThat(verdict.rule()).isEqualTo(rule.name());
        if (verdict.rejected()) {
          assertThat(rule.reasonCodes()).as(rule.name() + " on " + input)
              .contains(verdict.reason());
        }
      }
    }
  }

  @Test
  void reasonCodesAreSnakeCaseAndBelongToOneRule() {
    Map<String, String> ruleOfCode = new HashMap<>();
    for (RowRule rule : rules()) {
      for (String code : rule.reasonCodes()) {
        assertThat(code).matches("[a-z][a-z0-9_]*");
        assertThat(ruleOfCode.putIfAbsent(code, rule.name())).isIn(null, rule.name());
      }
    }
    for (String code : JudgeRule.defaults().reasonCodes()) {
      assertThat(ruleOfCode).doesNotContainKey(code);
    }
  }

  @Test
  void rulesGiveEqualVerdictsAfterSerialization() throws Exception {
    for (RowRule rule : rules()) {
      RowRule copy = roundTrip(rule);
      for (CurationInput input : inputs()) {
        assertThat(copy.evaluate(input)).as(rule.name()).isEqualTo(rule.evaluate(input));
      }
    }
  }

  @Test
  void evaluationIsRepeatable() {
    for (RowRule rule : rules()) {
      for (CurationInput input : inputs()) {
        assertThat(rule.evaluate(input)).isEqualTo(rule.evaluate(input));
      }
    }
  }

  private static RowRule roundTrip(RowRule rule) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(rule);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (RowRule) in.readObject();
    }
  }
}
