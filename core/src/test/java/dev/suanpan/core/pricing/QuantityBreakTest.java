package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.catalog.BreakBasis;
import dev.suanpan.core.catalog.PriceBreak;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quantity breaks on a list entry and on a standard offer, on the whole quantity and band by band.
 * A box of bolts lists at 10.00, 9.50 from 100 boxes and 9.00 from 500; figures worked by hand.
 */
class QuantityBreakTest {
  static final Product BOLTS = Product.of("M8-BOX", "Bolts M8, box of 100", "hardware");
  static final LocalDate FROM = LocalDate.of(2024, 7, 1);

  static PriceListEntry bolts(BreakBasis basis) {
    return PriceListEntry.builder()
        .product(BOLTS.id())
        .basePrice(cny("10.00"))
        .addBreaks(PriceBreak.of(new BigDecimal("100"), cny("9.50")))
        .addBreaks(PriceBreak.of(new BigDecimal("500"), cny("9.00")))
        .breakBasis(basis)
        .build();
  }

  static Pricer pricer(PriceListEntry entry, StandardOffer... offers) {
    PriceList list = PriceList.builder().code("HW-2024").validFrom(FROM).addEntry(entry).build();
    return Pricer.of(
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicy(List.of(list), List.of(offers)));
  }

  static PricingDecision price(Pricer pricer, String quantity) {
    return pricer.price(QuoteLine.of(BOLTS, new BigDecimal(quantity)), context(SALES_CONSULTANT));
  }

