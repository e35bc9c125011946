package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** The property sales office and the spot steel counter of the sources, as test data. */
final class PricingFixtures {
  private PricingFixtures() {}

  static final LocalDate DAY = LocalDate.of(2024, 9, 14);
  static final CustomerId BUYER = CustomerId.of("C-0815");

  static final Product FLAT_1801 = Product.of("A-1801", "Building A, flat 1801", "flats");
  static final Product FLAT_1802 = Product.of("A-1802", "Building A, flat 1802", "flats");
  static final Product PARKING = Product.of("P-017", "Parking space 17", "parking");
  static final Product REBAR =
      Product.boughtIn("HRB400-20", "Rebar HRB400 20mm, per tonne", "spot-steel", cny("4000.00"));
  static final Product PENTHOUSE = Product.of("A-3301", "Building A, penthouse", "flats");

  /** The project's price list: a 1,000,000 yuan flat with a 950,000 yuan floor. */
  static final PriceList PROJECT_LIST =
      PriceList.builder()
          .code("PROJECT-2024-H2")
          .validFrom(LocalDate.of(2024, 7, 1))
          .validUntil(LocalDate.of(2024, 12, 31))
          .addEntry(PriceListEntry.of(FLAT_1801.id(), cny("1000000.00"), cny("950000.00")))
          .addEntry(PriceListEntry.of(FLAT_1802.id(), cny("1200000.00"), cny("1140000.00")))
          .addEntry(PriceListEntry.of(PARKING.id(), cny("150000.00")))
          .addEntry(PriceListEntry.of(REBAR.id(), cny("4300.00")))
          .build();

  /** A published opening offer of 2% on flats, applied without approval. */
  static final StandardOffer OPENING_OFFER =
      StandardOffer.builder()
          .code("OPENING-2PCT")
          .percentOff(Percent.of(2))
          .productGroup("flats")
          .validFrom(LocalDate.of(2024, 9, 1))
          .validUntil(LocalDate.of(2024, 9, 30))
          .build();

  static PricingPolicy publishedPolicy() {
    return PropertyOfficeDiscountAuthority.asPublished()
        .pricingPolicy(List.of(PROJECT_LIST), List.of());
  }

  static Pricer publishedPricer() {
    return Pricer.of(publishedPolicy());
  }

  static PricingContext context(Role requester) {
    return PricingContext.builder()
        .date(DAY)
        .customer(BUYER)
        .requester(requester)
        .quotaCounts(QuotaCounts.of(100))
        .build();
  }

  static PricingContext context(Role requester, CustomerGroup group) {
    return PricingContext.builder().from(context(requester)).customerGroup(group).build();
  }

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }
}
