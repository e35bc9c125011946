package dev.suanpan.money.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The rules of simple interest and late-payment penalties on their inputs and results. */
class InterestRulesTest {
  static final LocalDate MARCH_31 = LocalDate.parse("2024-03-31");
  static final LocalDate APRIL_10 = LocalDate.parse("2024-04-10");

  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  @Test
  void aNegativeAnnualRateIsRefusedNamingIt() {
    assertThatThrownBy(() -> SimpleInterest.annual(Percent.parse("-3.65%"), DayCount.ACT_365))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annualRate must not be negative, was -3.65%");
  }

  @Test
  void aDailyRateRefusesARangeThatEndsBeforeItStarts() {
    SimpleInterest daily = SimpleInterest.daily(Percent.parse("0.05%"));
    assertThatThrownBy(() -> daily.accrue(cny("100.00"), APRIL_10, MARCH_31, Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be after to, was from 2024-04-10 to 2024-03-31");
  }

  @Test
  void interestOfExactlyHalfAFenGoesWhereTheRoundingModeSays() {
    // 10.00 x 0.05% a day x 1 day = 0.005 exactly: HALF_UP 0.01, HALF_EVEN the even fen 0.00
    SimpleInterest daily = SimpleInterest.daily(Percent.parse("0.05%"));
    LocalDate april1 = LocalDate.parse("2024-04-01");
    assertThat(daily.accrue(cny("10.00"), MARCH_31, april1, Rounding.FEN).interest())
        .isEqualTo(cny("0.01"));
    assertThat(daily.accrue(cny("10.00"), MARCH_31, april1, Rounding.FEN_HALF_EVEN).interest())
        .isEqualTo(cny("0.00"));
    // 10.00 x 0.25% a year x 73 / 365 days = 0.005 exactly: the same two answers
    SimpleInterest annual = SimpleInterest.annual(Percent.parse("0.25%"), DayCount.ACT_365);
    LocalDate from = LocalDate.parse("2023-01-01");
    LocalDate to = LocalDate.parse("2023-03-15"); // 30 + 28 + 15 = 73 days
    assertThat(annual.accrue(cny("10.00"), from, to, Rounding.FEN).interest())
        .isEqualTo(cny("0.01"));
    assertThat(annual.accrue(cny("10.00"), from, to, Rounding.FEN_HALF_EVEN).interest())
        .isEqualTo(cny("0.00"));
  }

  @Test
  void anAccrualNeverCountsNegativeDays() {
    assertThatThrownBy(
            () ->
                ImmutableInterestAccrual.builder()
                    .principal(cny("100.00"))
                    .from(MARCH_31)
                    .to(MARCH_31)
                    .days(-1)
                    .rate(Percent.of(4))
                    .interest(cny("0.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must not be negative, was -1");
  }

  @Test
  void anAccrualRunsForwardInTime() {
    assertThatThrownBy(
            () ->
                ImmutableInterestAccrual.builder()
                    .principal(cny("100.00"))
                    .from(APRIL_10)
                    .to(MARCH_31)
                    .days(0)
                    .rate(Percent.of(4))
                    .interest(cny("0.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must not be after to, was from 2024-04-10 to 2024-03-31");
  }

  @Test
  void anAnnualRateSaysItsDayCountAndADailyRateSaysADay() {
    assertThat(SimpleInterest.annual(Percent.parse("3.65%"), DayCount.ACT_365))
        .hasToString("3.65% a year ACT_365");
    assertThat(SimpleInterest.daily(Percent.parse("0.05%"))).hasToString("0.05% a day");
    // 10000.00 x 3.65% x 10 / 365 = 10.00
    assertThat(
            SimpleInterest.annual(Percent.parse("3.65%"), DayCount.ACT_365)
                .accrue(cny("10000.00"), MARCH_31, APRIL_10, Rounding.FEN))
        .hasToString(
            "interest CNY 10.00 on CNY 10000.00 at 3.65% a year ACT_365, 10 days from 2024-03-31"
                + " to 2024-04-10");
  }

  @Test
  void aPenaltyEngineKeepsAndShowsItsPolicy() {
    PenaltyPolicy plain = PenaltyPolicy.builder().dailyRate(Percent.parse("0.05%")).build();
    LatePaymentPenalty engine = LatePaymentPenalty.of(plain);
    assertThat(engine.policy()).isSameAs(plain);
    assertThat(engine)
        .hasToString(
            "late-payment penalty 0.05% a day, 0 grace days FORGIVEN_WITHIN_GRACE, no cap,"
                + " rounding minor unit HALF_UP");
    assertThat(
            PenaltyPolicy.builder()
                .dailyRate(Percent.parse("0.05%"))
                .graceDays(5)
                .graceRule(GraceRule.DAYS_BEYOND_GRACE)
                .cap(Percent.of(20))
                .build())
        .hasToString(
            "0.05% a day, 5 grace days DAYS_BEYOND_GRACE, cap 20% of the overdue amount,"
                + " rounding minor unit HALF_UP");
  }

  static ImmutablePenaltyAssessment.Builder assessment() {
    // 10000.00 x 0.05% x 10 days = 50.00, no cap
    return ImmutablePenaltyAssessment.builder()
        .policy(PenaltyPolicy.builder().dailyRate(Percent.parse("0.05%")).build())
        .overdue(cny("10000.00"))
        .dueDate(MARCH_31)
        .paidOn(APRIL_10)
        .daysLate(10)
        .daysCharged(10)
        .uncappedPenalty(cny("50.00"))
        .capAmount(Optional.empty())
        .penalty(cny("50.00"));
  }

  @Test
  void anAssessmentIsInTheOverdueAmountsCurrency() {
    assertThat(assessment().build().penalty()).isEqualTo(cny("50.00"));
    assertThatThrownBy(() -> assessment().uncappedPenalty(Money.parse("USD 50.00")).build())
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("uncappedPenalty must be in CNY, was USD 50.00");
  }

  @Test
  void anAssessmentChargesNoMoreDaysThanThePaymentWasLate() {
    assertThatThrownBy(() -> assessment().daysCharged(11).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysCharged must be between 0 and daysLate 10, was 11");
    assertThatThrownBy(() -> assessment().daysCharged(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysCharged must be between 0 and daysLate 10, was -1");
  }

  @Test
  void aCapOnlyEverLowersThePenalty() {
    assertThatThrownBy(() -> assessment().penalty(cny("60.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("penalty must not exceed uncappedPenalty CNY 50.00, was CNY 60.00");
  }
}
