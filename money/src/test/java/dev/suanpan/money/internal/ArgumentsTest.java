package dev.suanpan.money.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  @Test
  void mixedCurrenciesAreJodaMoneysCurrencyMismatchNamingTheArgument() {
    assertThatThrownBy(
            () -> Arguments.inCurrency(Money.parse("USD 1.00"), CurrencyUnit.of("CNY"), "price"))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("price must be in CNY, was USD 1.00")
        .satisfies(
            e -> {
              CurrencyMismatchException m = (CurrencyMismatchException) e;
              assertThat(m.getFirstCurrency()).isEqualTo(CurrencyUnit.of("CNY"));
              assertThat(m.getSecondCurrency()).isEqualTo(CurrencyUnit.USD);
            });
  }

  @Test
  void anAmountInTheExpectedCurrencyIsReturnedAsItIs() {
    Money amount = Money.parse("CNY 1.00");
    assertThat(Arguments.sameCurrency(Money.parse("CNY 5.00"), amount, "b")).isSameAs(amount);
  }
}
