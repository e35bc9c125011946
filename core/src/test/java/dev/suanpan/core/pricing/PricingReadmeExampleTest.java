package dev.suanpan.core.pricing;

import static dev.suanpan.core.pricing.ExamplePricingPolicy.GENERAL_MANAGER;
import static dev.suanpan.core.pricing.ExamplePricingPolicy.MARKETING_DIRECTOR;
import static dev.suanpan.core.pricing.ExamplePricingPolicy.SALES_CONSULTANT;
import static dev.suanpan.core.pricing.ExamplePricingPolicy.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.settlement.ContractStage;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The snippet of the README's pricing section, kept compiling and true. */
class PricingReadmeExampleTest {
  @Test
  void theReadmeSnippetWorksAsPrinted() {
    // --- snippet start
    Product flat = Product.of("A-1801", "Building A, flat 1801", "flats");
    PriceList list =
        PriceList.builder()
            .code("PROJECT-2024-H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31))
            .addEntry(
                PriceListEntry.of(
                    flat.id(), Money.parse("CNY 1000000.00"), Money.parse("CNY 950000.00")))
            .build();
    // the sources' authority: manager 1% (quota 15%), director 3% (30%), GM beyond
    PricingPolicy policy = ExamplePricingPolicy.sources().pricingPolicy(List.of(list), List.of());
    Pricer pricer = Pricer.of(policy);

    PricingContext context =
        PricingContext.builder()
            .date(LocalDate.of(2024, 9, 14))
            .customer(CustomerId.of("C-0815"))
            .requester(SALES_CONSULTANT)
            .quotaCounts(QuotaCounts.of(100).withGrants(SALES_MANAGER, 9))
            .build();
    PricingDecision d =
        pricer.price(
            QuoteLine.withExtraDiscount(flat, BigDecimal.ONE, Percent.parse("2%")), context);

    d.outcome(); // NEEDS_APPROVAL
    d.requiredApprover(); // Optional[Marketing director]
    d.approval().get().chain(); // [Sales manager, Marketing director]
    d.effectiveUnitPrice(); // CNY 980000.00
    String audit = d.explanation().toString(); // one line per rule applied:
    // [pricing.list-price] A-1801 Building A, flat 1801: list price CNY 1000000.00 per unit ...
    // [pricing.extra-discount] extra discount of 2% of the list price CNY 1000000.00 asked ...
    // [pricing.floor] net CNY 980000.00 is not below the floor CNY 950000.00
    // [pricing.quota] Marketing director has approved 0 special discounts for 100 cases ...
    // [pricing.authority] extra discount 2% (CNY 20000.00) is beyond the authority of ...

    // once signed, file the grant and summarise the register
    DiscountGrant grant =
        DiscountGrant.of(d, "repeat buyer", PersonId.of("zhang"), PersonId.of("director-chen"));
    GrantRegister register = GrantRegister.empty(CurrencyUnit.of("CNY")).with(grant);
    register.byApprover(); // {director-chen=1 grant(s), quantity 1, CNY 20000.00}
    // --- snippet end

    assertThat(d.needsApproval()).isTrue();
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.approval().get().chain()).containsExactly(SALES_MANAGER, MARKETING_DIRECTOR);
    assertThat(d.effectiveUnitPrice()).isEqualTo(Money.parse("CNY 980000.00"));
    assertThat(d.explanation().rules())
        .containsExactly(
            "pricing.list-price",
            "pricing.extra-discount",
            "pricing.floor",
            "pricing.quota",
            "pricing.authority");
    assertThat(d.explanation().steps().get(2).text())
        .isEqualTo("net CNY 980000.00 is not below the floor CNY 950000.00");
    assertThat(d.explanation().steps().get(3).text())
        .startsWith("Marketing director has approved 0 special discounts for 100 cases");
    assertThat(audit).contains("needs Marketing director, via [Sales manager, Marketing director]");
    assertThat(register.byApprover().toString())
        .isEqualTo("{director-chen=1 grant(s), quantity 1, CNY 20000.00}");
  }

