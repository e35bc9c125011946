package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationTest {
  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  @Test
  void fiveFenInSeventyThirtyGivesFourAndOne() {
    assertThat(Allocation.byRatios(cny("0.05"), 70, 30)).containsExactly(cny("0.04"), cny("0.01"));
  }

  @Test
  void hundredOverThreeEqualLinesGivesTheExtraFenToTheFirst() {
    assertThat(Allocation.evenly(cny("100.00"), 3))
        .containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
  }

  @Test
  void negativeTotalsAllocateSymmetrically() {
    assertThat(Allocation.evenly(cny("-100.00"), 3))
        .containsExactly(cny("-33.34"), cny("-33.33"), cny("-33.33"));
  }

  @Test
  void largestRemainderWinsOverEarlierPosition() {
    // exact shares 0.333.., 0.666..: the second has the larger remainder and gets the fen
    assertThat(Allocation.byRatios(cny("0.01"), 1, 2)).containsExactly(cny("0.00"), cny("0.01"));
  }

  @Test
  void byAmountsSpreadsADocumentDiscountOverLines() {
    List<Money> parts =
        Allocation.byAmounts(cny("100.00"), List.of(cny("300.00"), cny("200.00"), cny("100.00")));
    assertThat(parts).containsExactly(cny("50.00"), cny("33.33"), cny("16.67"));
  }

  @Test
  void zeroWeightGetsNothing() {
    assertThat(Allocation.byRatios(cny("10.00"), 0, 1, 1))
        .containsExactly(cny("0.00"), cny("5.00"), cny("5.00"));
  }

  @Test
  void rejectsBadWeightsNamingThem() {
    assertThatThrownBy(() -> Allocation.byRatios(cny("1.00"), 1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights[1]")
        .hasMessageContaining("-2");
    assertThatThrownBy(() -> Allocation.byRatios(cny("1.00"), 0, 0))
        .hasMessageContaining("weights must not all be zero");
    assertThatThrownBy(
            () -> Allocation.byAmounts(cny("1.00"), List.of(Money.of(CurrencyUnit.USD, 1))))
        .hasMessageContaining("amounts[0] must be in CNY");
    assertThatThrownBy(() -> Allocation.evenly(null, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("total");
  }
}
