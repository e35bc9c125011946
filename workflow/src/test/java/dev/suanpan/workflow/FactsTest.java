package dev.suanpan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FactsTest {
  @Test
  void theFactsHeldAreListedInNameOrderWithTheirTypes() {
    Facts f =
        Facts.of(Fact.money("compensation"), Money.parse("CNY 500.00"))
            .with(Fact.flag("warranty"), true)
            .with(Fact.date("agreed"), LocalDate.of(2024, 3, 1))
            .with(Fact.count("deferral.days"), 7L);
    assertThat(f.facts())
        .containsExactly(
            Fact.date("agreed"),
            Fact.money("compensation"),
            Fact.count("deferral.days"),
            Fact.flag("warranty"));
    assertThat(Facts.none().facts()).isEmpty();
  }
}
