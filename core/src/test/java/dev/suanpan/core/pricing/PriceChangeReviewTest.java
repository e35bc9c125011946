package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.BUYER;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1802;
import static dev.suanpan.core.pricing.PricingFixtures.PENTHOUSE;
import static dev.suanpan.core.pricing.PricingFixtures.PROJECT_LIST;
import static dev.suanpan.core.pricing.PricingFixtures.REBAR;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Rule 1.1: base prices are set and changed only with the approval of someone with the authority.
 * The sources name no figures for price changes; the limits here are the test's own: sales manager
 * up to 0.5% and 5,000 yuan per unit, marketing director up to 2% and 20,000 yuan, general manager
 * up to 10%. The flats are those of the project's price list (1,000,000 yuan, floor 950,000).
 */
class PriceChangeReviewTest {
  static final LocalDate OCTOBER = LocalDate.of(2024, 10, 1);

  static final AuthorityPolicy AUTHORITY =
      AuthorityPolicy.builder()
          .role(GENERAL_MANAGER)
          .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
          .role(SALES_MANAGER, MARKETING_DIRECTOR)
          .role(SALES_CONSULTANT, SALES_MANAGER)
          .limit(GENERAL_MANAGER, PriceChangePolicy.PRICE_CHANGE, Limit.upToPercent(Percent.of(10)))
          .limit(
              MARKETING_DIRECTOR,
              PriceChangePolicy.PRICE_CHANGE,
              Limit.builder().maxPercent(Percent.of(2)).maxAmount(cny("20000.00")).build())
          .limit(
              SALES_MANAGER,
              PriceChangePolicy.PRICE_CHANGE,
              Limit.builder().maxPercent(Percent.parse("0.5%")).maxAmount(cny("5000.00")).build())
          .build();

  static final PriceChangeReview REVIEW = PriceChangeReview.of(PriceChangePolicy.of(AUTHORITY));

  static PriceChange change(Product product, String from, String to, Role requester) {
    return PriceChange.builder()
        .product(product.id())
        .oldBasePrice(cny(from))
        .newBasePrice(cny(to))
        .effectiveFrom(OCTOBER)
        .requester(requester)
        .reason("market review")
        .build();
  }

