package dev.suanpan.testkit;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.testkit.SuanpanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.core.pricing.PricingRule;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The pricing check and assertions on the sources' property discount authority (domain rules 1.4):
 * sales manager 1%, marketing director 3%, general manager beyond; a 1,000,000 yuan flat with a
 * 950,000 yuan floor.
 */
class PricingChecksTest {
  static final LocalDate DAY = LocalDate.of(2024, 9, 14);
  static final Product FLAT = Product.of("A-1801", "Building A, flat 1801", "flats");
  static final PriceList LIST =
      PriceList.builder()
          .code("PROJECT-2024-H2")
          .validFrom(LocalDate.of(2024, 7, 1))
          .addEntries(PriceListEntry.of(FLAT.id(), cny("1000000.00"), cny("950000.00")))
          .build();
  static final PricingPolicy SOURCES =
      PropertyOfficeDiscountAuthority.asPublished().pricingPolicy(List.of(LIST), List.of());
  static final Pricer PRICER = Pricer.of(SOURCES);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static PricingContext askedBy(Role role) {
    return PricingContext.builder()
        .date(DAY)
        .customer(CustomerId.of("C-0815"))
        .requester(role)
        .quotaCounts(QuotaCounts.of(100))
        .build();
  }

  static PricingDecision price(Percent extra, Role requester) {
    return PRICER.price(
        QuoteLine.withExtraDiscount(FLAT, BigDecimal.ONE, extra), askedBy(requester));
  }

  @Test
  void twoPercentExtraNeedsTheMarketingDirector() {
    assertThat(price(Percent.of(2), SALES_MANAGER))
        .needsApprovalBy(MARKETING_DIRECTOR)
        .hasListAmount(cny("1000000.00"))
        .hasDiscount(cny("20000.00"))
        .hasNetAmount(cny("980000.00"))
        .hasNetUnitPrice(cny("980000.00"))
        .hasExtraDiscountPercent(Percent.of(2))
        .hasStandardOfferDiscount(cny("0.00"));
  }

  @Test
  void aPriceUnderTheFloorIsRefusedAndTheAssertionSaysWhy() {
    PricingDecision d = price(Percent.of(6), GENERAL_MANAGER);
    assertThat(d).isRefused().firedRule(PricingRule.FLOOR);
    assertThatThrownBy(() -> assertThat(d).hasNetAmount(cny("950000.00")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a net amount of CNY 950000.00 but was CNY 940000.00")
        .hasMessageContaining("pricing.floor");
  }

  @Test
  void theSourcesAuthorityIsMonotoneInTheDiscountForEveryRequester() {
    assertThatCode(
            () -> {
              for (Role r :
                  List.of(SALES_CONSULTANT, SALES_MANAGER, MARKETING_DIRECTOR, GENERAL_MANAGER)) {
                PricingChecks.assertMonotoneInDiscount(SOURCES, FLAT, BigDecimal.ONE, askedBy(r));
              }
            })
        .doesNotThrowAnyException();
  }

  /** A user's desk enters discounts above 2% under the general manager's login. */
  @Test
  void theCheckCatchesLargeDiscountsEnteredUnderASeniorLogin() {
    Function<Percent, PricingDecision> mine =
        extra -> price(extra, extra.isGreaterThan(Percent.of(2)) ? GENERAL_MANAGER : SALES_MANAGER);
    assertThatThrownBy(
            () ->
                PricingChecks.assertMonotoneInDiscount(
                    SOURCES.authority(), SOURCES.discountSubject(), mine))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("pricing is not monotone in the extra discount")
        .hasMessageContaining("2.99% is ALLOWED but the smaller 2% was NEEDS_APPROVAL");
  }

  /** A user's form takes the first 2% of every discount as already given by an offer. */
  @Test
  void theCheckCatchesCodeThatRewritesTheDiscountAskedFor() {
    Function<Percent, PricingDecision> mine =
        extra ->
            price(
                extra.isGreaterThan(Percent.of(2)) ? extra.minus(Percent.of(2)) : extra,
                SALES_MANAGER);
    assertThatThrownBy(
            () ->
                PricingChecks.assertMonotoneInDiscount(
                    SOURCES.authority(), SOURCES.discountSubject(), mine))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "net amount CNY 990100.00 at 2.99% is above CNY 980000.00 at the smaller 2%")
        .hasMessageContaining(
            "extra discount checked as 0.99% at 2.99% is below 2% at the smaller 2%");
  }

  static final List<Product> PRODUCTS =
      List.of(
          Product.of("A-1801", "Flat 1801", "flats"),
          Product.of("P-017", "Parking space 17", "parking"),
          Product.boughtIn("HRB400-20", "Rebar", "spot-steel", cny("4000.00")));

  @Provide
  Arbitrary<PricingPolicy> policies() {
    return PricingArbitraries.pricingPolicies(
        MoneyArbitraries.CNY, PRODUCTS, LocalDate.of(2024, 1, 1), 1, 4);
  }

  @Property(tries = 100)
  void everyGeneratedPolicyIsMonotoneInTheDiscountForItsMostJuniorRole(
      @ForAll("policies") PricingPolicy policy,
      @ForAll("quantities") BigDecimal quantity,
      @ForAll("productIndex") int product) {
    PricingContext context =
        PricingContext.of(
            DAY, CustomerId.of("C-1"), PricingArbitraries.mostJuniorRole(policy.authority()));
    PricingChecks.assertMonotoneInDiscount(policy, PRODUCTS.get(product), quantity, context);
  }

  @Provide
  Arbitrary<BigDecimal> quantities() {
    return PricingArbitraries.quantities();
  }

  @Provide
  Arbitrary<Integer> productIndex() {
    return net.jqwik.api.Arbitraries.integers().between(0, PRODUCTS.size() - 1);
  }
}
