package dev.suanpan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * When two price lists share a day, which day a price may change on, and what a price list must
 * hold. The second-half list runs from 2024-07-01 to 2024-12-31.
 */
class PriceListRulesTest {
  static final ProductId FLAT = ProductId.of("A-1801");
  static final ProductId PARKING = ProductId.of("P-017");
  static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);
  static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static PriceList.Builder list(String code, LocalDate from, LocalDate until) {
    PriceList.Builder b =
        PriceList.builder()
            .code(code)
            .validFrom(from)
            .addEntries(PriceListEntry.of(FLAT, cny("1000000.00")));
    if (until != null) {
      b.validUntil(until);
    }
    return b;
  }

  static final PriceList SECOND_HALF = list("H2", JUL_1, DEC_31).build();

  @Test
  void listsOverlapWhenTheyShareAtLeastOneDay() {
    PriceList firstHalf = list("H1", LocalDate.of(2024, 1, 1), JUL_1.minusDays(1)).build();
    PriceList lastDayOfH2 = list("Y", DEC_31, null).build();
    PriceList nextYear = list("Y25", DEC_31.plusDays(1), null).build();
    assertThat(firstHalf.overlaps(SECOND_HALF)).isFalse();
    assertThat(SECOND_HALF.overlaps(firstHalf)).isFalse();
    assertThat(lastDayOfH2.overlaps(SECOND_HALF)).isTrue();
    assertThat(SECOND_HALF.overlaps(lastDayOfH2)).isTrue();
    assertThat(nextYear.overlaps(SECOND_HALF)).isFalse();
    assertThat(SECOND_HALF.overlaps(nextYear)).isFalse();
    assertThat(nextYear.overlaps(lastDayOfH2)).isTrue();
  }

  @Test
  void aPriceChangesOnlyOnADayTheListIsValidAndPricesTheProduct() {
    assertThatThrownBy(() -> SECOND_HALF.withPriceFrom(FLAT, cny("980000.00"), JUL_1.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not valid on 2024-06-30, the day the price changes");
    assertThatThrownBy(() -> SECOND_HALF.withPriceFrom(PARKING, cny("140000.00"), JUL_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product P-017 is not priced on");
  }

  @Test
  void anEntryOfAnotherListHasNoLastDayOnThisOne() {
    PriceListEntry elsewhere = PriceListEntry.of(FLAT, cny("900000.00"));
    assertThatThrownBy(() -> SECOND_HALF.inForceUntil(elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not on price list H2");
    assertThat(SECOND_HALF.inForceUntil(SECOND_HALF.entries().get(0))).contains(DEC_31);
  }

  @Test
  void aPriceListPricesAtLeastOneProductAndNamesItsCustomerGroup() {
    assertThatThrownBy(() -> PriceList.builder().code("EMPTY").validFrom(JUL_1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price list EMPTY must have at least one entry");
    assertThat(list("STAFF-H2", JUL_1, DEC_31).customerGroup(CustomerGroup.of("STAFF")).build())
        .asString()
        .startsWith("price list STAFF-H2 (group STAFF, 2024-07-01 to 2024-12-31");
  }
}
