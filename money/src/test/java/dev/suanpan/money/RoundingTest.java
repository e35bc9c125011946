package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class RoundingTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  static BigMoney big(String a) {
    return BigMoney.of(CNY, new BigDecimal(a));
  }

  static Money cny(String a) {
    return Money.of(CNY, new BigDecimal(a));
  }

  @Test
  void roundsToFenJiaoAndYuan() {
    assertThat(Rounding.FEN.round(big("12.345"))).isEqualTo(cny("12.35"));
    assertThat(Rounding.FEN_HALF_EVEN.round(big("12.345"))).isEqualTo(cny("12.34"));
    assertThat(Rounding.JIAO.round(big("12.35"))).isEqualTo(cny("12.40"));
    assertThat(Rounding.JIAO.round(big("12.34"))).isEqualTo(cny("12.30"));
    assertThat(Rounding.YUAN.round(big("12.50"))).isEqualTo(cny("13.00"));
    assertThat(Rounding.YUAN.round(big("-12.50"))).isEqualTo(cny("-13.00"));
    assertThat(Rounding.toStep(new BigDecimal("0.05"), RoundingMode.HALF_UP).round(big("1.024")))
        .isEqualTo(cny("1.00"));
  }

  @Test
  void aRoundingIsItsStepAndModeWhateverTheStepsTrailingZeros() {
    assertThat(Rounding.toStep(new BigDecimal("0.10"), RoundingMode.HALF_UP))
        .isEqualTo(Rounding.JIAO);
    assertThat(Rounding.JIAO.step()).contains(new BigDecimal("0.1"));
    assertThat(Rounding.FEN.step()).isEmpty();
    assertThat(Rounding.toMinorUnit(RoundingMode.HALF_UP)).isEqualTo(Rounding.FEN);
  }

  @Test
  void rejectsUnusableRoundings() {
    assertThatThrownBy(() -> Rounding.toStep(BigDecimal.ZERO, RoundingMode.HALF_UP))
        .hasMessageContaining("step must be positive, was 0");
    assertThatThrownBy(() -> Rounding.toMinorUnit(RoundingMode.UNNECESSARY))
        .hasMessageContaining("UNNECESSARY");
    assertThatThrownBy(
            () -> Rounding.toStep(new BigDecimal("0.001"), RoundingMode.HALF_UP).round(big("1")))
        .hasMessageContaining("finer than the minor unit of CNY");
  }
}
