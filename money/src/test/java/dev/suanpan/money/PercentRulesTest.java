package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The rules of {@link Percent} and {@link Rounding} as values: arithmetic, order, equality. */
class PercentRulesTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  static Money cny(String a) {
    return Money.of(CNY, new BigDecimal(a));
  }

  @Test
  void aShareOfAZeroWholeIsRefusedNamingTheWhole() {
    // 5.00 of 0.00 has no percentage: refused as bad input, never a division by zero
    assertThatThrownBy(() -> Percent.ratio(cny("5.00"), cny("0.00"), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("whole must not be zero, was CNY 0.00");
  }

  @Test
  void basisPointsAreHundredthsOfAPercentAndAreNeverRounded() {
    // 2.5% x 100 = 250 bp; -0.05% x 100 = -5 bp
    assertThat(Percent.parse("2.5%").basisPoints()).isEqualTo(250L);
    assertThat(Percent.parse("-0.05%").basisPoints()).isEqualTo(-5L);
    // 0.005% is half a basis point: refused, not rounded to 0 or 1
    assertThatThrownBy(() -> Percent.parse("0.005%").basisPoints())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.005%");
  }

  @Test
  void anExactShareKeepsEveryDigitForTheOneRoundingLater() {
    // 13% of 0.50 = 0.065 exactly: no fen rounding yet
    BigMoney exact = Percent.of(13).ofExact(BigMoney.of(CNY, new BigDecimal("0.50")));
    assertThat(exact.getCurrencyUnit()).isEqualTo(CNY);
    assertThat(exact.getAmount()).isEqualByComparingTo("0.065");
  }

  @Test
  void percentagesSubtractAndScaleExactly() {
    // 13% - 4% = 9%; a daily 0.05% over 30 days is 0.05 x 30 = 1.5%
    assertThat(Percent.of(13).minus(Percent.of(4))).isEqualTo(Percent.of(9));
    assertThat(Percent.parse("0.05%").times(BigDecimal.valueOf(30))).isEqualTo(Percent.of("1.5"));
  }

  @Test
  void greaterThanIsStrict() {
    assertThat(Percent.of(2).isGreaterThan(Percent.of(1))).isTrue();
    assertThat(Percent.of(1).isGreaterThan(Percent.parse("1.00%"))).isFalse();
    assertThat(Percent.of(1).isGreaterThan(Percent.of(2))).isFalse();
  }

  @Test
  void minAndMaxPickTheSmallerAndTheLargerWhicheverComesFirst() {
    assertThat(Percent.of(3).min(Percent.of(2))).isEqualTo(Percent.of(2));
    assertThat(Percent.of(2).min(Percent.of(3))).isEqualTo(Percent.of(2));
    assertThat(Percent.of(2).max(Percent.of(3))).isEqualTo(Percent.of(3));
    assertThat(Percent.of(3).max(Percent.of(2))).isEqualTo(Percent.of(3));
  }

  @Test
  void equalPercentagesHaveEqualHashCodes() {
    assertThat(Percent.parse("2.50%")).hasSameHashCodeAs(Percent.parse("2.5%"));
  }

  @Test
  void aRoundingIsItsStepAndItsMode() {
    Rounding bankersToFen = Rounding.toMinorUnit(java.math.RoundingMode.HALF_EVEN);
    assertThat(bankersToFen).isEqualTo(Rounding.FEN_HALF_EVEN);
    assertThat(bankersToFen).hasSameHashCodeAs(Rounding.FEN_HALF_EVEN);
    assertThat(bankersToFen.mode()).isEqualTo(java.math.RoundingMode.HALF_EVEN);
    // another mode, another step, or not a rounding at all: not equal
    assertThat(bankersToFen).isNotEqualTo(Rounding.FEN);
    assertThat(Rounding.FEN)
        .isNotEqualTo(Rounding.toStep(new BigDecimal("0.01"), java.math.RoundingMode.HALF_UP));
    assertThat(Rounding.FEN).isNotEqualTo("minor unit HALF_UP");
    // the step is a number: 0.050 and 0.05 are one step
    assertThat(Rounding.toStep(new BigDecimal("0.050"), java.math.RoundingMode.HALF_UP))
        .isEqualTo(Rounding.toStep(new BigDecimal("0.05"), java.math.RoundingMode.HALF_UP));
  }

  @Test
  void aRoundingSaysItsStepAndModeAsText() {
    assertThat(Rounding.FEN).hasToString("minor unit HALF_UP");
    assertThat(Rounding.toStep(new BigDecimal("0.05"), java.math.RoundingMode.DOWN))
        .hasToString("step 0.05 DOWN");
  }
}
