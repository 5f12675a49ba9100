package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ContaminationIndexTest {

  /** 20 words. */
  private static final String EVAL = "What is the capital city of the small European country that"
      + " borders France, Germany and Switzerland while having no coastline";

  private static final ContaminationIndex INDEX =
      ContaminationIndex.builder(NgramOverlap.defaults()).add("mmlu-17", EVAL).build();

  /** The first {@code n} words of {@link #EVAL}, between unrelated words. */
  private static String sharing(int n) {
    String[] words = EVAL.split(" ");
    return "Quiz time: " + String.join(" ", java.util.Arrays.copyOfRange(words, 3, 3 + n))
        + " is a question people ask often.";
  }

  @Test
  void sharedThirteenGramIsContamination() {
    assertThat(INDEX.contaminated(sharing(13))).containsExactly("mmlu-17");
  }

  @Test
  void sharedTwelveGramIsNot() {
    assertThat(INDEX.contaminated(sharing(12))).isEmpty();
  }

  @Test
  void matchingIgnoresCasePunctuationAndSpacing() {
    String shouted = "CAPITAL city, of the SMALL european country -- that borders france"
        + " germany and switzerland!";

    assertThat(INDEX.contaminated(shouted)).containsExactly("mmlu-17");
  }

  @Test
  void shortEvaluationTextsAreCountedButCannotMatch() {
    ContaminationIndex index = ContaminationIndex.builder(NgramOverlap.defaults())
        .add("short", "What is two plus two?").add("empty", "").build();

    assertThat(index.shortTexts()).isEqualTo(2);
    assertThat(index.evaluationTexts()).isEqualTo(2);
    assertThat(index.contaminated("What is two plus two?")).isEmpty();
    assertThat(index.hashes()).isEmpty();
  }

  @Test
  void reportsEveryEvaluationTextSharingAnNgram() {
    ContaminationIndex index = ContaminationIndex.builder(new NgramOverlap(3))
        .add("b-2", "the red fox runs").add("a-1", "a red fox runs fast").add("c-3", "blue sky")
        .build();

    assertThat(index.contaminated("see the red fox runs")).containsExactly("a-1", "b-2");
    long redFoxRuns = new NgramOverlap(3).ngramHashes("red fox runs")[0];
    assertThat(index.evaluationIds(redFoxRuns)).containsExactly("b-2", "a-1");
    assertThat(index.evaluationIds(12345L)).isEmpty();
    assertThat(index.hashes()).isSorted().doesNotHaveDuplicates().contains(redFoxRuns);
  }

  @Test
  void ngramHashesAreDistinctAndSorted() {
    NgramOverlap overlap = new NgramOverlap(2);

    assertThat(overlap.ngramHashes("a b a b a b")).hasSize(2).isSorted();
    assertThat(overlap.ngramHashes("one")).isEmpty();
    assertThat(NgramOverlap.defaults().ngramWords()).isEqualTo(13);
    assertThatThrownBy(() -> new NgramOverlap(0))
        .hasMessage("Cannot create n-gram overlap: n-grams need at least 1 word, got 0");
  }

  @Test
  void indexSurvivesSerializationForBroadcast() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(INDEX);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ContaminationIndex copy = (ContaminationIndex) in.readObject();
      assertThat(copy.contaminated(sharing(13))).containsExactly("mmlu-17");
      assertThat(copy.hashes()).isEqualTo(INDEX.hashes());
    }
  }

  @Test
  void decontaminationRuleRejectsWithTheMatchedIds() {
    DecontaminationRule rule = new DecontaminationRule(INDEX);

    Verdict verdict = rule.evaluate(CurationInput.freeText(sharing(13), "stop"));
    assertThat(verdict.reason()).isEqualTo("contaminated");
    assertThat(verdict.score()).isEqualTo(1.0);
    assertThat(verdict.detail())
        .isEqualTo("shares a 13-word sequence with evaluation text(s) mmlu-17");
    assertThat(rule.evaluate(CurationInput.freeText(sharing(12), "stop")).passed()).isTrue();
    assertThat(rule.evaluate(CurationInput.freeText("", null)).passed()).isTrue();
  }

  @Test
  void decontaminationRuleNamesAtMostFiveIds() {
    ContaminationIndex.Builder builder = ContaminationIndex.builder(new NgramOverlap(2));
    for (int index = 1; index <= 7; index++) {
      builder.add("e" + index, "shared words");
    }
    Verdict verdict = new DecontaminationRule(builder.build())
        .evaluate(CurationInput.freeText("Shared words!", null));

    assertThat(verdict.detail()).isEqualTo(
        "shares a 2-word sequence with evaluation text(s) e1, e2, e3, e4, e5 and 2 more");
    assertThat(verdict.score()).isEqualTo(7.0);
  }
}
