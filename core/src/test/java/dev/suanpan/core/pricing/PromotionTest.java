package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Promotions with coupon codes, usage limits and stacking (issue 21 item 2): bolts at 10.00 with a
 * published 5% offer on hardware (0.50 a box), 100 boxes. Figures worked by hand in the comments.
 */
class PromotionTest {
  static final Product BOLTS = Product.of("M8-BOX", "Bolts M8, box of 100", "hardware");
  static final LocalDate FROM = LocalDate.of(2024, 7, 1);
  static final StandardOffer FIVE_PERCENT =
      StandardOffer.builder()
          .code("HW-5")
          .percentOff(Percent.of(5))
          .productGroup("hardware")
          .validFrom(FROM)
          .build();

  static Promotion.Builder spring() {
    return Promotion.builder()
        .code("SPRING")
        .couponCode("SPRING24")
        .percentOff(Percent.of(10))
        .validFrom(FROM);
  }

  static Pricer pricer(Promotion promotion) {
    PriceList list =
        PriceList.builder()
            .code("HW-2024")
            .validFrom(FROM)
            .addEntry(PriceListEntry.of(BOLTS.id(), cny("10.00")))
            .build();
    return Pricer.of(
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicyBuilder()
            .addPriceLists(list)
            .addStandardOffers(FIVE_PERCENT)
            .addPromotions(promotion)
            .build());
  }

  static PricingContext withCoupon(PricingContext.Builder b) {
    return b.from(context(SALES_CONSULTANT)).addCouponCodes("SPRING24").build();
  }

  static PricingDecision bolts(Pricer pricer, QuoteLine.Builder line, PricingContext context) {
    return pricer.price(line.product(BOLTS).quantity(new BigDecimal("100")).build(), context);
  }

  @Test
  void aCouponPromotionStacksOnTheOffersWhenTheCouponIsPresented() {
    Pricer pricer = pricer(spring().build());
    // offer 5% of 10.00 = 0.50, leaving 9.50; promotion 10% of 9.50 = 0.95; 1.45 a box off,
    // 100 x 8.55 = 855.00
    PricingDecision with = bolts(pricer, QuoteLine.builder(), withCoupon(PricingContext.builder()));
    assertThat(with.standardOfferDiscount()).isEqualTo(cny("145.00"));
    assertThat(with.netAmount()).isEqualTo(cny("855.00"));
    assertThat(with.outcome()).isEqualTo(Outcome.ALLOWED);
    // no coupon: 100 x 9.50 = 950.00
    PricingDecision without = bolts(pricer, QuoteLine.builder(), context(SALES_CONSULTANT));
    assertThat(without.netAmount()).isEqualTo(cny("950.00"));
    assertThat(without.explanation().toString()).contains("coupon SPRING24 is not presented");
  }

  @Test
  void theBetterOfAPromotionAndTheOffersNotBoth() {
    Promotion eight =
        spring().percentOff(Percent.of(8)).stacking(PromotionStacking.BEST_OF_OFFERS).build();
    // 8% of 10.00 = 0.80 a box beats the offer's 0.50: 100 x 9.20 = 920.00
    assertThat(
            bolts(pricer(eight), QuoteLine.builder(), withCoupon(PricingContext.builder()))
                .netAmount())
        .isEqualTo(cny("920.00"));
    // 3% of 10.00 = 0.30 a box does not: the offer stands, 950.00
    Promotion three =
        spring().percentOff(Percent.of(3)).stacking(PromotionStacking.BEST_OF_OFFERS).build();
    assertThat(
            bolts(pricer(three), QuoteLine.builder(), withCoupon(PricingContext.builder()))
                .netAmount())
        .isEqualTo(cny("950.00"));
  }

  @Test
  void usageLimitsPerCustomerAndOverallComeWithTheContext() {
    Pricer pricer = pricer(spring().maxUsesPerCustomer(1L).maxUsesOverall(100L).build());
    // used once by this customer: not again
    PricingContext once =
        withCoupon(PricingContext.builder().putPromotionUse("SPRING", PromotionUses.of(1, 5)));
    assertThat(bolts(pricer, QuoteLine.builder(), once).netAmount()).isEqualTo(cny("950.00"));
    // used 100 times overall: no more
    PricingContext full =
        withCoupon(PricingContext.builder().putPromotionUse("SPRING", PromotionUses.of(0, 100)));
    assertThat(bolts(pricer, QuoteLine.builder(), full).netAmount()).isEqualTo(cny("950.00"));
    // the 100th use: 855.00 as above
    PricingContext last =
        withCoupon(PricingContext.builder().putPromotionUse("SPRING", PromotionUses.of(0, 99)));
    assertThat(bolts(pricer, QuoteLine.builder(), last).netAmount()).isEqualTo(cny("855.00"));
    // uses not given for a limited promotion
    assertThatThrownBy(
            () -> bolts(pricer, QuoteLine.builder(), withCoupon(PricingContext.builder())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("promotionUses");
  }

  @Test
  void authorityIsCheckedOnTheExtraDiscountOnly() {
    Pricer pricer = pricer(spring().build());
    // 0.5% of the list price 10.00 = 0.05 a box extra, 5.00 on the line; the offer and the
    // promotion (1.45 a box, 145.00) need no approval. Net 1000.00 - 145.00 - 5.00 = 850.00
    PricingDecision d =
        bolts(
            pricer,
            QuoteLine.builder().requestedExtraDiscount(Percent.parse("0.5%")),
            withCoupon(PricingContext.builder()));
    assertThat(d.extraDiscount()).isEqualTo(cny("5.00"));
    assertThat(d.extraDiscountPercent()).isEqualTo(Percent.parse("0.5%"));
    assertThat(d.netAmount()).isEqualTo(cny("850.00"));
    assertThat(d.requiredApprover()).contains(SALES_MANAGER);
  }

  @Test
  void aPromotionThatDoesNotCombineWithAnExtraDiscountLeavesSuchLines() {
    Pricer pricer = pricer(spring().withExtraDiscount(false).build());
    // 1% of 10.00 = 0.10 a box asked: no promotion; 100 x (10.00 - 0.50 - 0.10) = 940.00
    PricingDecision d =
        bolts(
            pricer,
            QuoteLine.builder().requestedExtraDiscount(Percent.of(1)),
            withCoupon(PricingContext.builder()));
    assertThat(d.netAmount()).isEqualTo(cny("940.00"));
    assertThat(d.explanation().fired(PricingRule.PROMOTION)).isTrue();
    assertThat(d.explanation().toString()).contains("does not combine with an extra discount");
  }

  @Test
  void badPromotionsAreRejected() {
    assertThatThrownBy(() -> spring().amountOff(cny("1.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> spring().maxUsesOverall(0L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxUsesOverall");
    assertThatThrownBy(() -> PromotionUses.of(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("byCustomer");
  }
}
