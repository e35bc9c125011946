package dev.suanpan.core.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.Rounding;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The two options of a service refund: a daily rate rounded to the fen before it is multiplied by
 * the days left, and the months used charged at the monthly list price on a month basis. Figures
 * worked by hand in the comments.
 */
class ServiceRefundOptionsTest {
  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /** 1,000.00 for 2023, 365 days. */
  static final ServiceContract YEAR_2023 =
      ServiceContract.builder()
          .reference("MC-2023")
          .customer(CustomerId.of("C-5"))
          .description("maintenance contract 2023")
          .price(cny("1000.00"))
          .coversFrom(LocalDate.of(2023, 1, 1))
          .coversUntil(LocalDate.of(2023, 12, 31))
          .build();

  /** 1,200.00 for 2024 (100.00 a month), 366 days. */
  static final ServiceContract YEAR_2024 =
      ServiceContract.builder()
          .reference("MC-2024")
          .customer(CustomerId.of("C-5"))
          .description("maintenance contract 2024")
          .price(cny("1200.00"))
          .coversFrom(LocalDate.of(2024, 1, 1))
          .coversUntil(LocalDate.of(2024, 12, 31))
          .build();

  static ServiceRefundPolicy byMonths(MonthBasis basis) {
    return ServiceRefundPolicy.builder()
        .basis(RefundBasis.BY_MONTHS)
        .monthlyListPrice(cny("120.00"))
        .monthBasis(basis)
        .build();
  }

  @Test
  void aDailyRateRoundedToTheFenRefundsTheDaysLeftAtThatRate() {
    // Cancelled 1 March 2023: 31 + 28 = 59 days used, 306 left.
    // Daily rate 1,000.00 / 365 = 2.7397... -> 2.74; 2.74 x 306 = 838.44 refunded, 161.56 used.
    ServiceRefundPolicy policy =
        ServiceRefundPolicy.builder().basis(RefundBasis.BY_DAYS).dailyRate(Rounding.FEN).build();
    ServiceRefundDecision r =
        ServiceContractRefund.of(policy)
            .refund(YEAR_2023, ServiceUse.of(LocalDate.of(2023, 3, 1), 0));

    assertThat(r.refund()).isEqualTo(cny("838.44"));
    assertThat(r.usedValue()).isEqualTo(cny("161.56"));
    assertThat(r.explanation().toString())
        .contains("daily rate CNY 1000.00 / 365 = CNY 2.74, x 306 days left = CNY 838.44");
  }

  @Test
  void withoutADailyRateTheSplitIsExactAsBefore() {
    // 1,000.00 x 306 / 365 = 838.356... -> 838.36 refunded (the split adds up to 1,000.00: used
    // 1,000.00 x 59 / 365 = 161.643... -> 161.64).
    ServiceRefundDecision r =
        ServiceContractRefund.of(ServiceRefundPolicy.of(RefundBasis.BY_DAYS))
            .refund(YEAR_2023, ServiceUse.of(LocalDate.of(2023, 3, 1), 0));

    assertThat(r.refund()).isEqualTo(cny("838.36"));
    assertThat(r.usedValue()).isEqualTo(cny("161.64"));
  }

  @Test
  void aDailyRateRoundedUpNeverRefundsMoreThanThePrice() {
    // 0.05 over 3 days: 0.0166... -> 0.02 a day; cancelled before cover starts, 3 x 0.02 = 0.06,
    // at most the 0.05 paid.
    ServiceContract tiny =
        ServiceContract.builder()
            .from(YEAR_2023)
            .price(cny("0.05"))
            .coversUntil(LocalDate.of(2023, 1, 3))
            .build();
    ServiceRefundPolicy policy =
        ServiceRefundPolicy.builder().basis(RefundBasis.BY_DAYS).dailyRate(Rounding.FEN).build();
    ServiceRefundDecision r =
        ServiceContractRefund.of(policy).refund(tiny, ServiceUse.of(LocalDate.of(2022, 12, 1), 0));

    assertThat(r.refund()).isEqualTo(cny("0.05"));
    assertThat(r.usedValue()).isEqualTo(cny("0.00"));
    assertThat(r.explanation().toString()).contains("at most the price CNY 0.05");
  }

  @Test
  void startedMonthsAreChargedInFullAtTheMonthlyListPrice() {
    // Cancelled 11 April 2024: January to March whole, April begun: 4 months x 120.00 = 480.00
    // used; 1,200.00 - 480.00 = 720.00 refunded.
    ServiceRefundDecision r =
        ServiceContractRefund.of(byMonths(MonthBasis.STARTED_MONTHS))
            .refund(YEAR_2024, ServiceUse.of(LocalDate.of(2024, 4, 11), 0));

    assertThat(r.usedValue()).isEqualTo(cny("480.00"));
    assertThat(r.refund()).isEqualTo(cny("720.00"));
    assertThat(r.explanation().toString())
        .contains("4 months used (STARTED_MONTHS")
        .contains("x list price CNY 120.00 = CNY 480.00");
  }

