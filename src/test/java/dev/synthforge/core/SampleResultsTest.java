package dev.synthforge.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.Choice;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.lineage.OutputCheck;
import dev.synthforge.core.lineage.SampleResult;
import dev.synthforge.core.lineage.SampleResults;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleResultsTest {
  private static final String URL = "http://gpu-1:8000/v1";
  private static final List<String> IDS = List.of("id-0", "id-1", "id-2");

  private static CallOutcome.Completed completed(long promptTokens, long completionTokens, Choice... choices) {
    return new CallOutcome.Completed(List.of(choices), "served", "fp_1", promptTokens, completionTokens, 2, 120, "vllm");
  }

  private static List<SampleResult> results(CallOutcome outcome, List<String> ids, boolean structured, OutputCheck check) {
    return SampleResults.fromOutcome(outcome, ids, URL, "llama", structured, check);
  }

  @Test
  void failedCallFailsEverySample() {
    CallOutcome.Failed failed = new CallOutcome.Failed(ErrorClass.SERVER_ERROR, 503, "overloaded", 5, 900, "vllm");

    List<SampleResult> results = results(failed, IDS, false, OutputCheck.none());

    assertThat(results).extracting(SampleResult::requestId).containsExactlyElementsOf(IDS);
    assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(new SampleResult(
        result.requestId(), false, null, null, ErrorClass.SERVER_ERROR, 503, "overloaded", "vllm", URL, "llama",
        "", "", 0, 0, 900, 5)));
  }

  @Test
  void completedCallGivesEachSampleItsChoice() {
    CallOutcome outcome = completed(10, 30, new Choice(0, "a", "stop"), new Choice(1, "b", "stop"), new Choice(2, "c", "length"));

    List<SampleResult> results = results(outcome, IDS, false, OutputCheck.none());

    assertThat(results).extracting(SampleResult::text).containsExactly("a", "b", "c");
    assertThat(results).extracting(SampleResult::finishReason).containsExactly("stop", "stop", "length");
    assertThat(results).allSatisfy(result -> {
      assertThat(result.succeeded()).isTrue();
      assertThat(result.errorClass()).isNull();
      assertThat(result.errorMessage()).isNull();
      assertThat(result.httpStatus()).isEqualTo(200);
      assertThat(result.endpointName()).isEqualTo("vllm");
      assertThat(result.endpointUrl()).isEqualTo(URL);
      assertThat(result.modelRequested()).isEqualTo("llama");
      assertThat(result.modelReported()).isEqualTo("served");
      assertThat(result.systemFingerprint()).isEqualTo("fp_1");
      assertThat(result.latencyMillis()).isEqualTo(120);
      assertThat(result.attempts()).isEqualTo(2);
    });
  }

  @Test
  void samplesWithoutAChoiceAreMissing() {
    List<SampleResult> results = results(completed(4, 4, new Choice(0, "a", "stop")), IDS, false, OutputCheck.none());

    assertThat(results.get(0).succeeded()).isTrue();
    assertThat(results.subList(1, 3)).allSatisfy(result -> {
      assertThat(result.succeeded()).isFalse();
      assertThat(result.errorClass()).isEqualTo(ErrorClass.MISSING_CHOICE);
      assertThat(result.errorMessage()).isEqualTo("the endpoint returned 1 choice(s), 3 asked");
      assertThat(result.text()).isNull();
      assertThat(result.finishReason()).isNull();
    });
  }

  @Test
  void structuredOutputCutAtMaxTokensIsTruncatedAndKeepsItsText() {
    OutputCheck neverCalled = text -> {
      throw new AssertionError("a truncated answer is not checked");
    };

    SampleResult result = results(completed(1, 1, new Choice(0, "{\"a\":", "length")), List.of("id"), true, neverCalled).get(0);

    assertThat(result.succeeded()).isFalse();
    assertThat(result.errorClass()).isEqualTo(ErrorClass.TRUNCATED_OUTPUT);
    assertThat(result.errorMessage()).isEqualTo("stopped at max_tokens before the JSON was complete (finish_reason=length)");
    assertThat(result.text()).isEqualTo("{\"a\":");
    assertThat(result.finishReason()).isEqualTo("length");
  }

  @Test
  void freeTextCutAtMaxTokensStillSucceeds() {
    SampleResult result = results(completed(1, 1, new Choice(0, "Once upon", "length")), List.of("id"), false,
        OutputCheck.none()).get(0);

    assertThat(result.succeeded()).isTrue();
  }

  @Test
  void outputThatFailsTheCheckIsASchemaViolationAndKeepsItsText() {
    OutputCheck check = text -> text.contains("label") ? Optional.empty() : Optional.of("$.label: required");

    List<SampleResult> results = results(
        completed(1, 2, new Choice(0, "{\"label\":1}", "stop"), new Choice(1, "{}", "stop")),
        List.of("id-0", "id-1"), true, check);

    assertThat(results.get(0).succeeded()).isTrue();
    assertThat(results.get(1).succeeded()).isFalse();
    assertThat(results.get(1).errorClass()).isEqualTo(ErrorClass.SCHEMA_VIOLATION);
    assertThat(results.get(1).errorMessage()).isEqualTo("$.label: required");
    assertThat(results.get(1).text()).isEqualTo("{}");
  }

  @Test
  void promptTokensGoToTheFirstSampleAndCompletionTokensAreSplitWithTheRemainderFirst() {
    CallOutcome outcome = completed(10, 11, new Choice(0, "a", "stop"), new Choice(1, "b", "stop"), new Choice(2, "c", "stop"));

    List<SampleResult> results = results(outcome, IDS, false, OutputCheck.none());

    assertThat(results).extracting(SampleResult::promptTokens).containsExactly(10L, 0L, 0L);
    assertThat(results).extracting(SampleResult::completionTokens).containsExactly(5L, 3L, 3L);
    assertThat(results.stream().mapToLong(SampleResult::completionTokens).sum()).isEqualTo(11);
  }

  @Test
  void oneSampleIsChargedEverything() {
    SampleResult result = results(completed(7, 9, new Choice(0, "a", "stop")), List.of("id"), false,
        OutputCheck.none()).get(0);

    assertThat(result.promptTokens()).isEqualTo(7);
    assertThat(result.completionTokens()).isEqualTo(9);
  }
}
