package dev.suanpan.core.pricing.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Lists derived from a base list: bolts at 10.00 with a floor of 8.00, nuts at 2.00 without one.
 * Figures worked by hand in the comments.
 */
class PriceListDeriverTest {
  static final ProductId BOLTS = ProductId.of("M8-BOX");
  static final ProductId NUTS = ProductId.of("N8-BOX");
  static final PriceList BASE =
      PriceList.builder()
          .code("HW-2024")
          .validFrom(LocalDate.of(2024, 7, 1))
          .addEntry(PriceListEntry.of(BOLTS, cny("10.00"), cny("8.00")))
          .addEntry(PriceListEntry.of(NUTS, cny("2.00")))
          .build();

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static DerivationPolicy.Builder dealers(String change) {
    return DerivationPolicy.builder()
        .code("DEALERS-2024")
        .customerGroup(CustomerGroup.of("dealers"))
        .change(Percent.parse(change));
  }

  static Money price(DerivationReport report, ProductId product) {
    return report.priceList().entry(product).orElseThrow().basePrice();
  }

  @Test
  void tenPercentUnderTheBaseAtPricePointsEndingInNinety() {
    DerivationReport r =
        PriceListDeriver.of(dealers("-10%").pricePoint(PricePoint.of("1.00", "0.90")).build())
            .derive(BASE);
    // bolts 10.00 - 10% = 9.00; the nearest x.90: (9.00 - 0.90) / 1.00 = 8.1 -> 8, 8.90
    assertThat(price(r, BOLTS)).isEqualTo(cny("8.90"));
    // nuts 2.00 - 10% = 1.80; (1.80 - 0.90) / 1.00 = 0.9 -> 1, 1.90
    assertThat(price(r, NUTS)).isEqualTo(cny("1.90"));
    assertThat(r.priceList().customerGroup()).contains(CustomerGroup.of("dealers"));
    assertThat(r.priceList().validFrom()).isEqualTo(BASE.validFrom());
    // the base floor stays
    assertThat(r.priceList().entry(BOLTS).orElseThrow().floor()).contains(cny("8.00"));
    DerivedEntry bolts = r.entryFor(BOLTS).orElseThrow();
    assertThat(bolts.explanation().fired(DerivationRule.CHANGE)).isTrue();
    assertThat(bolts.explanation().fired(DerivationRule.PRICE_POINT)).isTrue();
    assertThat(bolts.explanation().toString()).contains("8.90");
  }

  @Test
  void aDerivedPriceUnderTheBaseFloorIsRaisedToItUnlessTheFloorFollowsThePrice() {
    // bolts 10.00 - 25% = 7.50, under the floor 8.00: raised to 8.00
    DerivationReport kept = PriceListDeriver.of(dealers("-25%").build()).derive(BASE);
    assertThat(price(kept, BOLTS)).isEqualTo(cny("8.00"));
    assertThat(kept.priceList().entry(BOLTS).orElseThrow().floor()).contains(cny("8.00"));
    // the floor follows: 8.00 x 7.50 / 10.00 = 6.00
    DerivationReport follows =
        PriceListDeriver.of(dealers("-25%").floorFollowsPrice(true).build()).derive(BASE);
    assertThat(price(follows, BOLTS)).isEqualTo(cny("7.50"));
    assertThat(follows.priceList().entry(BOLTS).orElseThrow().floor()).contains(cny("6.00"));
    // nuts have no floor: 2.00 - 25% = 1.50 either way
    assertThat(price(kept, NUTS)).isEqualTo(cny("1.50"));
  }

  @Test
  void costPlusAMarginKeptBetweenTheLeastAndTheMost() {
    DerivationPolicy policy =
        DerivationPolicy.builder()
            .code("COST-PLUS")
            .base(FormulaBase.COST)
            .change(Percent.of(25))
            .minMargin(cny("0.50"))
            .maxMargin(cny("2.00"))
            .build();
    DerivationReport r =
        PriceListDeriver.of(policy).derive(BASE, Map.of(BOLTS, cny("9.00"), NUTS, cny("1.20")));
    // bolts: 9.00 + 25% = 11.25, margin 2.25 over the most 2.00: 9.00 + 2.00 = 11.00
    assertThat(price(r, BOLTS)).isEqualTo(cny("11.00"));
    // nuts: 1.20 + 25% = 1.50, margin 0.30 under the least 0.50: 1.20 + 0.50 = 1.70
    assertThat(price(r, NUTS)).isEqualTo(cny("1.70"));
    assertThat(r.entryFor(NUTS).orElseThrow().explanation().fired(DerivationRule.MARGIN)).isTrue();
  }

  @Test
  void aCostFormulaWithoutACostAndBadPoliciesAreRejected() {
    DerivationPolicy fromCost =
        DerivationPolicy.builder().code("C").base(FormulaBase.COST).change(Percent.of(10)).build();
    assertThatThrownBy(() -> PriceListDeriver.of(fromCost).derive(BASE, Map.of(BOLTS, cny("9.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("N8-BOX");
    assertThatThrownBy(() -> dealers("-100%").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("change");
    assertThatThrownBy(() -> dealers("5%").minMargin(cny("2.00")).maxMargin(cny("1.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxMargin");
    assertThatThrownBy(() -> PricePoint.of("1.00", "1.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ending");
  }
}
