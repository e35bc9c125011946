package dev.suanpan.core.settlement.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.interest.PenaltyPolicy;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Penalties are assessed on what is known on the assessment day: no payment from after it. */
class LatePaymentRulesTest {
  static final LocalDate DUE = LocalDate.of(2024, 5, 31);

  static LatePaymentPenalties dailyFiveInTenThousand() {
    return LatePaymentPenalties.of(
        PenaltyPolicy.builder().dailyRate(Percent.parse("0.05%")).build());
  }

  @Test
  void rejectsAPaymentRecordedAfterTheAssessmentDay() {
    Instalment paidLater =
        Instalment.due("3rd instalment", Money.parse("CNY 100000.00"), DUE)
            .paidOn(LocalDate.of(2024, 6, 20));
    assertThatThrownBy(
            () -> dailyFiveInTenThousand().assess(List.of(paidLater), LocalDate.of(2024, 6, 19)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "instalment 3rd instalment is recorded as paid on 2024-06-20, after the assessment day"
                + " 2024-06-19");
  }

  @Test
  void anInstalmentPaidLateIsChargedForTheDaysLate() {
    // 20 days late: 100,000.00 x 0.05% x 20 = 1,000.00
    Instalment paidLate =
        Instalment.due("3rd instalment", Money.parse("CNY 100000.00"), DUE)
            .paidOn(LocalDate.of(2024, 6, 20));
    assertThat(paidLate.paidOn()).contains(LocalDate.of(2024, 6, 20));
    assertThat(
            dailyFiveInTenThousand()
                .assess(List.of(paidLate), LocalDate.of(2024, 6, 20))
                .penaltyOn("3rd instalment"))
        .isEqualTo(Money.parse("CNY 1000.00"));
  }
}
