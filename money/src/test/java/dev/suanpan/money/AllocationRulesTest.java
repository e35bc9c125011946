package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The rules of {@link Allocation} on its arguments. */
class AllocationRulesTest {
  @Test
  void anAmountCannotBeSplitIntoNoParts() {
    Money total = Money.of(CurrencyUnit.of("CNY"), new BigDecimal("1.00"));
    assertThatThrownBy(() -> Allocation.evenly(total, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must be positive, was 0");
    assertThatThrownBy(() -> Allocation.evenly(total, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must be positive, was -1");
  }
}
