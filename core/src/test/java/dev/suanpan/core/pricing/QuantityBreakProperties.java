package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.catalog.BreakBasis;
import dev.suanpan.core.catalog.PriceBreak;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Under quantity breaks, more quantity never raises the unit price (issue 21). */
class QuantityBreakProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final Product ITEM = Product.of("I-1", "Item", "hardware");
  static final LocalDate FROM = LocalDate.of(2024, 7, 1);

  /** An entry of 1.00 to 10,000.00 with up to three breaks, each at most the price before. */
  @Provide
  Arbitrary<PriceListEntry> entries() {
    return Combinators.combine(
            Arbitraries.longs().between(100, 1_000_000),
            Arbitraries.integers().between(1, 400).list().ofMaxSize(3),
            Arbitraries.integers().between(0, 30).list().ofSize(3),
            Arbitraries.of(BreakBasis.class))
        .as(
            (base, steps, cuts, basis) -> {
              PriceListEntry.Builder e =
                  PriceListEntry.builder()
                      .product(ITEM.id())
                      .basePrice(Money.ofMinor(CNY, base))
                      .breakBasis(basis);
              long price = base;
              int from = 0;
              for (int i = 0; i < steps.size(); i++) {
                from += steps.get(i);
                price = Math.max(1, price - price * cuts.get(i) / 100);
                e.addBreaks(PriceBreak.of(BigDecimal.valueOf(from), Money.ofMinor(CNY, price)));
              }
              return e.build();
            });
  }

  /** Sometimes a percent offer of 0% to 5% with up to two breaks of more off, either basis. */
  @Provide
  Arbitrary<Optional<StandardOffer>> offers() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 500),
            Arbitraries.integers().between(1, 400).list().ofMaxSize(2),
            Arbitraries.integers().between(0, 300).list().ofSize(2),
            Arbitraries.of(BreakBasis.class))
        .as(
            (bps, steps, more, basis) -> {
              StandardOffer.Builder o =
                  StandardOffer.builder()
                      .code("VOLUME")
                      .percentOff(Percent.ofBasisPoints(bps))
                      .breakBasis(basis)
                      .validFrom(FROM);
              long percent = bps;
              int from = 0;
              for (int i = 0; i < steps.size(); i++) {
                from += steps.get(i);
                percent += more.get(i);
                o.addBreaks(
                    OfferBreak.percent(BigDecimal.valueOf(from), Percent.ofBasisPoints(percent)));
              }
              return o.build();
            })
        .optional(0.7);
  }

  @Property
  void moreQuantityNeverRaisesTheUnitPrice(
      @ForAll("entries") PriceListEntry entry,
      @ForAll("offers") Optional<StandardOffer> offer,
      @ForAll Stacking stacking,
      @ForAll @IntRange(min = 1, max = 1500) int quantity,
      @ForAll @IntRange(min = 1, max = 1500) int more) {
    PriceList list = PriceList.builder().code("L").validFrom(FROM).addEntry(entry).build();
    List<StandardOffer> offers = new ArrayList<>();
    offer.ifPresent(offers::add);
    Pricer pricer =
        Pricer.of(
            PropertyOfficeDiscountAuthority.asPublished()
                .pricingPolicyBuilder()
                .addPriceLists(list)
                .standardOffers(offers)
                .stacking(stacking)
                .build());
    PricingDecision fewer =
        pricer.price(QuoteLine.of(ITEM, BigDecimal.valueOf(quantity)), context(SALES_CONSULTANT));
    PricingDecision larger =
        pricer.price(
            QuoteLine.of(ITEM, BigDecimal.valueOf(quantity + more)), context(SALES_CONSULTANT));
    assertThat(larger.effectiveUnitPrice()).isLessThanOrEqualTo(fewer.effectiveUnitPrice());
  }
}
