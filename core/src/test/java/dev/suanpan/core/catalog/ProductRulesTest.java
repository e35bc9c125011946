package dev.suanpan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Goods bought in carry the price they were bought at, which is never negative. */
class ProductRulesTest {
  @Test
  void goodsBoughtInCarryTheirPurchasePrice() {
    Product rebar =
        Product.boughtIn(
            "HRB400-20", "Rebar HRB400 20mm", "spot-steel", Money.parse("CNY 4000.00"));
    assertThat(rebar.boughtIn()).isTrue();
    assertThat(rebar.purchasePrice()).contains(Money.parse("CNY 4000.00"));
    assertThat(Product.of("A-1801", "Flat 1801", "flats").boughtIn()).isFalse();
  }

  @Test
  void rejectsANegativePurchasePrice() {
    assertThatThrownBy(
            () ->
                Product.boughtIn(
                    "HRB400-20", "Rebar HRB400 20mm", "spot-steel", Money.parse("CNY -0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purchasePrice must not be negative");
  }
}