  @Test
  void onTheWholeQuantityEveryUnitTakesTheHighestBreakReached() {
    Pricer pricer = pricer(bolts(BreakBasis.WHOLE_QUANTITY));
    // 99 x 10.00 = 990.00; 100 x 9.50 = 950.00; 600 x 9.00 = 5400.00
    assertThat(price(pricer, "99").netAmount()).isEqualTo(cny("990.00"));
    PricingDecision hundred = price(pricer, "100");
    assertThat(hundred.listUnitPrice()).isEqualTo(cny("9.50"));
    assertThat(hundred.netAmount()).isEqualTo(cny("950.00"));
    assertThat(hundred.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(hundred.explanation().fired(PricingRule.QUANTITY_BREAK)).isTrue();
    assertThat(price(pricer, "600").effectiveUnitPrice()).isEqualTo(cny("9.00"));
    assertThat(price(pricer, "99").explanation().fired(PricingRule.QUANTITY_BREAK)).isFalse();
  }

  @Test
  void bandByBandEachBandTakesItsOwnBreak() {
    Pricer pricer = pricer(bolts(BreakBasis.BAND_BY_BAND));
    // 600: the first 100 at 10.00 = 1000.00, the next 400 at 9.50 = 3800.00, the last 100 at
    // 9.00 = 900.00: 5700.00, 9.50 a box on average
    PricingDecision six = price(pricer, "600");
    assertThat(six.listAmount()).isEqualTo(cny("5700.00"));
    assertThat(six.netAmount()).isEqualTo(cny("5700.00"));
    assertThat(six.listUnitPrice()).isEqualTo(cny("9.50"));
    // 150: 100 x 10.00 + 50 x 9.50 = 1000.00 + 475.00 = 1475.00; 1475 / 150 = 9.8333 -> 9.83
    PricingDecision oneFifty = price(pricer, "150");
    assertThat(oneFifty.netAmount()).isEqualTo(cny("1475.00"));
    assertThat(oneFifty.effectiveUnitPrice()).isEqualTo(cny("9.83"));
    // 100: the whole quantity is the first band, 100 x 10.00
    assertThat(price(pricer, "100").netAmount()).isEqualTo(cny("1000.00"));
  }

  @Test
  void anOfferBreakOnTheWholeQuantityIsTakenOfTheBrokenListPrice() {
    StandardOffer volume =
        StandardOffer.builder()
            .code("VOLUME")
            .percentOff(Percent.ZERO)
            .addBreaks(OfferBreak.percent(new BigDecimal("200"), Percent.of(2)))
            .addBreaks(OfferBreak.percent(new BigDecimal("1000"), Percent.of(5)))
            .validFrom(FROM)
            .build();
    Pricer pricer = pricer(bolts(BreakBasis.WHOLE_QUANTITY), volume);
    // 250 boxes: list 9.50 (break from 100); 2% of 9.50 = 0.19 a box, 250 x 0.19 = 47.50 off;
    // list 250 x 9.50 = 2375.00, net 2375.00 - 47.50 = 2327.50
    PricingDecision d = price(pricer, "250");
    assertThat(d.listAmount()).isEqualTo(cny("2375.00"));
    assertThat(d.standardOfferDiscount()).isEqualTo(cny("47.50"));
    assertThat(d.netAmount()).isEqualTo(cny("2327.50"));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    // 150 boxes: under the offer's first break, 0% off: 150 x 9.50 = 1425.00
    assertThat(price(pricer, "150").netAmount()).isEqualTo(cny("1425.00"));
  }

  @Test
  void anAmountOfferBandByBandTakesOffOnlyTheBandsPastItsBreak() {
    StandardOffer tiered =
        StandardOffer.builder()
            .code("TIERED")
            .amountOff(cny("0.00"))
            .addBreaks(OfferBreak.amount(new BigDecimal("100"), cny("0.50")))
            .breakBasis(BreakBasis.BAND_BY_BAND)
            .validFrom(FROM)
            .build();
    Pricer pricer = pricer(PriceListEntry.of(BOLTS.id(), cny("10.00")), tiered);
    // 300 boxes at 10.00 = 3000.00; the first 100 take nothing off, the next 200 take 0.50:
    // 200 x 0.50 = 100.00 off; net 2900.00
    PricingDecision d = price(pricer, "300");
    assertThat(d.listAmount()).isEqualTo(cny("3000.00"));
    assertThat(d.standardOfferDiscount()).isEqualTo(cny("100.00"));
    assertThat(d.netAmount()).isEqualTo(cny("2900.00"));
  }

  @Test
  void anExtraDiscountIsMeasuredOnTheListPriceTheQuantityReaches() {
    Pricer pricer = pricer(bolts(BreakBasis.WHOLE_QUANTITY));
    // 100 boxes at 9.50 with 2% asked: 2% of 9.50 = 0.19 a box, 100 x 0.19 = 19.00
    PricingDecision d =
        pricer.price(
            QuoteLine.withExtraDiscount(BOLTS, new BigDecimal("100"), Percent.of(2)),
            context(SALES_CONSULTANT));
    assertThat(d.extraDiscount()).isEqualTo(cny("19.00"));
    assertThat(d.extraDiscountPercent()).isEqualTo(Percent.of(2));
    assertThat(d.netAmount()).isEqualTo(cny("931.00"));
  }

  @Test
  void breaksThatRaiseThePriceOrAreOutOfOrderAreRejected() {
    assertThatThrownBy(
            () ->
                PriceListEntry.builder()
                    .product(BOLTS.id())
                    .basePrice(cny("10.00"))
                    .addBreaks(PriceBreak.of(new BigDecimal("100"), cny("10.50")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not raise the price");
    assertThatThrownBy(
            () ->
                PriceListEntry.builder()
                    .product(BOLTS.id())
                    .basePrice(cny("10.00"))
                    .addBreaks(PriceBreak.of(new BigDecimal("500"), cny("9.00")))
                    .addBreaks(PriceBreak.of(new BigDecimal("100"), cny("9.50")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rising order of quantity");
    assertThatThrownBy(
            () ->
                PriceListEntry.builder()
                    .product(BOLTS.id())
                    .basePrice(cny("10.00"))
                    .floor(cny("9.60"))
                    .addBreaks(PriceBreak.of(new BigDecimal("100"), cny("9.50")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("under the entry's floor");
    assertThatThrownBy(
            () ->
                StandardOffer.builder()
                    .code("LESS")
                    .percentOff(Percent.of(3))
                    .addBreaks(OfferBreak.percent(new BigDecimal("100"), Percent.of(2)))
                    .validFrom(FROM)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes less off");
    assertThatThrownBy(
            () ->
                StandardOffer.builder()
                    .code("KIND")
                    .percentOff(Percent.of(3))
                    .addBreaks(OfferBreak.amount(new BigDecimal("100"), cny("1.00")))
                    .validFrom(FROM)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must too");
  }
}
