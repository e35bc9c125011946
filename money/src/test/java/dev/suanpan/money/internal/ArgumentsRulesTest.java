package dev.suanpan.money.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Every check hands back the value it accepted, so a caller can check and assign in one step, and
 * refuses a bad value with a message naming the argument and the value.
 */
class ArgumentsRulesTest {
  @Test
  void anAcceptedValueIsHandedBackUnchanged() {
    Money amount = Money.parse("CNY 0.00");
    assertThat(Arguments.nonNegative(amount, "amount")).isSameAs(amount);
    Money price = Money.parse("CNY 0.01");
    assertThat(Arguments.positive(price, "price")).isSameAs(price);
    BigDecimal weight = new BigDecimal("0.5");
    assertThat(Arguments.positive(weight, "weight")).isSameAs(weight);
    assertThat(Arguments.nonNegative(7, "days")).isEqualTo(7);
    assertThat(Arguments.nonNegative(7L, "days")).isEqualTo(7L);
    assertThat(Arguments.notBlank("A-1", "document")).isEqualTo("A-1");
    List<String> lines = List.of("one");
    assertThat(Arguments.notEmpty(lines, "lines")).isSameAs(lines);
    Percent half = Percent.of(50);
    assertThat(Arguments.share(half, "share")).isSameAs(half);
  }

  @Test
  void zeroIsNotPositive() {
    assertThatThrownBy(() -> Arguments.positive(Money.parse("CNY 0.00"), "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be positive, was CNY 0.00");
    assertThatThrownBy(() -> Arguments.positive((Money) null, "price"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("price must not be null");
  }

  @Test
  void aBlankTextIsRefused() {
    assertThatThrownBy(() -> Arguments.notBlank(" ", "document"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document must not be blank, was \" \"");
  }

  @Test
  void aShareRunsFromNoneToAllInclusive() {
    assertThat(Arguments.share(Percent.ZERO, "share")).isEqualTo(Percent.ZERO);
    assertThat(Arguments.share(Percent.HUNDRED, "share")).isEqualTo(Percent.HUNDRED);
    assertThatThrownBy(() -> Arguments.share(Percent.parse("-0.01%"), "share"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be between 0% and 100%, was -0.01%");
    assertThatThrownBy(() -> Arguments.share(Percent.parse("100.01%"), "share"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be between 0% and 100%, was 100.01%");
    assertThatThrownBy(() -> Arguments.share(null, "share"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("share must not be null");
  }
}
