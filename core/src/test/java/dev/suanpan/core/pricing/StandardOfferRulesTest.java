package dev.suanpan.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Which sales a published offer applies to, and which offers cannot be published. */
class StandardOfferRulesTest {
  static final LocalDate SEP_1 = LocalDate.of(2024, 9, 1);
  static final LocalDate SEP_30 = LocalDate.of(2024, 9, 30);
  static final Product FLAT = Product.of("A-1801", "Building A, flat 1801", "flats");
  static final Product OTHER_FLAT = Product.of("A-1802", "Building A, flat 1802", "flats");
  static final Product PARKING = Product.of("P-017", "Parking space 17", "parking");
  static final CustomerGroup STAFF = CustomerGroup.of("STAFF");

  static Money cny(String amount) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(amount));
  }

  static StandardOffer.Builder september() {
    return StandardOffer.builder()
        .code("SEPT-2PCT")
        .percentOff(Percent.of(2))
        .validFrom(SEP_1)
        .validUntil(SEP_30);
  }

  @Test
  void anOfferAppliesFromItsFirstToItsLastDayInclusive() {
    StandardOffer offer = september().build();
    assertThat(offer.appliesTo(FLAT, SEP_1.minusDays(1), null)).isFalse();
    assertThat(offer.appliesTo(FLAT, SEP_1, null)).isTrue();
    assertThat(offer.appliesTo(FLAT, SEP_30, null)).isTrue();
    assertThat(offer.appliesTo(FLAT, SEP_30.plusDays(1), null)).isFalse();
  }

  @Test
  void anOpenEndedOfferAppliesEveryDayFromItsFirst() {
    StandardOffer offer =
        StandardOffer.builder().code("OPEN").percentOff(Percent.of(1)).validFrom(SEP_1).build();
    assertThat(offer.appliesTo(FLAT, LocalDate.of(2030, 1, 1), null)).isTrue();
    assertThat(offer.appliesTo(FLAT, SEP_1.minusDays(1), null)).isFalse();
  }

  @Test
  void anOfferForOneProductAppliesToThatProductOnly() {
    StandardOffer offer = september().product(FLAT.id()).build();
    assertThat(offer.appliesTo(FLAT, SEP_1, null)).isTrue();
    assertThat(offer.appliesTo(OTHER_FLAT, SEP_1, null)).isFalse();
  }

  @Test
  void anOfferForAProductGroupAppliesToThatGroupOnly() {
    StandardOffer offer = september().productGroup("flats").build();
    assertThat(offer.appliesTo(OTHER_FLAT, SEP_1, null)).isTrue();
    assertThat(offer.appliesTo(PARKING, SEP_1, null)).isFalse();
  }

  @Test
  void anOfferForACustomerGroupAppliesToThatGroupOnlyAndAnOfferForAllToEveryone() {
    StandardOffer staffOnly = september().customerGroup(STAFF).build();
    assertThat(staffOnly.appliesTo(FLAT, SEP_1, STAFF)).isTrue();
    assertThat(staffOnly.appliesTo(FLAT, SEP_1, CustomerGroup.of("VIP"))).isFalse();
    assertThat(staffOnly.appliesTo(FLAT, SEP_1, null)).isFalse();
    assertThat(september().build().appliesTo(FLAT, SEP_1, STAFF)).isTrue();
  }

  @Test
  void anOfferReadsAsItsCodeAndWhatItTakesOff() {
    assertThat(september().build()).hasToString("SEPT-2PCT (2% off)");
    StandardOffer perUnit =
        StandardOffer.builder().code("LESS-50").amountOff(cny("50.00")).validFrom(SEP_1).build();
    assertThat(perUnit).hasToString("LESS-50 (CNY 50.00 per unit off)");
  }

  @Test
  void rejectsAnOfferWithBothOrNeitherAPercentAndAnAmount() {
    assertThatThrownBy(() -> september().amountOff(cny("50.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "SEPT-2PCT must give exactly one of percentOff and amountOff, gave both");
    assertThatThrownBy(() -> StandardOffer.builder().code("NONE").validFrom(SEP_1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gave neither");
  }

  @Test
  void rejectsAPercentOutsideNoneToAllAndANegativeAmount() {
    assertThatThrownBy(() -> september().percentOff(Percent.of(101)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentOff must be between 0% and 100%, was 101%");
    assertThatThrownBy(() -> september().percentOff(Percent.of(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentOff must be between 0% and 100%");
    assertThatThrownBy(
            () ->
                StandardOffer.builder()
                    .code("LESS")
                    .amountOff(cny("-0.01"))
                    .validFrom(SEP_1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amountOff of offer LESS");
  }

  @Test
  void rejectsABlankProductGroupAndALastDayBeforeTheFirst() {
    assertThatThrownBy(() -> september().productGroup(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("productGroup");
    assertThatThrownBy(() -> september().validUntil(SEP_1.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validUntil 2024-08-31 is before validFrom 2024-09-01");
    assertThat(september().validUntil(SEP_1).build().appliesTo(FLAT, SEP_1, null)).isTrue();
  }
}
