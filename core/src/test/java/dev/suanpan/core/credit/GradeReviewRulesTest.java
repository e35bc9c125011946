package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.FINANCE;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static dev.suanpan.core.credit.CreditFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.grade.GradeProposal;
import dev.suanpan.core.credit.grade.GradeReview;
import dev.suanpan.core.party.CustomerId;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * The grade-review criteria at their edges (grade A: never more than 5 days late and nothing
 * overdue; C: at most 90 days late and at most 50% of the limit overdue), what the review counts,
 * and when a proposal may be approved. The review date is 2026-03-31; its window of 365 days starts
 * on 2025-03-31.
 */
class GradeReviewRulesTest {
  static PaymentRecord paid(String doc, LocalDate due, int daysLate) {
    return new PaymentRecord(doc, due, due.plusDays(daysLate), cny("10000.00"));
  }

  @Test
  void paymentsAtMostFiveDaysLateKeepGradeAAndSixDaysLateDoNot() {
    GradeReview review = GradeReview.of(POLICY);
    GradeProposal fiveDays =
        review.propose(
            profile("A", "100000.00"),
            none(),
            List.of(paid("INV-1", LocalDate.of(2026, 1, 31), 5)),
            TODAY);
    assertThat(fiveDays.proposed()).isEqualTo(CreditGrade.of("A"));
    assertThat(fiveDays.isChange()).isFalse();
    GradeProposal sixDays =
        review.propose(
            profile("A", "100000.00"),
            none(),
            List.of(paid("INV-1", LocalDate.of(2026, 1, 31), 6)),
            TODAY);
    assertThat(sixDays.proposed()).isEqualTo(CreditGrade.of("B"));
    assertThat(sixDays.isChange()).isTrue();
  }

  @Test
  void theReviewCountsThePaymentsInItsWindow() {
    GradeProposal p =
        GradeReview.of(POLICY)
            .propose(
                profile("A", "100000.00"),
                none(),
                List.of(
                    paid("INV-1", LocalDate.of(2026, 1, 31), 0),
                    paid("INV-2", LocalDate.of(2026, 2, 28), 2),
                    paid("INV-0", LocalDate.of(2024, 1, 31), 0)),
                TODAY);
    assertThat(p.explanation().toString())
        .contains("2 payments since 2025-03-31, at most 2 days late; overdue now CNY 0.00");
  }

  @Test
  void overdueAboveHalfTheLimitMissesGradeCAndTheExplanationSaysSo() {
    // 60,000.00 overdue of a 100,000.00 limit: 60%, above C's 50%
    Exposure e = none().invoicedWithoutShipment(cny("60000.00"), LocalDate.of(2026, 3, 1));
    GradeProposal p =
        GradeReview.of(POLICY).propose(profile("A", "100000.00"), e, List.of(), TODAY);
    assertThat(p.explanation().toString())
        .contains(
            "grade C: at most 90 days late (met), overdue at most 50% of the limit (not met)");
  }

  @Test
  void aProposalIsApprovedOnOrAfterTheReviewDateOnly() {
    GradeProposal p =
        GradeReview.of(POLICY)
            .propose(
                profile("A", "100000.00"),
                none(),
                List.of(paid("INV-1", LocalDate.of(2026, 1, 31), 40)),
                TODAY);
    assertThat(p.approve(FINANCE, TODAY).grade()).isEqualTo(CreditGrade.of("C"));
    assertThatThrownBy(() -> p.approve(FINANCE, TODAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on 2026-03-30 must not be before the review date 2026-03-31");
  }

  @Test
  void rejectsAPaymentAfterTheReviewDateAndAnotherCustomersOrCurrencysExposure() {
    GradeReview review = GradeReview.of(POLICY);
    assertThatThrownBy(
            () ->
                review.propose(
                    profile("A", "100000.00"),
                    none(),
                    List.of(new PaymentRecord("INV-9", TODAY, TODAY.plusDays(1), cny("1.00"))),
                    TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payments[0] INV-9 was paid on 2026-04-01, after asOf 2026-03-31");
    assertThatThrownBy(
            () ->
                review.propose(
                    profile("A", "100000.00"),
                    Exposure.none(CustomerId.of("C-999"), CreditFixtures.CNY),
                    List.of(),
                    TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exposure is for C-999, profile for " + CUSTOMER);
    assertThatThrownBy(
            () ->
                review.propose(
                    profile("A", "100000.00"),
                    Exposure.none(CUSTOMER, CurrencyUnit.USD),
                    List.of(),
                    TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exposure currency USD differs from the policy's CNY");
  }
}
