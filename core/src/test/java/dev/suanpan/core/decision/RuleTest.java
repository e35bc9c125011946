package dev.suanpan.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleTest {
  /** Two rules of a made-up engine. */
  enum SampleRule implements Rule {
    /** The first check. */
    FIRST("sample.first"),
    /** The second check. */
    SECOND("sample.second");

    private final String id;

    SampleRule(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }
  }

  @Test
  void aStepOfARuleCarriesItsIdAndIsFoundByTheRule() {
    Explanation e = Explanation.builder().add(SampleRule.FIRST, "amount %s", "CNY 1.00").build();

    assertThat(e.rules()).containsExactly("sample.first");
    assertThat(e.fired(SampleRule.FIRST)).isTrue();
    assertThat(e.fired(SampleRule.SECOND)).isFalse();
    assertThat(e.steps().get(0).is(SampleRule.FIRST)).isTrue();
    assertThat(e.toString()).isEqualTo("[sample.first] amount CNY 1.00");
  }

  @Test
  void addAllKeepsTheOrderOfBothExplanations() {
    Explanation first = Explanation.empty().and(SampleRule.FIRST, "one");
    Explanation both = Explanation.builder().addAll(first).add(SampleRule.SECOND, "two").build();

    assertThat(both.rules()).containsExactly("sample.first", "sample.second");
  }

  @Test
  void aNullRuleIsRefusedByName() {
    assertThatThrownBy(() -> Explanation.builder().add((Rule) null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule must not be null");
  }
}
