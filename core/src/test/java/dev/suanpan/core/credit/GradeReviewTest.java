package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.FINANCE;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static dev.suanpan.core.credit.CreditFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.grade.GradeProposal;
import dev.suanpan.core.credit.grade.GradeReview;
import dev.suanpan.core.party.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeReviewTest {
  static final GradeReview REVIEW = GradeReview.of(POLICY);

  static PaymentRecord paid(String doc, LocalDate due, int daysLate) {
    return new PaymentRecord(doc, due, due.plusDays(daysLate), cny("10000.00"));
  }

  @Test
  void aCustomerWhoPaysOnTimeIsProposedForGradeA() {
    GradeProposal p =
        REVIEW.propose(
            profile("B", "100000.00"),
            none(),
            List.of(
                paid("INV-1", LocalDate.of(2026, 1, 31), 0),
                paid("INV-2", LocalDate.of(2026, 2, 28), 3)),
            TODAY);
    assertThat(p.proposed()).isEqualTo(CreditGrade.of("A"));
    assertThat(p.proposedTermDays()).isEqualTo(60);
    assertThat(p.isChange()).isTrue();
  }

  @Test
  void paymentsFortyDaysLateAreProposedForGradeC() {
    GradeProposal p =
        REVIEW.propose(
            profile("A", "100000.00"),
            none(),
            List.of(paid("INV-1", LocalDate.of(2026, 1, 31), 40)),
            TODAY);
    assertThat(p.proposed()).isEqualTo(CreditGrade.of("C"));
    assertThat(p.maxDaysLate()).isEqualTo(40);
    assertThat(p.explanation().toString())
        .contains("grade A: at most 5 days late (not met)")
        .contains("grade C: at most 90 days late (met)");
  }

  @Test
  void muchOverdueNowIsProposedForGradeD() {
    Exposure e = none().invoicedWithoutShipment(cny("60000.00"), LocalDate.of(2026, 3, 1));
    GradeProposal p = REVIEW.propose(profile("A", "100000.00"), e, List.of(), TODAY);
    assertThat(p.overdue()).isEqualTo(cny("60000.00"));
    assertThat(p.proposed()).isEqualTo(CreditGrade.of("D"));
    assertThat(p.explanation().toString()).contains("overdue is 60% of the limit");
  }

  @Test
  void paymentsOutsideTheReviewWindowDoNotCount() {
    GradeProposal p =
        REVIEW.propose(
            profile("B", "100000.00"),
            none(),
            List.of(paid("INV-0", LocalDate.of(2024, 1, 31), 200)),
            TODAY);
    assertThat(p.proposed()).isEqualTo(CreditGrade.of("A"));
  }

  @Test
  void theProposalChangesTheProfileOnlyWhenAPersonApprovesIt() {
    CreditProfile before = profile("A", "100000.00");
    GradeProposal p =
        REVIEW.propose(
            before, none(), List.of(paid("INV-1", LocalDate.of(2026, 1, 31), 40)), TODAY);
    assertThat(before.grade()).isEqualTo(CreditGrade.of("A"));
    PersonId approver = PersonId.of("credit-manager-zhao");
    CreditProfile after = p.approve(approver, TODAY.plusDays(1));
    assertThat(after.grade()).isEqualTo(CreditGrade.of("C"));
    assertThat(after.termDays()).isEqualTo(30);
    assertThat(after.approvedBy()).isEqualTo(approver);
    assertThat(after.limit()).isEqualTo(before.limit());
    assertThat(before.approvedBy()).isEqualTo(FINANCE);
  }
}
