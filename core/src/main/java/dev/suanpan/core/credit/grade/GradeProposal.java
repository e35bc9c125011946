package dev.suanpan.core.credit.grade;

import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A grade proposed by the credit function from a customer's payment history (信用部门提出等级调整), waiting
 * for a person with authority to approve it ({@link #approve}). Carries the profile it reviews, the
 * figures it used and why.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class GradeProposal {
  /** The profile under review. */
  public abstract CreditProfile current();

  /** The grade proposed. */
  public abstract CreditGrade proposed();

  /** The term in days that goes with the proposed grade under the policy. */
  public abstract int proposedTermDays();

  /** The most days any payment in the review window was late. */
  public abstract long maxDaysLate();

  /** Receivables overdue on the review date. */
  public abstract Money overdue();

  /** The review date. */
  public abstract LocalDate asOf();

  /** The criteria checked and their figures. */
  public abstract Explanation explanation();

  /** True if the proposed grade differs from the current one. */
  public boolean isChange() {
    return !proposed().equals(current().grade());
  }

  /**
   * The new profile once {@code approver} approves the proposal on {@code on}: the proposed grade
   * and its term, the same limit and flags, approved by {@code approver}.
   *
   * @throws IllegalArgumentException if {@code on} is before the review date
   */
  public CreditProfile approve(PersonId approver, LocalDate on) {
    Arguments.notNull(approver, "approver");
    Arguments.notNull(on, "on");
    Arguments.check(
        !on.isBefore(asOf()), "on %s must not be before the review date %s", on, asOf());
    return CreditProfile.builder()
        .from(current())
        .grade(proposed())
        .termDays(proposedTermDays())
        .approvedBy(approver)
        .approvedOn(on)
        .build();
  }
}
