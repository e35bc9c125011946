package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PercentTest {
  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  @Test
  void parsesAndFormats() {
    assertThat(Percent.parse("2.5%").value()).isEqualByComparingTo("2.5");
    assertThat(Percent.parse("2.50%")).isEqualTo(Percent.parse("2.5%"));
    assertThat(Percent.parse("-0.5%").toString()).isEqualTo("-0.5%");
    assertThat(Percent.parse("13 %").toString()).isEqualTo("13%");
    assertThat(Percent.ofBasisPoints(250)).isEqualTo(Percent.parse("2.5%"));
    assertThat(Percent.ofBasisPoints(5)).isEqualTo(Percent.parse("0.05%"));
    assertThat(Percent.ofFraction(new BigDecimal("0.025"))).isEqualTo(Percent.of("2.5"));
    assertThat(Percent.parse("2.5%").fraction()).isEqualByComparingTo("0.025");
    assertThat(Percent.parse("100%")).isEqualTo(Percent.HUNDRED);
  }

  @Test
  void rejectsMalformedTextNamingIt() {
    assertThatThrownBy(() -> Percent.parse("2.5 %%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text")
        .hasMessageContaining("\"2.5 %%\"");
    assertThatThrownBy(() -> Percent.parse("abc")).hasMessageContaining("\"abc\"");
    assertThatThrownBy(() -> Percent.parse("2.5")).hasMessageContaining("\"2.5\"");
    assertThatThrownBy(() -> Percent.of("x1")).hasMessageContaining("percent");
    assertThatThrownBy(() -> Percent.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void appliesToAnAmountWithExplicitRounding() {
    // 0.8% of 1,000,000 yuan
    assertThat(Percent.parse("0.8%").of(cny("1000000.00"), Rounding.FEN)).isEqualTo(cny("8000.00"));
    // 2.5% of 0.99 = 0.02475 -> 0.02 (HALF_UP at fen)
    assertThat(Percent.parse("2.5%").of(cny("0.99"), Rounding.FEN)).isEqualTo(cny("0.02"));
    // 13% of 0.50 = 0.065: HALF_UP 0.07, HALF_EVEN 0.06
    assertThat(Percent.parse("13%").of(cny("0.50"), Rounding.FEN)).isEqualTo(cny("0.07"));
    assertThat(Percent.parse("13%").of(cny("0.50"), Rounding.FEN_HALF_EVEN)).isEqualTo(cny("0.06"));
    assertThat(Percent.parse("3%").off(cny("100.00"), Rounding.FEN)).isEqualTo(cny("97.00"));
  }

  @Test
  void comparesByValue() {
    assertThat(Percent.parse("1%").isLessThan(Percent.parse("2%"))).isTrue();
    assertThat(Percent.parse("3%").max(Percent.parse("2%"))).isEqualTo(Percent.of(3));
    assertThat(Percent.parse("1%").plus(Percent.parse("0.5%"))).isEqualTo(Percent.of("1.5"));
    assertThat(Percent.ratio(cny("60.00"), cny("100.00"), 2)).isEqualTo(Percent.of(60));
  }
}
