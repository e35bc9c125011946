package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.BUYER;
import static dev.suanpan.core.pricing.PricingFixtures.DAY;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.OPENING_OFFER;
import static dev.suanpan.core.pricing.PricingFixtures.PARKING;
import static dev.suanpan.core.pricing.PricingFixtures.PENTHOUSE;
import static dev.suanpan.core.pricing.PricingFixtures.PROJECT_LIST;
import static dev.suanpan.core.pricing.PricingFixtures.REBAR;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricerTest {
  static QuoteLine flatWithExtra(String percent) {
    return QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse(percent));
  }

  @Test
  void pointEightPercentExtraOnAMillionYuanUnitIsWithinTheSalesManagersAuthority() {
    PricingDecision d = publishedPricer().price(flatWithExtra("0.8%"), context(SALES_MANAGER));

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.approval()).isEmpty();
    assertThat(d.route().orElseThrow().withinOwnAuthority()).isTrue();
    assertThat(d.listAmount()).isEqualTo(cny("1000000.00"));
    assertThat(d.extraDiscount()).isEqualTo(cny("8000.00"));
    assertThat(d.extraDiscountPercent()).isEqualTo(Percent.parse("0.8%"));
    assertThat(d.effectiveUnitPrice()).isEqualTo(cny("992000.00"));
    assertThat(d.discountPercent()).isEqualTo(Percent.parse("0.8%"));
    assertThat(d.explanation().rules())
        .containsExactly(
            PricingRule.LIST_PRICE.id(),
            PricingRule.EXTRA_DISCOUNT.id(),
            PricingRule.FLOOR.id(),
            PricingRule.QUOTA.id(),
            PricingRule.AUTHORITY.id());
    assertThat(d.explanation().toString())
        .contains("CNY 1000000.00", "CNY 8000.00", "within the authority of Sales manager");
  }

  @Test
  void aConsultantsPointEightPercentGoesToTheSalesManager() {
    PricingDecision d = publishedPricer().price(flatWithExtra("0.8%"), context(SALES_CONSULTANT));

    assertThat(d.needsApproval()).isTrue();
    assertThat(d.requiredApprover()).contains(SALES_MANAGER);
    assertThat(d.approval().orElseThrow().chain()).containsExactly(SALES_MANAGER);
  }

  @Test
  void twoPercentExtraNeedsTheMarketingDirector() {
    PricingDecision d = publishedPricer().price(flatWithExtra("2%"), context(SALES_CONSULTANT));

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.approval().orElseThrow().chain())
        .containsExactly(SALES_MANAGER, MARKETING_DIRECTOR);
    assertThat(d.extraDiscount()).isEqualTo(cny("20000.00"));
    assertThat(d.explanation().toString())
        .contains("needs Marketing director, via [Sales manager, Marketing director]");
  }

  @Test
  void fivePercentExtraNeedsTheGeneralManager() {
    PricingDecision d = publishedPricer().price(flatWithExtra("5%"), context(SALES_MANAGER));

    assertThat(d.requiredApprover()).contains(GENERAL_MANAGER);
    assertThat(d.approval().orElseThrow().chain())
        .containsExactly(MARKETING_DIRECTOR, GENERAL_MANAGER);
    assertThat(d.netAmount()).isEqualTo(cny("950000.00"));
  }

  @Test
  void aPriceUnderTheFloorIsRefusedWhoeverAsks() {
    for (Role requester :
        List.of(SALES_CONSULTANT, SALES_MANAGER, MARKETING_DIRECTOR, GENERAL_MANAGER)) {
      PricingDecision d =
          publishedPricer()
              .price(
                  QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, cny("949999.99")),
                  context(requester));

      assertThat(d.outcome()).as("asked by %s", requester).isEqualTo(Outcome.REFUSED);
      assertThat(d.approval()).isEmpty();
      assertThat(d.explanation().fired(PricingRule.FLOOR)).isTrue();
      assertThat(d.explanation().toString())
          .contains("net CNY 949999.99 is below the floor CNY 950000.00", "refused whoever asks");
    }
  }

  @Test
  void aPriceExactlyAtTheFloorIsNotRefused() {
    PricingDecision d =
        publishedPricer()
            .price(
                QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, cny("950000.00")),
                context(GENERAL_MANAGER));

    assertThat(d.isAllowed()).isTrue();
    assertThat(d.extraDiscountPercent()).isEqualTo(Percent.of(5));
  }

  @Test
  void publishedStandardOffersApplyWithoutApprovalAndTheExtraIsCheckedOnTop() {
    PricingPolicy policy =
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicy(List.of(PROJECT_LIST), List.of(OPENING_OFFER));
    Pricer pricer = Pricer.of(policy);

    PricingDecision offerOnly =
        pricer.price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), context(SALES_CONSULTANT));
    assertThat(offerOnly.isAllowed()).isTrue();
    assertThat(offerOnly.standardOfferDiscount()).isEqualTo(cny("20000.00"));
    assertThat(offerOnly.extraDiscount()).isEqualTo(cny("0.00"));
    assertThat(offerOnly.explanation().toString())
        .contains("standard offer OPENING-2PCT (2% off) applied without approval")
        .contains("published standard offers need no approval");

    PricingDecision withExtra = pricer.price(flatWithExtra("0.8%"), context(SALES_MANAGER));
    assertThat(withExtra.isAllowed()).isTrue();
    assertThat(withExtra.discount()).isEqualTo(cny("28000.00"));
    assertThat(withExtra.discountPercent()).isEqualTo(Percent.parse("2.8%"));
    assertThat(withExtra.netAmount()).isEqualTo(cny("972000.00"));
  }

  @Test
  void aNetPriceAskedForIsCheckedAsTheExtraDiscountUnderTheOfferPrice() {
    Pricer pricer =
        Pricer.of(
            PropertyOfficeDiscountAuthority.asPublished()
                .pricingPolicy(List.of(PROJECT_LIST), List.of(OPENING_OFFER)));

    // offer price 980,000; 970,000 asked = 10,000 extra = 1% of list: the manager's own.
    PricingDecision d =
        pricer.price(
            QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, cny("970000.00")), context(SALES_MANAGER));

    assertThat(d.extraDiscount()).isEqualTo(cny("10000.00"));
    assertThat(d.extraDiscountPercent()).isEqualTo(Percent.of(1));
    assertThat(d.isAllowed()).isTrue();
  }

  @Test
  void offersStackInTheirListedOrderAndTheCapLimitsThemTogether() {
    StandardOffer cash =
        StandardOffer.builder()
            .code("FULL-PAYMENT")
            .percentOff(Percent.of(2))
            .validFrom(LocalDate.of(2024, 1, 1))
            .build();
    StandardOffer fixed =
        StandardOffer.builder()
            .code("FESTIVAL")
            .amountOff(cny("5000.00"))
            .validFrom(LocalDate.of(2024, 1, 1))
            .build();
    PropertyOfficeDiscountAuthority sources = PropertyOfficeDiscountAuthority.asPublished();

    PricingDecision onRunning =
        Pricer.of(
                sources
                    .pricingPolicyBuilder()
                    .addPriceList(PROJECT_LIST)
                    .addStandardOffers(OPENING_OFFER, cash, fixed)
                    .stacking(Stacking.ON_RUNNING_PRICE)
                    .build())
            .price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), context(SALES_CONSULTANT));
    // 1,000,000 - 2% = 980,000; - 2% = 960,400; - 5,000 = 955,400
    assertThat(onRunning.standardOfferDiscount()).isEqualTo(cny("44600.00"));

    PricingDecision capped =
        Pricer.of(
                sources
                    .pricingPolicyBuilder()
                    .addPriceList(PROJECT_LIST)
                    .addStandardOffers(OPENING_OFFER, cash, fixed)
                    .offerCap(Percent.of(4))
                    .build())
            .price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), context(SALES_CONSULTANT));
    assertThat(capped.standardOfferDiscount()).isEqualTo(cny("40000.00"));
    assertThat(capped.explanation().toString())
        .contains("standard offers of CNY 45000.00 per unit capped at 4% of the list price");
  }

  @Test
  void aSalesManagerWhoseQuotaIsUsedUpSendsTheDiscountToTheMarketingDirector() {
    PricingContext fifteenOfHundredUsed =
        PricingContext.builder()
            .from(context(SALES_MANAGER))
            .quotaCounts(QuotaCounts.of(100).withGrants(SALES_MANAGER, 15))
            .build();

    PricingDecision d = publishedPricer().price(flatWithExtra("0.8%"), fifteenOfHundredUsed);

    assertThat(d.needsApproval()).isTrue();
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.explanation().toString())
        .contains(
            "Sales manager has approved 15 special discounts for 100 cases this period; the quota"
                + " of 15% allows 15, so one more would exceed it");
  }

  @Test
  void theFifteenthOfAHundredIsStillWithinTheSalesManagersQuota() {
    PricingContext fourteenUsed =
        PricingContext.builder()
            .from(context(SALES_MANAGER))
            .quotaCounts(QuotaCounts.of(100).withGrants(SALES_MANAGER, 14))
            .build();

    assertThat(publishedPricer().price(flatWithExtra("0.8%"), fourteenUsed).isAllowed()).isTrue();
  }

  @Test
  void whenBothQuotasAreUsedUpTheGeneralManagerDecides() {
    PricingContext used =
        PricingContext.builder()
            .from(context(SALES_CONSULTANT))
            .quotaCounts(
                QuotaCounts.of(40).withGrants(SALES_MANAGER, 6).withGrants(MARKETING_DIRECTOR, 12))
            .build();

    PricingDecision d = publishedPricer().price(flatWithExtra("0.5%"), used);

    assertThat(d.requiredApprover()).contains(GENERAL_MANAGER);
    assertThat(d.approval().orElseThrow().chain())
        .containsExactly(SALES_MANAGER, MARKETING_DIRECTOR, GENERAL_MANAGER);
  }

  @Test
  void withoutAnUnlimitedTopAnExhaustedQuotaLeavesTheDiscountBeyondEveryAuthority() {
    PricingPolicy capped =
        PricingPolicy.builder()
            .currency(PROJECT_LIST.currency())
            .addPriceList(PROJECT_LIST)
            .authority(
                dev.suanpan.core.authority.AuthorityPolicy.builder()
                    .role(SALES_MANAGER)
                    .limit(
                        SALES_MANAGER,
                        PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT,
                        dev.suanpan.core.authority.Limit.builder()
                            .maxPercent(Percent.of(1))
                            .quota(Percent.of(15))
                            .build())
                    .build())
            .boughtInMinimumMargin(cny("100.00"))
            .build();
    PricingContext used =
        PricingContext.builder()
            .from(context(SALES_MANAGER))
            .quotaCounts(QuotaCounts.of(20).withGrants(SALES_MANAGER, 3))
            .build();

    PricingDecision d = Pricer.of(capped).price(flatWithExtra("0.5%"), used);

    assertThat(d.isRefused()).isTrue();
    assertThat(d.route().orElseThrow().beyondEveryAuthority()).isTrue();
    assertThat(d.explanation().rules())
        .contains(PricingRule.QUOTA.id(), PricingRule.AUTHORITY.id());
  }

  @Test
  void aQuotaLimitedApprovalWithoutTheCountsIsAMisuse() {
    PricingContext noCounts = PricingContext.of(DAY, BUYER, SALES_MANAGER);

    assertThatThrownBy(() -> publishedPricer().price(flatWithExtra("0.8%"), noCounts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.quotaCounts must be given")
        .hasMessageContaining("SALES_MANAGER")
        .hasMessageContaining("15%");
  }

  @Test
  void boughtInGoodsMustKeepAHundredYuanMarginOverThePurchasePrice() {
    Pricer pricer = publishedPricer();
    BigDecimal tenTonnes = BigDecimal.TEN;

    PricingDecision tooThin =
        pricer.price(QuoteLine.atPrice(REBAR, tenTonnes, cny("4099.99")), context(GENERAL_MANAGER));
    assertThat(tooThin.isRefused()).isTrue();
    assertThat(tooThin.explanation().fired(PricingRule.BOUGHT_IN_MARGIN)).isTrue();
    assertThat(tooThin.explanation().toString())
        .contains(
            "bought in at CNY 4000.00 per unit: net CNY 40999.90 is under CNY 41000.00",
            "minimum margin of CNY 100.00 per unit x 10");

    PricingDecision enough =
        pricer.price(QuoteLine.atPrice(REBAR, tenTonnes, cny("4100.00")), context(GENERAL_MANAGER));
    assertThat(enough.isAllowed()).isTrue();
    assertThat(enough.netAmount()).isEqualTo(cny("41000.00"));
  }

  @Test
  void theBoughtInMarginIsASetting() {
    PricingPolicy fifty =
        PropertyOfficeDiscountAuthority.builder()
            .boughtInMinimumMargin(cny("50.00"))
            .build()
            .pricingPolicy(List.of(PROJECT_LIST), List.of());

    PricingDecision d =
        Pricer.of(fifty)
            .price(
                QuoteLine.atPrice(REBAR, BigDecimal.ONE, cny("4060.00")), context(GENERAL_MANAGER));

    assertThat(d.isAllowed()).isTrue();
  }

  @Test
  void aProductOnNoPriceListIsRefusedWithoutANamedApproval() {
    PricingDecision d =
        publishedPricer()
            .price(
                QuoteLine.atPrice(PENTHOUSE, BigDecimal.ONE, cny("3000000.00")),
                context(GENERAL_MANAGER));

    assertThat(d.isRefused()).isTrue();
    assertThat(d.isPriced()).isFalse();
    assertThat(d.netAmount()).isEqualTo(cny("0.00"));
    assertThat(d.explanation().rules()).containsExactly(PricingRule.OFF_LIST.id());
    assertThat(d.explanation().toString()).contains("A-3301", "2 named approver(s)");
  }

  @Test
  void aProductOnNoPriceListIsQuotedAtThePriceTwoNamedPeopleAgreed() {
    OffListApproval agreed =
        OffListApproval.builder()
            .unitPrice(cny("3000000.00"))
            .addApprovedBy(PersonId.of("supervisor-li"), PersonId.of("vice-gm-wang"))
            .date(DAY)
            .build();
    QuoteLine line =
        QuoteLine.builder()
            .product(PENTHOUSE)
            .quantity(BigDecimal.ONE)
            .offListApproval(agreed)
            .build();

    PricingDecision d = publishedPricer().price(line, context(SALES_CONSULTANT));

    assertThat(d.isAllowed()).isTrue();
    assertThat(d.priceSource()).contains("off-list approval");
    assertThat(d.netAmount()).isEqualTo(cny("3000000.00"));
    assertThat(d.explanation().toString()).contains("[supervisor-li, vice-gm-wang]");

    QuoteLine oneName =
        QuoteLine.builder()
            .from(line)
            .offListApproval(
                OffListApproval.builder()
                    .from(agreed)
                    .approvedBy(List.of(PersonId.of("supervisor-li")))
                    .build())
            .build();
    assertThat(publishedPricer().price(oneName, context(SALES_CONSULTANT)).isRefused()).isTrue();
  }

  @Test
  void aListOutsideItsValidityIsNotUsed() {
    PricingContext january =
        PricingContext.builder()
            .from(context(SALES_MANAGER))
            .date(LocalDate.of(2025, 1, 2))
            .build();

    PricingDecision d = publishedPricer().price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), january);

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().fired(PricingRule.OFF_LIST)).isTrue();
  }

  @Test
  void aCustomerGroupsOwnListComesBeforeTheListForEveryone() {
    CustomerGroup staff = CustomerGroup.of("staff");
    PriceList staffList =
        PriceList.builder()
            .code("STAFF-2024")
            .validFrom(LocalDate.of(2024, 1, 1))
            .customerGroup(staff)
            .addEntry(PriceListEntry.of(PARKING.id(), cny("120000.00")))
            .build();
    Pricer pricer =
        Pricer.of(
            PropertyOfficeDiscountAuthority.asPublished()
                .pricingPolicy(List.of(PROJECT_LIST, staffList), List.of()));
    QuoteLine line = QuoteLine.of(PARKING, BigDecimal.ONE);

    assertThat(pricer.price(line, context(SALES_CONSULTANT, staff)).netAmount())
        .isEqualTo(cny("120000.00"));
    assertThat(pricer.price(line, context(SALES_CONSULTANT)).netAmount())
        .isEqualTo(cny("150000.00"));
    assertThat(
            pricer
                .price(line, context(SALES_CONSULTANT, CustomerGroup.of("dealers")))
                .priceSource())
        .contains("PROJECT-2024-H2");
  }

  @Test
  void theDefaultFloorAppliesWhereTheListNamesNone() {
    PricingPolicy policy =
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicyBuilder()
            .addPriceList(PROJECT_LIST)
            .defaultFloor(Percent.of(96))
            .build();

    PricingDecision d =
        Pricer.of(policy)
            .price(
                QuoteLine.withExtraDiscount(PARKING, BigDecimal.ONE, Percent.of(5)),
                context(GENERAL_MANAGER));

    assertThat(d.isRefused()).isTrue();
    assertThat(d.floor()).isEqualTo(cny("144000.00"));
  }

  @Test
  void aRequesterOutsideTheAuthorityPolicyIsAMisuse() {
    Role stranger = Role.of("CASHIER", "Cashier");

    assertThatThrownBy(() -> publishedPricer().price(flatWithExtra("1%"), context(stranger)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requester CASHIER (Cashier) is not a role");
  }

  @Test
  void anAmountInAnotherCurrencyIsAMisuse() {
    QuoteLine usd =
        QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, org.joda.money.Money.parse("USD 100.00"));

    assertThatThrownBy(() -> publishedPricer().price(usd, context(SALES_MANAGER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestedUnitPrice must be in CNY, was USD 100.00");
  }

  @Test
  void aGroupWithItsOwnAuthorityIsCheckedOnItsOwnSubject() {
    PropertyOfficeDiscountAuthority sources = PropertyOfficeDiscountAuthority.asPublished();
    dev.suanpan.core.authority.Subject parking =
        PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT.forGroup("parking");
    dev.suanpan.core.authority.AuthorityPolicy authority =
        dev.suanpan.core.authority.AuthorityPolicy.builder()
            .role(GENERAL_MANAGER)
            .role(SALES_MANAGER, GENERAL_MANAGER)
            .limit(
                GENERAL_MANAGER,
                PropertyOfficeDiscountAuthority.SPECIAL_DISCOUNT,
                dev.suanpan.core.authority.Limit.unlimitedAuthority())
            .limit(GENERAL_MANAGER, parking, dev.suanpan.core.authority.Limit.unlimitedAuthority())
            .limit(
                SALES_MANAGER, parking, dev.suanpan.core.authority.Limit.upToPercent(Percent.of(5)))
            .build();
    Pricer pricer =
        Pricer.of(
            sources
                .pricingPolicyBuilder()
                .authority(authority)
                .addPriceList(PROJECT_LIST)
                .addGroupsWithOwnAuthority("parking")
                .build());

    assertThat(
            pricer
                .price(
                    QuoteLine.withExtraDiscount(PARKING, BigDecimal.ONE, Percent.of(4)),
                    context(SALES_MANAGER))
                .isAllowed())
        .isTrue();
    assertThat(pricer.price(flatWithExtra("0.5%"), context(SALES_MANAGER)).requiredApprover())
        .contains(GENERAL_MANAGER);
  }
}
