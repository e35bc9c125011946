package dev.suanpan.core.settlement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.interest.GraceRule;
import dev.suanpan.money.interest.PenaltyPolicy;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LatePaymentPenaltiesTest {
  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /** A contract's own terms: 0.05% a day (日万分之五), 5 grace days forgiven, at most 20%. */
  static final LatePaymentPenalties PENALTIES =
      LatePaymentPenalties.of(
          PenaltyPolicy.builder()
              .dailyRate(Percent.parse("0.05%"))
              .graceDays(5)
              .graceRule(GraceRule.FORGIVEN_WITHIN_GRACE)
              .cap(Percent.of(20))
              .build());

  static final List<Instalment> SCHEDULE =
      List.of(
          Instalment.due("1st instalment", cny("100000.00"), LocalDate.of(2024, 3, 31))
              .paidOn(LocalDate.of(2024, 3, 30)),
          Instalment.due("2nd instalment", cny("100000.00"), LocalDate.of(2024, 4, 30))
              .paidOn(LocalDate.of(2024, 5, 3)),
          Instalment.due("3rd instalment", cny("100000.00"), LocalDate.of(2024, 5, 31))
              .paidOn(LocalDate.of(2024, 6, 20)),
          Instalment.due("4th instalment", cny("100000.00"), LocalDate.of(2024, 6, 30)),
          Instalment.due("5th instalment", cny("100000.00"), LocalDate.of(2024, 8, 31)));

  @Test
  void overdueInstalmentsBearPenaltyInterestAtTheDailyRate() {
    LatePaymentDecision d = PENALTIES.assess(SCHEDULE, LocalDate.of(2024, 7, 31));

    // paid on time: not listed; 3 days late, within the 5 grace days: forgiven
    assertThat(d.assessments()).doesNotContainKey("1st instalment");
    assertThat(d.penaltyOn("2nd instalment")).isEqualTo(cny("0.00"));
    // 20 days late: 100,000 x 0.05% x 20 = 1,000
    assertThat(d.penaltyOn("3rd instalment")).isEqualTo(cny("1000.00"));
    // unpaid, 31 days overdue on 31 July: 1,550
    assertThat(d.penaltyOn("4th instalment")).isEqualTo(cny("1550.00"));
    // not yet due
    assertThat(d.assessments()).doesNotContainKey("5th instalment");
    assertThat(d.totalPenalty()).isEqualTo(cny("2550.00"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.explanation().toString()).contains("4th instalment unpaid on 2024-07-31");
  }

  @Test
  void thePenaltyOnALongOverdueInstalmentStopsAtTheCap() {
    LatePaymentDecision d = PENALTIES.assess(SCHEDULE, LocalDate.of(2025, 12, 31));
    assertThat(d.penaltyOn("4th instalment")).isEqualTo(cny("20000.00"));
    assertThat(d.assessments().get("4th instalment").capped()).isTrue();
  }

  @Test
  void aPaymentRecordedAfterTheAssessmentDayOrMixedCurrenciesAreRejected() {
    assertThatThrownBy(() -> PENALTIES.assess(SCHEDULE, LocalDate.of(2024, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "3rd instalment is recorded as paid on 2024-06-20, after the assessment day 2024-06-01");
    assertThatThrownBy(
            () ->
                PENALTIES.assess(
                    List.of(
                        Instalment.due("a", cny("1.00"), LocalDate.of(2024, 1, 1)),
                        Instalment.due("b", Money.parse("USD 1.00"), LocalDate.of(2024, 1, 1))),
                    LocalDate.of(2024, 2, 1)))
        .hasMessageContaining("schedule[1].amount must be in CNY, was USD 1.00");
  }
}
