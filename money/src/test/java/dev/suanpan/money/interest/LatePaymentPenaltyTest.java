package dev.suanpan.money.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LatePaymentPenaltyTest {
  static final LocalDate DUE = LocalDate.parse("2024-03-31");

  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  static LatePaymentPenalty penalty(int graceDays, GraceRule rule) {
    return LatePaymentPenalty.of(
        PenaltyPolicy.builder()
            .dailyRate(Percent.parse("0.05%"))
            .graceDays(graceDays)
            .graceRule(rule)
            .cap(Percent.parse("20%"))
            .build());
  }

  @Test
  void fiveInTenThousandADayOnTenThousandYuanTenDaysLateIsFiftyYuan() {
    PenaltyAssessment a =
        penalty(0, GraceRule.FORGIVEN_WITHIN_GRACE)
            .assess(cny("10000.00"), DUE, LocalDate.parse("2024-04-10"));
    assertThat(a.daysLate()).isEqualTo(10);
    assertThat(a.daysCharged()).isEqualTo(10);
    assertThat(a.uncappedPenalty()).isEqualTo(cny("50.00"));
    assertThat(a.penalty()).isEqualTo(cny("50.00"));
    assertThat(a.capAmount()).contains(cny("2000.00"));
    assertThat(a.capped()).isFalse();
    assertThat(a)
        .hasToString(
            "penalty CNY 50.00 on CNY 10000.00 due 2024-03-31 paid 2024-04-10: 10 days late, 10"
                + " charged at 0.05% a day = CNY 50.00, cap 20% = CNY 2000.00, not capped");
  }

  @Test
  void paymentOnOrBeforeTheDueDateBearsNoPenalty() {
    LatePaymentPenalty p = penalty(0, GraceRule.FORGIVEN_WITHIN_GRACE);
    assertThat(p.assess(cny("10000.00"), DUE, DUE).penalty()).isEqualTo(cny("0.00"));
    PenaltyAssessment early = p.assess(cny("10000.00"), DUE, LocalDate.parse("2024-03-20"));
    assertThat(early.daysLate()).isZero();
    assertThat(early.penalty()).isEqualTo(cny("0.00"));
  }

  @Test
  void paymentWithinGraceIsForgivenAndAfterGraceEveryDayCounts() {
    LatePaymentPenalty p = penalty(5, GraceRule.FORGIVEN_WITHIN_GRACE);
    assertThat(p.assess(cny("10000.00"), DUE, LocalDate.parse("2024-04-05")).penalty())
        .isEqualTo(cny("0.00"));
    PenaltyAssessment sixDays = p.assess(cny("10000.00"), DUE, LocalDate.parse("2024-04-06"));
    assertThat(sixDays.daysCharged()).isEqualTo(6);
    assertThat(sixDays.penalty()).isEqualTo(cny("30.00"));
  }

  @Test
  void daysBeyondGraceChargeOnlyTheDaysAfterTheGrace() {
    LatePaymentPenalty p = penalty(5, GraceRule.DAYS_BEYOND_GRACE);
    PenaltyAssessment sixDays = p.assess(cny("10000.00"), DUE, LocalDate.parse("2024-04-06"));
    assertThat(sixDays.daysLate()).isEqualTo(6);
    assertThat(sixDays.daysCharged()).isEqualTo(1);
    assertThat(sixDays.penalty()).isEqualTo(cny("5.00"));
  }

  @Test
  void penaltyStopsAtTwentyPercentOfThePrincipal() {
    // 401 days x 5.00 = 2005.00 > 2000.00
    PenaltyAssessment a =
        penalty(0, GraceRule.FORGIVEN_WITHIN_GRACE).assess(cny("10000.00"), DUE, DUE.plusDays(401));
    assertThat(a.uncappedPenalty()).isEqualTo(cny("2005.00"));
    assertThat(a.penalty()).isEqualTo(cny("2000.00"));
    assertThat(a.capped()).isTrue();
    assertThat(a.toString()).endsWith("cap 20% = CNY 2000.00, capped");
  }

  @Test
  void withoutACapThePenaltyKeepsGrowing() {
    PenaltyAssessment a =
        LatePaymentPenalty.of(PenaltyPolicy.builder().dailyRate(Percent.parse("0.05%")).build())
            .assess(cny("10000.00"), DUE, DUE.plusDays(1000));
    assertThat(a.penalty()).isEqualTo(cny("5000.00"));
    assertThat(a.capAmount()).isEmpty();
    assertThat(a.capped()).isFalse();
  }

  @Test
  void rejectsBadPoliciesAndNegativeOverdueAmounts() {
    assertThatThrownBy(() -> PenaltyPolicy.builder().dailyRate(Percent.parse("-0.05%")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dailyRate must not be negative, was -0.05%");
    assertThatThrownBy(
            () -> PenaltyPolicy.builder().dailyRate(Percent.parse("0.05%")).graceDays(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("graceDays must not be negative, was -1");
    assertThatThrownBy(
            () ->
                PenaltyPolicy.builder().dailyRate(Percent.parse("0.05%")).cap(Percent.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap must be positive, was 0%");
    assertThatThrownBy(() -> PenaltyPolicy.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("required attributes are not set [dailyRate]");
    LatePaymentPenalty p = penalty(0, GraceRule.FORGIVEN_WITHIN_GRACE);
    assertThatThrownBy(() -> p.assess(cny("-1.00"), DUE, DUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdue must not be negative, was CNY -1.00");
    assertThatThrownBy(() -> p.assess(cny("1.00"), DUE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("paidOn");
    assertThatThrownBy(() -> LatePaymentPenalty.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
  }
}
