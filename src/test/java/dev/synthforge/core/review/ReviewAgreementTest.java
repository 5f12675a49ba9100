package dev.synthforge.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.metrics.MetricValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewAgreementTest {

  @Test
  void sharesOfAgreementPerRuleAndOverall() {
    ReviewAgreement agreement = new ReviewAgreement();
    agreement.add(1, "quality", true, true, 3);
    agreement.add(1, "quality", true, false, 1);
    agreement.add(1, "judge", false, false, 2);
    agreement.add(1, ReviewAgreement.OVERALL, false, true, 1);
    agreement.add(1, ReviewAgreement.OVERALL, true, true, 1);

    List<MetricValue> values = agreement.values("run");

    assertThat(values).containsExactly(
        new MetricValue("run", 1, "review_agreement", "", 0.5, 2),
        new MetricValue("run", 1, "review_agreement", "judge", 1.0, 2),
        new MetricValue("run", 1, "review_agreement", "quality", 0.75, 4));
  }
}
