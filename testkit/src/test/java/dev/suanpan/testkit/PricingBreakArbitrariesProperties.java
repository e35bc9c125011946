package dev.suanpan.testkit;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.core.pricing.StandardOffer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;

/**
 * The generated entries and offers with quantity breaks price, and more never costs more a unit.
 */
class PricingBreakArbitrariesProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final Product ITEM = Product.of("I-1", "Item", "hardware");
  static final LocalDate DAY = LocalDate.of(2024, 9, 14);

  @Provide
  Arbitrary<PriceListEntry> entries() {
    return PricingArbitraries.entriesWithBreaks(CNY, ITEM);
  }

  @Provide
  Arbitrary<StandardOffer> offers() {
    return PricingArbitraries.offersWithBreaks(DAY);
  }

  @Property(tries = 200)
  void generatedBreaksPriceAndMoreQuantityNeverRaisesTheUnitPrice(
      @ForAll("entries") PriceListEntry entry,
      @ForAll("offers") StandardOffer offer,
      @ForAll @IntRange(min = 1, max = 2000) int quantity,
      @ForAll @IntRange(min = 1, max = 2000) int more) {
    PriceList list = PriceList.builder().code("L").validFrom(DAY).addEntry(entry).build();
    Pricer pricer =
        Pricer.of(
            PropertyOfficeDiscountAuthority.asPublished()
                .pricingPolicy(List.of(list), List.of(offer)));
    PricingContext context =
        PricingContext.builder()
            .date(DAY)
            .customer(CustomerId.of("C-1"))
            .requester(SALES_CONSULTANT)
            .quotaCounts(QuotaCounts.of(100))
            .build();
    PricingDecision fewer = pricer.price(QuoteLine.of(ITEM, BigDecimal.valueOf(quantity)), context);
    PricingDecision larger =
        pricer.price(QuoteLine.of(ITEM, BigDecimal.valueOf(quantity + more)), context);
    assertThat(larger.effectiveUnitPrice()).isLessThanOrEqualTo(fewer.effectiveUnitPrice());
  }
}
