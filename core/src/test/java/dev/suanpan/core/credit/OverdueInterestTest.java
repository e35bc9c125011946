package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.interest.OverdueInterest;
import dev.suanpan.core.credit.interest.OverdueInterestLine;
import dev.suanpan.core.credit.interest.OverdueInterestReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverdueInterestTest {
  static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  @Test
  void overdueReceivablesAccrueInterestFromTheDueDate() {
    // CNY 10,000.00 due 31 March, 0.05% a day, to 10 April: 10 days = CNY 50.00.
    OverdueInterestReport r =
        OverdueInterest.of(POLICY)
            .assess(
                List.of(
                    Receivable.of("INV-1", CUSTOMER, DUE.minusDays(30), DUE, cny("10000.00")),
                    Receivable.of("INV-2", CUSTOMER, DUE, DUE.plusDays(30), cny("5000.00"))),
                LocalDate.of(2026, 4, 10));
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0).days()).isEqualTo(10);
    assertThat(r.total()).isEqualTo(cny("50.00"));
    assertThat(r.explanation().toString()).contains("INV-1: interest CNY 50.00 on CNY 10000.00");
  }

  @Test
  void aPaymentLaterThanTheGraceDaysIsChargedForEveryDayLate() {
    OverdueInterestReport r =
        OverdueInterest.of(POLICY)
            .assessLate(
                List.of(
                    new PaymentRecord("INV-1", DUE, LocalDate.of(2026, 4, 11), cny("10000.00")),
                    new PaymentRecord("INV-2", DUE, LocalDate.of(2026, 4, 4), cny("10000.00"))));
    // INV-1: 11 days late, beyond 5 grace days: 10000 × 0.05% × 11 = 55.00; INV-2 within grace: 0.
    assertThat(r.lines())
        .extracting(OverdueInterestLine::interest)
        .containsExactly(cny("55.00"), cny("0.00"));
    assertThat(r.total()).isEqualTo(cny("55.00"));
  }

  @Test
  void aPolicyWithoutOverdueInterestRejectsTheAssessment() {
    CreditPolicy none =
        CreditPolicy.builder().from(POLICY).overdueInterest(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> OverdueInterest.of(none).assess(List.of(), DUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdueInterest is empty");
  }
}
