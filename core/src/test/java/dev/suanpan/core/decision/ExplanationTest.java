package dev.suanpan.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExplanationTest {
  @Test
  void keepsStepsInOrderAndPrintsOneLineEach() {
    Explanation e =
        Explanation.builder()
            .add("pricing.base", "base price %s", "CNY 100.00")
            .add("pricing.floor", "floor respected")
            .build();
    assertThat(e.rules()).containsExactly("pricing.base", "pricing.floor");
    assertThat(e.fired("pricing.floor")).isTrue();
    assertThat(e.fired("pricing.quota")).isFalse();
    assertThat(e.toString())
        .isEqualTo("[pricing.base] base price CNY 100.00\n[pricing.floor] floor respected");
    assertThat(e.and("x.y", "more").steps()).hasSize(3);
    assertThat(e.steps()).hasSize(2);
  }

  @Test
  void rejectsBlankRules() {
    assertThatThrownBy(() -> Reason.of(" ", "text")).hasMessageContaining("rule must not be blank");
  }

  @Test
  void aBuilderAddingAfterBuildLeavesTheBuiltExplanationAlone() {
    Explanation.Builder b = Explanation.builder().add("a.one", "first %s", 1);
    Explanation first = b.build();
    Explanation second = b.add("a.two", "second").build();
    assertThat(first.rules()).containsExactly("a.one");
    assertThat(second.rules()).containsExactly("a.one", "a.two");
    assertThat(second.toString()).isEqualTo("[a.one] first 1\n[a.two] second");
    assertThat(Explanation.builder().addAll(second).build()).isEqualTo(second);
  }

  @Test
  void theBuilderRejectsABlankRuleOrTextAtOnce() {
    assertThatThrownBy(() -> Explanation.builder().add(" ", "text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule must not be blank");
    assertThatThrownBy(() -> Explanation.builder().add("a.one", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text must not be blank");
  }
}
