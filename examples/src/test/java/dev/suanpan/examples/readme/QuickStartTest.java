package dev.suanpan.examples.readme;

import static dev.suanpan.core.pricing.ExamplePricingPolicy.MARKETING_DIRECTOR;
import static dev.suanpan.core.pricing.ExamplePricingPolicy.SALES_CONSULTANT;
import static dev.suanpan.core.pricing.ExamplePricingPolicy.SALES_MANAGER;
import static dev.suanpan.testkit.SuanpanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.pricing.ExamplePricingPolicy;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The README's quick start, line for line, so it keeps compiling and stays true. */
class QuickStartTest {
  @Test
  void aTwoPercentSpecialDiscountNeedsTheMarketingDirector() {
    Product flat = Product.of("A-1801", "Building A, flat 1801", "flats");
    PriceList list =
        PriceList.builder()
            .code("PROJECT-2024-H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31))
            .addEntry(
                PriceListEntry.of(
                    flat.id(),
                    Money.parse("CNY 1000000.00"),
                    Money.parse("CNY 950000.00"))) // base, floor
            .build();
    Pricer pricer =
        Pricer.of(ExamplePricingPolicy.sources().pricingPolicy(List.of(list), List.of()));

    PricingDecision d =
        pricer.price(
            QuoteLine.withExtraDiscount(flat, BigDecimal.ONE, Percent.parse("2%")),
            PricingContext.builder()
                .date(LocalDate.of(2024, 9, 14))
                .customer(CustomerId.of("C-0815"))
                .requester(SALES_CONSULTANT)
                .quotaCounts(QuotaCounts.of(100).withGrants(SALES_MANAGER, 9))
                .build());

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.effectiveUnitPrice()).isEqualTo(Money.parse("CNY 980000.00"));
    assertThat(d).needsApprovalBy(MARKETING_DIRECTOR).firedRule("pricing.authority");
  }
}
