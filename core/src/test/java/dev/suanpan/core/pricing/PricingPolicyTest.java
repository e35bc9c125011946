package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.PROJECT_LIST;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingPolicyTest {
  @Test
  void thePublishedNumbersShipAsThePreset() {
    AuthorityPolicy a = PropertyOfficeDiscountAuthority.asPublished().authority();
    Subject s = PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT;

    assertThat(a.limitOf(SALES_MANAGER, s).orElseThrow().maxPercent()).contains(Percent.of(1));
    assertThat(a.limitOf(SALES_MANAGER, s).orElseThrow().quota()).contains(Percent.of(15));
    assertThat(a.limitOf(MARKETING_DIRECTOR, s).orElseThrow().maxPercent()).contains(Percent.of(3));
    assertThat(a.limitOf(MARKETING_DIRECTOR, s).orElseThrow().quota()).contains(Percent.of(30));
    assertThat(a.limitOf(GENERAL_MANAGER, s).orElseThrow().unlimited()).isTrue();
    assertThat(PropertyOfficeDiscountAuthority.asPublished().boughtInMinimumMargin())
        .isEqualTo(cny("100.00"));
  }

  @Test
  void aDirectorAtTwoPercentIsASetting() {
    PropertyOfficeDiscountAuthority twoPercent =
        PropertyOfficeDiscountAuthority.builder().marketingDirectorLimit(Percent.of(2)).build();
    Pricer pricer = Pricer.of(twoPercent.pricingPolicy(List.of(PROJECT_LIST), List.of()));

    PricingDecision d =
        pricer.price(
            QuoteLine.withExtraDiscount(FLAT_1801, java.math.BigDecimal.ONE, Percent.parse("2.5%")),
            PricingFixtures.context(SALES_MANAGER));

    assertThat(d.requiredApprover()).contains(GENERAL_MANAGER);
  }

  @Test
  void aSalesManagerGivenMoreThanTheMarketingDirectorIsRejectedNamingBoth() {
    assertThatThrownBy(
            () ->
                PropertyOfficeDiscountAuthority.builder()
                    .salesManagerLimit(Percent.of(4))
                    .marketingDirectorLimit(Percent.of(3))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SALES_MANAGER holds up to 4%")
        .hasMessageContaining("MARKETING_DIRECTOR, who holds up to 3%");
  }

  @Test
  void twoListsForTheSameGroupOverlappingOnAProductAreRejected() {
    PriceList autumn =
        PriceList.builder()
            .code("AUTUMN")
            .validFrom(LocalDate.of(2024, 9, 1))
            .addEntry(PriceListEntry.of(FLAT_1801.id(), cny("990000.00")))
            .build();

    assertThatThrownBy(
            () ->
                PropertyOfficeDiscountAuthority.asPublished()
                    .pricingPolicy(List.of(PROJECT_LIST, autumn), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROJECT-2024-H2")
        .hasMessageContaining("AUTUMN")
        .hasMessageContaining("both price A-1801");
  }

  @Test
  void aListThatFollowsAnotherIsAccepted() {
    PriceList next =
        PriceList.builder()
            .code("PROJECT-2025-H1")
            .validFrom(LocalDate.of(2025, 1, 1))
            .addEntry(PriceListEntry.of(FLAT_1801.id(), cny("1020000.00")))
            .build();

    PricingPolicy p =
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicy(List.of(PROJECT_LIST, next), List.of());

    assertThat(p.priceLists()).hasSize(2);
  }

  @Test
  void aDiscountSubjectNoRoleHoldsIsRejected() {
    assertThatThrownBy(
            () ->
                PropertyOfficeDiscountAuthority.asPublished()
                    .pricingPolicyBuilder()
                    .addGroupsWithOwnAuthority("cars")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "no role of the authority policy holds a limit on special-discount/cars");
  }

  @Test
  void aPolicyInAnotherCurrencyThanItsListsIsRejected() {
    assertThatThrownBy(
            () ->
                PricingPolicy.builder()
                    .currency(org.joda.money.CurrencyUnit.USD)
                    .addPriceList(PROJECT_LIST)
                    .authority(
                        AuthorityPolicy.builder()
                            .role(GENERAL_MANAGER)
                            .limit(
                                GENERAL_MANAGER,
                                PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT,
                                Limit.unlimitedAuthority())
                            .build())
                    .discountSubject(PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT)
                    .boughtInMinimumMargin(org.joda.money.Money.parse("USD 10.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is in CNY, the policy is in USD");
  }

  @Test
  void anOfferNeedsExactlyOneOfAPercentAndAnAmount() {
    assertThatThrownBy(
            () ->
                StandardOffer.builder()
                    .code("BOTH")
                    .percentOff(Percent.of(1))
                    .amountOff(cny("100.00"))
                    .validFrom(LocalDate.of(2024, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offer BOTH must give exactly one of percentOff and amountOff");
  }

  @Test
  void aLineAskingForBothAPriceAndAPercentIsRejected() {
    assertThatThrownBy(
            () ->
                QuoteLine.builder()
                    .product(FLAT_1801)
                    .quantity(java.math.BigDecimal.ONE)
                    .requestedUnitPrice(cny("990000.00"))
                    .requestedExtraDiscount(Percent.of(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asks for both a unit price CNY 990000.00 and an extra discount 1%");
    assertThatThrownBy(() -> QuoteLine.of(FLAT_1801, java.math.BigDecimal.ZERO))
        .hasMessageContaining("quantity must be positive, was 0");
  }

  @Test
  void quotaCountsSayHowManyGrantsAQuotaAllows() {
    QuotaCounts c = QuotaCounts.of(101).withGrants(SALES_MANAGER, 15);

    assertThat(c.allowedBy(Percent.of(15))).isEqualTo(15);
    assertThat(c.oneMoreExceeds(SALES_MANAGER, Percent.of(15))).isTrue();
    assertThat(c.oneMoreExceeds(MARKETING_DIRECTOR, Percent.of(30))).isFalse();
    assertThatThrownBy(() -> QuotaCounts.of(-1)).hasMessageContaining("cases must not be negative");
  }
}