  @Test
  void wholeMonthsChargeOnlyTheMonthsElapsed() {
    // Cancelled 11 April 2024: 3 whole months x 120.00 = 360.00 used; 840.00 refunded.
    // Cancelled 1 April 2024: 3 whole months, none begun: 360.00 either way.
    ServiceContractRefund whole = ServiceContractRefund.of(byMonths(MonthBasis.WHOLE_MONTHS));
    ServiceContractRefund started = ServiceContractRefund.of(byMonths(MonthBasis.STARTED_MONTHS));

    assertThat(whole.refund(YEAR_2024, ServiceUse.of(LocalDate.of(2024, 4, 11), 0)).refund())
        .isEqualTo(cny("840.00"));
    assertThat(whole.refund(YEAR_2024, ServiceUse.of(LocalDate.of(2024, 4, 1), 0)).usedValue())
        .isEqualTo(cny("360.00"));
    assertThat(started.refund(YEAR_2024, ServiceUse.of(LocalDate.of(2024, 4, 1), 0)).usedValue())
        .isEqualTo(cny("360.00"));
  }

  @Test
  void monthsAtListPriceNeverChargeMoreThanThePrice() {
    // Cancelled 2 November 2024: 11 months begun x 120.00 = 1,320.00, at most the 1,200.00 paid.
    ServiceRefundDecision r =
        ServiceContractRefund.of(byMonths(MonthBasis.STARTED_MONTHS))
            .refund(YEAR_2024, ServiceUse.of(LocalDate.of(2024, 11, 2), 0));

    assertThat(r.usedValue()).isEqualTo(cny("1200.00"));
    assertThat(r.refund()).isEqualTo(cny("0.00"));
  }

  @Test
  void monthsUsedCountCalendarMonthsFromTheFirstDayOfCover() {
    // From 31 January: 28 February is not yet a month (31 Jan + 1 month = 29 Feb 2024), 1 March is.
    ServiceContract fromJan31 =
        ServiceContract.builder().from(YEAR_2024).coversFrom(LocalDate.of(2024, 1, 31)).build();
    assertThat(fromJan31.monthsUsed(LocalDate.of(2024, 2, 29), MonthBasis.WHOLE_MONTHS)).isZero();
    assertThat(fromJan31.monthsUsed(LocalDate.of(2024, 3, 1), MonthBasis.WHOLE_MONTHS))
        .isEqualTo(1);
    assertThat(fromJan31.monthsUsed(LocalDate.of(2024, 3, 1), MonthBasis.STARTED_MONTHS))
        .isEqualTo(2);
    // Before the cover starts: none; long after it ends: the 12 months of cover.
    assertThat(YEAR_2024.monthsUsed(LocalDate.of(2023, 12, 1), MonthBasis.STARTED_MONTHS)).isZero();
    assertThat(YEAR_2024.monthsUsed(LocalDate.of(2026, 6, 15), MonthBasis.STARTED_MONTHS))
        .isEqualTo(12);
  }

  @Test
  void theMonthOptionsComeTogetherWithTheMonthBasisAndOnlyWithIt() {
    assertThatThrownBy(() -> ServiceRefundPolicy.builder().basis(RefundBasis.BY_MONTHS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthlyListPrice is needed with basis BY_MONTHS");
    assertThatThrownBy(
            () ->
                ServiceRefundPolicy.builder()
                    .basis(RefundBasis.BY_DAYS)
                    .monthlyListPrice(cny("120.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("basis was BY_DAYS");
    assertThatThrownBy(
            () ->
                ServiceRefundPolicy.builder()
                    .basis(RefundBasis.BY_MONTHS)
                    .monthlyListPrice(cny("0.00"))
                    .monthBasis(MonthBasis.WHOLE_MONTHS)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthlyListPrice");
    assertThatThrownBy(
            () ->
                ServiceContractRefund.of(
                        ServiceRefundPolicy.builder()
                            .from(byMonths(MonthBasis.WHOLE_MONTHS))
                            .monthlyListPrice(Money.parse("USD 10.00"))
                            .build())
                    .refund(YEAR_2024, ServiceUse.of(LocalDate.of(2024, 4, 1), 0)))
        .isInstanceOf(org.joda.money.CurrencyMismatchException.class);
  }
}
