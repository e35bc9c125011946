package dev.suanpan.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An explanation keeps its steps in order, and two explanations are equal when their steps are. */
class ExplanationRulesTest {
  enum Step implements Rule {
    EXPOSURE("credit.exposure"),
    LIMIT("credit.limit");

    private final String id;

    Step(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  @Test
  void anExplanationOfReasonsKeepsThemInTheOrderGiven() {
    Explanation e =
        Explanation.of(
            List.of(
                Reason.of(Step.EXPOSURE, "exposure %s", "CNY 80.00"),
                Reason.of(Step.LIMIT, "within limit")));
    assertThat(e.rules()).containsExactly("credit.exposure", "credit.limit");
    assertThat(e).hasToString("[credit.exposure] exposure CNY 80.00\n[credit.limit] within limit");
  }

  @Test
  void appendingAReasonOrAnotherExplanationAddsTheirStepsAtTheEnd() {
    Explanation first = Explanation.of(List.of(Reason.of(Step.EXPOSURE, "exposure")));
    Explanation second = Explanation.of(List.of(Reason.of(Step.LIMIT, "limit")));
    assertThat(first.and(Reason.of(Step.LIMIT, "limit")).rules())
        .containsExactly("credit.exposure", "credit.limit");
    assertThat(first.and(second).rules()).containsExactly("credit.exposure", "credit.limit");
    assertThat(first.and(second)).isEqualTo(first.and(Reason.of(Step.LIMIT, "limit")));
    assertThat(first.rules()).containsExactly("credit.exposure");
  }

  @Test
  void explanationsAreEqualWhenTheirStepsAreAndOnlyThen() {
    Explanation a = Explanation.builder().add(Reason.of(Step.LIMIT, "within limit")).build();
    Explanation same = Explanation.of(List.of(Reason.of(Step.LIMIT, "within limit")));
    Explanation other = Explanation.of(List.of(Reason.of(Step.LIMIT, "over the limit")));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(Explanation.builder().build()).isEqualTo(Explanation.empty());
    assertThat(Explanation.empty().steps()).isEmpty();
  }

  @Test
  void aReasonIsAStepOfItsOwnRuleOnly() {
    Reason r = Reason.of(Step.LIMIT, "over the limit");
    assertThat(r.is(Step.LIMIT)).isTrue();
    assertThat(r.is(Step.EXPOSURE)).isFalse();
  }
}
