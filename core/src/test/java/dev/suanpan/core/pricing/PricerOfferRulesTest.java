package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1802;
import static dev.suanpan.core.pricing.PricingFixtures.OPENING_OFFER;
import static dev.suanpan.core.pricing.PricingFixtures.PARKING;
import static dev.suanpan.core.pricing.PricingFixtures.PROJECT_LIST;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which quoted lines a published offer reaches when the pricer applies it: the days it runs, the
 * product or product group it names, the customer group it is for. The flats list at 1,000,000.00
 * (1801) and 1,200,000.00 (1802), parking at 150,000.00.
 */
class PricerOfferRulesTest {
  static final CustomerGroup STAFF = CustomerGroup.of("STAFF");

  static Pricer pricerWith(StandardOffer offer) {
    return Pricer.of(
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicy(List.of(PROJECT_LIST), List.of(offer)));
  }

  static PricingContext on(LocalDate date) {
    return PricingContext.builder().from(context(SALES_CONSULTANT)).date(date).build();
  }

  static StandardOffer.Builder onePercent() {
    return StandardOffer.builder()
        .code("ONE-PCT")
        .percentOff(Percent.of(1))
        .validFrom(LocalDate.of(2024, 9, 1));
  }

  @Test
  void theOpeningOfferRunsFromTheFirstToTheLastOfSeptemberOnly() {
    // OPENING-2PCT, 2024-09-01 to 2024-09-30: 2% of 1,000,000.00 = 20,000.00
    Pricer pricer = pricerWith(OPENING_OFFER);
    QuoteLine flat = QuoteLine.of(FLAT_1801, BigDecimal.ONE);
    assertThat(pricer.price(flat, on(LocalDate.of(2024, 8, 31))).standardOfferDiscount())
        .isEqualTo(cny("0.00"));
    assertThat(pricer.price(flat, on(LocalDate.of(2024, 9, 1))).standardOfferDiscount())
        .isEqualTo(cny("20000.00"));
    assertThat(pricer.price(flat, on(LocalDate.of(2024, 9, 30))).standardOfferDiscount())
        .isEqualTo(cny("20000.00"));
    assertThat(pricer.price(flat, on(LocalDate.of(2024, 10, 1))).standardOfferDiscount())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void anOfferOnFlatsLeavesParkingAtItsListPrice() {
    Pricer pricer = pricerWith(OPENING_OFFER);
    PricingDecision parking =
        pricer.price(QuoteLine.of(PARKING, BigDecimal.ONE), context(SALES_CONSULTANT));
    assertThat(parking.standardOfferDiscount()).isEqualTo(cny("0.00"));
    assertThat(parking.netAmount()).isEqualTo(cny("150000.00"));
  }

  @Test
  void anOfferOnOneFlatLeavesTheOtherFlatAtItsListPrice() {
    // 1% of 1,000,000.00 = 10,000.00 on flat 1801; nothing on flat 1802
    Pricer pricer = pricerWith(onePercent().product(FLAT_1801.id()).build());
    assertThat(
            pricer
                .price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), context(SALES_CONSULTANT))
                .standardOfferDiscount())
        .isEqualTo(cny("10000.00"));
    assertThat(
            pricer
                .price(QuoteLine.of(FLAT_1802, BigDecimal.ONE), context(SALES_CONSULTANT))
                .standardOfferDiscount())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void anOfferForStaffReachesStaffOnly() {
    // 1% of 1,200,000.00 = 12,000.00 for staff; nothing for a customer in no group or another
    Pricer pricer = pricerWith(onePercent().customerGroup(STAFF).build());
    QuoteLine flat = QuoteLine.of(FLAT_1802, BigDecimal.ONE);
    assertThat(pricer.price(flat, context(SALES_CONSULTANT, STAFF)).standardOfferDiscount())
        .isEqualTo(cny("12000.00"));
    assertThat(pricer.price(flat, context(SALES_CONSULTANT)).standardOfferDiscount())
        .isEqualTo(cny("0.00"));
    assertThat(
            pricer
                .price(flat, context(SALES_CONSULTANT, CustomerGroup.of("VIP")))
                .standardOfferDiscount())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void aLineWithNoDiscountHasADiscountOfNoPercent() {
    Pricer pricer = pricerWith(onePercent().customerGroup(STAFF).build());
    PricingDecision full =
        pricer.price(QuoteLine.of(FLAT_1802, BigDecimal.ONE), context(SALES_CONSULTANT));
    assertThat(full.discountPercent()).isEqualByComparingTo(Percent.ZERO);
    PricingDecision staff =
        pricer.price(QuoteLine.of(FLAT_1802, BigDecimal.ONE), context(SALES_CONSULTANT, STAFF));
    // 12,000.00 of 1,200,000.00
    assertThat(staff.discountPercent()).isEqualByComparingTo(Percent.of(1));
  }
}