  @Test
  void theStageAndPriceChangeSnippetsWorkAsPrinted() {
    Product flat = Product.of("A-1801", "Building A, flat 1801", "flats");
    PriceList list =
        PriceList.builder()
            .code("PROJECT-2024-H2")
            .validFrom(LocalDate.of(2024, 7, 1))
            .validUntil(LocalDate.of(2024, 12, 31))
            .addEntry(
                PriceListEntry.of(
                    flat.id(), Money.parse("CNY 1000000.00"), Money.parse("CNY 950000.00")))
            .build();
    Pricer pricer =
        Pricer.of(ExamplePricingPolicy.sources().pricingPolicy(List.of(list), List.of()));
    PricingContext context =
        PricingContext.builder()
            .date(LocalDate.of(2024, 9, 14))
            .customer(CustomerId.of("C-0815"))
            .requester(SALES_CONSULTANT)
            .quotaCounts(QuotaCounts.of(100).withGrants(SALES_MANAGER, 9))
            .build();

    // --- stage snippet start
    PricingContext signed =
        PricingContext.builder()
            .from(context)
            .requester(SALES_MANAGER)
            .stage(ContractStage.CONTRACT_SIGNED)
            .build();
    PricingDecision late =
        pricer.price(
            QuoteLine.withExtraDiscount(flat, BigDecimal.ONE, Percent.parse("0.8%")), signed);
    // --- stage snippet end

    assertThat(late.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(late.explanation().steps().get(late.explanation().steps().size() - 1).toString())
        .isEqualTo(
            "[pricing.stage] extra discount CNY 8000.00 asked at the contract signed stage: an"
                + " extra discount is possible only at the subscription stage, never later;"
                + " refused whoever asks (published standard offers still apply: CNY 0.00 off"
                + " the line)");
    assertThat(pricer.price(QuoteLine.of(flat, BigDecimal.ONE), signed).outcome())
        .isEqualTo(Outcome.ALLOWED);

    // --- price change snippet start
    AuthorityPolicy authority =
        AuthorityPolicy.builder()
            .role(GENERAL_MANAGER)
            .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
            .role(SALES_MANAGER, MARKETING_DIRECTOR)
            .role(SALES_CONSULTANT, SALES_MANAGER)
            .limit(
                GENERAL_MANAGER, PriceChangePolicy.PRICE_CHANGE, Limit.upToPercent(Percent.of(10)))
            .limit(
                MARKETING_DIRECTOR,
                PriceChangePolicy.PRICE_CHANGE,
                Limit.builder()
                    .maxPercent(Percent.of(2))
                    .maxAmount(Money.parse("CNY 20000.00"))
                    .build())
            .build();
    PriceChangeReview review = PriceChangeReview.of(PriceChangePolicy.of(authority));
    PriceChange cut =
        PriceChange.builder()
            .product(flat.id())
            .oldBasePrice(Money.parse("CNY 1000000.00"))
            .newBasePrice(Money.parse("CNY 985000.00"))
            .effectiveFrom(LocalDate.of(2024, 10, 1))
            .requester(SALES_CONSULTANT)
            .reason("competitor's price")
            .build();
    PriceChangeDecision change = review.review(cut, list);
    PriceList october = change.applyTo(list, MARKETING_DIRECTOR);
    // --- price change snippet end

    assertThat(change.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(change.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(change.approval().orElseThrow().chain())
        .containsExactly(SALES_MANAGER, MARKETING_DIRECTOR);
    assertThat(change.sizePercent()).isEqualTo(Percent.parse("1.5%"));
    assertThat(october.entry(flat.id(), LocalDate.of(2024, 9, 30)).orElseThrow().basePrice())
        .isEqualTo(Money.parse("CNY 1000000.00"));
    assertThat(october.entry(flat.id(), LocalDate.of(2024, 10, 1)).orElseThrow().basePrice())
        .isEqualTo(Money.parse("CNY 985000.00"));
    assertThat(list.entriesFor(flat.id())).hasSize(1);
  }
}