  @Test
  void aCutOfOneAndAHalfPercentNeedsTheMarketingDirector() {
    PriceChangeDecision d =
        REVIEW.review(change(FLAT_1801, "1000000.00", "985000.00", SALES_CONSULTANT), PROJECT_LIST);

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.approval().orElseThrow().chain())
        .containsExactly(SALES_MANAGER, MARKETING_DIRECTOR);
    assertThat(d.sizePercent()).isEqualTo(Percent.parse("1.5%"));
    assertThat(d.sizeAmount()).isEqualTo(cny("15000.00"));
    assertThat(d.explanation().rules())
        .containsExactly(
            PriceChangeRule.LIST.id(),
            PriceChangeRule.SIZE.id(),
            PriceChangeRule.FLOOR.id(),
            PriceChangeRule.AUTHORITY.id());
    assertThat(d.explanation().toString())
        .contains(
            "cut from CNY 1000000.00 to CNY 985000.00 per unit from 2024-10-01: CNY 15000.00 (1.5%"
                + " of the old price)",
            "new price CNY 985000.00 is not below the floor CNY 950000.00",
            "needs Marketing director, via [Sales manager, Marketing director]");
  }

  @Test
  void theApprovedCutIsInForceFromItsDayAndTheOldPriceStaysForTheDaysBefore() {
    PriceChangeDecision d =
        REVIEW.review(change(FLAT_1801, "1000000.00", "985000.00", SALES_CONSULTANT), PROJECT_LIST);

    PriceList changed = d.applyTo(PROJECT_LIST, MARKETING_DIRECTOR);

    assertThat(changed.entry(FLAT_1801.id(), OCTOBER.minusDays(1)).orElseThrow().basePrice())
        .isEqualTo(cny("1000000.00"));
    PriceListEntry fromOctober = changed.entry(FLAT_1801.id(), OCTOBER).orElseThrow();
    assertThat(fromOctober.basePrice()).isEqualTo(cny("985000.00"));
    assertThat(fromOctober.floor()).contains(cny("950000.00"));
    assertThat(fromOctober.effectiveFrom()).contains(OCTOBER);
    assertThat(changed.inForceUntil(changed.entry(FLAT_1801.id()).orElseThrow()))
        .contains(LocalDate.of(2024, 9, 30));
    assertThat(changed.entry(FLAT_1802.id(), OCTOBER).orElseThrow().basePrice())
        .isEqualTo(cny("1200000.00"));
    // the list given is not changed
    assertThat(PROJECT_LIST.entriesFor(FLAT_1801.id())).hasSize(1);

    Pricer pricer =
        Pricer.of(
            PropertyOfficeDiscountAuthority.asPublished()
                .pricingPolicy(List.of(changed), List.of()));
    QuoteLine flat = QuoteLine.of(FLAT_1801, BigDecimal.ONE);
    assertThat(
            pricer
                .price(flat, PricingContext.of(LocalDate.of(2024, 9, 30), BUYER, SALES_CONSULTANT))
                .effectiveUnitPrice())
        .isEqualTo(cny("1000000.00"));
    assertThat(
            pricer.price(flat, PricingContext.of(OCTOBER, BUYER, SALES_CONSULTANT)).listUnitPrice())
        .isEqualTo(cny("985000.00"));
  }

  @Test
  void aSmallRiseIsWithinTheSalesManagersAuthorityAndAppliesWithoutAnApprover() {
    PriceChangeDecision d =
        REVIEW.review(change(FLAT_1801, "1000000.00", "1004000.00", SALES_MANAGER), PROJECT_LIST);

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.route().orElseThrow().withinOwnAuthority()).isTrue();
    assertThat(d.explanation().toString()).contains("rise from CNY 1000000.00 to CNY 1004000.00");
    assertThat(d.applyTo(PROJECT_LIST).entry(FLAT_1801.id(), OCTOBER).orElseThrow().basePrice())
        .isEqualTo(cny("1004000.00"));
  }

  @Test
  void aChangeUnderTwoPercentButOverTwentyThousandYuanNeedsTheGeneralManager() {
    // 1.9% of 1,200,000 is 22,800 yuan: within the director's percent, beyond the amount.
    PriceChangeDecision d =
        REVIEW.review(
            change(FLAT_1802, "1200000.00", "1177200.00", SALES_CONSULTANT), PROJECT_LIST);

    assertThat(d.sizePercent()).isEqualTo(Percent.parse("1.9%"));
    assertThat(d.requiredApprover()).contains(GENERAL_MANAGER);
    assertThat(d.approval().orElseThrow().chain())
        .containsExactly(SALES_MANAGER, MARKETING_DIRECTOR, GENERAL_MANAGER);
  }

  @Test
  void aHundredYuanCutOnATonneOfRebarIsMeasuredAsAPercentToo() {
    // 100 of 4,300 yuan is 2.325582%: beyond the director's 2% though the amount is small.
    PriceChangeDecision d =
        REVIEW.review(change(REBAR, "4300.00", "4200.00", SALES_MANAGER), PROJECT_LIST);

    assertThat(d.sizePercent()).isEqualTo(Percent.parse("2.325582%"));
    assertThat(d.requiredApprover()).contains(GENERAL_MANAGER);
  }

  @Test
  void aNewPriceUnderTheFloorIsRefusedWhoeverAsks() {
    PriceChangeDecision d =
        REVIEW.review(change(FLAT_1801, "1000000.00", "940000.00", GENERAL_MANAGER), PROJECT_LIST);

    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.route()).isEmpty();
    assertThat(d.explanation().toString())
        .contains("new price CNY 940000.00 is below the floor CNY 950000.00: refused whoever asks");
    assertThatThrownBy(() -> d.applyTo(PROJECT_LIST, GENERAL_MANAGER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was refused");
  }

  @Test
  void aRiseBeyondEveryAuthorityIsRefused() {
    PriceChangeDecision d =
        REVIEW.review(
            change(FLAT_1801, "1000000.00", "1120000.00", SALES_CONSULTANT), PROJECT_LIST);

    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.route().orElseThrow().beyondEveryAuthority()).isTrue();
    assertThat(d.explanation().toString())
        .contains("a change of 12% (CNY 120000.00 per unit) is beyond every authority");
  }

  @Test
  void aChangeNeedingApprovalIsAppliedOnlyWithTheApproverOrAbove() {
    PriceChangeDecision d =
        REVIEW.review(change(FLAT_1801, "1000000.00", "985000.00", SALES_CONSULTANT), PROJECT_LIST);

    assertThatThrownBy(() -> d.applyTo(PROJECT_LIST))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NEEDS_APPROVAL");
    assertThatThrownBy(() -> d.applyTo(PROJECT_LIST, SALES_MANAGER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approvedBy Sales manager may not approve")
        .hasMessageContaining("it needs Marketing director or a role above it");
    assertThat(d.applyTo(PROJECT_LIST, GENERAL_MANAGER).entry(FLAT_1801.id(), OCTOBER))
        .map(PriceListEntry::basePrice)
        .contains(cny("985000.00"));
  }

  @Test
  void aChangeIsNotAppliedToAListThatChangedSinceTheDecision() {
    PriceChangeDecision first =
        REVIEW.review(change(FLAT_1801, "1000000.00", "998000.00", SALES_MANAGER), PROJECT_LIST);
    PriceChangeDecision second =
        REVIEW.review(change(FLAT_1801, "1000000.00", "997000.00", SALES_MANAGER), PROJECT_LIST);
    PriceList afterFirst = first.applyTo(PROJECT_LIST);

    assertThatThrownBy(() -> second.applyTo(afterFirst))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "list PROJECT-2024-H2 no longer prices A-1801 at CNY 1000000.00 on 2024-10-01");
  }

  @Test
  void successiveChangesKeepEveryEarlierPriceForItsDays() {
    PriceList october =
        REVIEW
            .review(change(FLAT_1801, "1000000.00", "998000.00", SALES_MANAGER), PROJECT_LIST)
            .applyTo(PROJECT_LIST);
    LocalDate november = LocalDate.of(2024, 11, 1);
    PriceChange again =
        PriceChange.builder()
            .product(FLAT_1801.id())
            .oldBasePrice(cny("998000.00"))
            .newBasePrice(cny("1001000.00"))
            .effectiveFrom(november)
            .requester(SALES_MANAGER)
            .build();
    PriceList both = REVIEW.review(again, october).applyTo(october);

    assertThat(both.entriesFor(FLAT_1801.id()))
        .extracting(PriceListEntry::basePrice)
        .containsExactly(cny("1000000.00"), cny("998000.00"), cny("1001000.00"));
    assertThat(both.entry(FLAT_1801.id(), LocalDate.of(2024, 10, 31)).orElseThrow().basePrice())
        .isEqualTo(cny("998000.00"));
    assertThat(both.entry(FLAT_1801.id(), november).orElseThrow().basePrice())
        .isEqualTo(cny("1001000.00"));
  }

  @Test
  void aChangeFromTheListsFirstDayReplacesTheEntry() {
    PriceChange fromStart =
        PriceChange.builder()
            .product(FLAT_1801.id())
            .oldBasePrice(cny("1000000.00"))
            .newBasePrice(cny("999000.00"))
            .effectiveFrom(PROJECT_LIST.validFrom())
            .requester(SALES_MANAGER)
            .build();

    PriceList changed = REVIEW.review(fromStart, PROJECT_LIST).applyTo(PROJECT_LIST);

    assertThat(changed.entriesFor(FLAT_1801.id()))
        .extracting(PriceListEntry::basePrice)
        .containsExactly(cny("999000.00"));
  }

  @Test
  void aStaleOldPriceAProductOffTheListAndADayOutsideTheListAreRejected() {
    assertThatThrownBy(
            () ->
                REVIEW.review(
                    change(FLAT_1801, "990000.00", "985000.00", SALES_MANAGER), PROJECT_LIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "oldBasePrice CNY 990000.00 of A-1801 does not match the base price CNY 1000000.00");
    assertThatThrownBy(
            () ->
                REVIEW.review(
                    change(PENTHOUSE, "3000000.00", "2990000.00", SALES_MANAGER), PROJECT_LIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product A-3301 is not priced on price list PROJECT-2024-H2");
    PriceChange nextYear =
        PriceChange.builder()
            .from(change(FLAT_1801, "1000000.00", "985000.00", SALES_MANAGER))
            .effectiveFrom(LocalDate.of(2025, 1, 1))
            .build();
    assertThatThrownBy(() -> REVIEW.review(nextYear, PROJECT_LIST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not valid on 2025-01-01");
  }

  @Test
  void aChangeToTheSamePriceOrInTwoCurrenciesIsRejected() {
    assertThatThrownBy(() -> change(FLAT_1801, "1000000.00", "1000000.00", SALES_MANAGER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newBasePrice CNY 1000000.00 equals oldBasePrice of A-1801");
    assertThatThrownBy(
            () ->
                PriceChange.builder()
                    .from(change(FLAT_1801, "1000000.00", "985000.00", SALES_MANAGER))
                    .newBasePrice(Money.parse("USD 140000.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPolicyOnASubjectNobodyHoldsIsRejected() {
    assertThatThrownBy(
            () ->
                PriceChangePolicy.builder()
                    .authority(AUTHORITY)
                    .subject(dev.suanpan.core.authority.Subject.of("base-price"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no role of the authority policy holds a limit on base-price");
  }
}
