package dev.suanpan.core.credit;

import dev.suanpan.core.credit.grade.GradeReview;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;

/**
 * What a customer's payment history must show to be proposed for a grade in a {@link GradeReview}:
 * no payment in the review window more than {@code maxDaysLate} days late, and no more overdue now
 * than {@code maxOverdueShare} of the credit limit.
 *
 * <p>Rejects a null grade or share, a negative day count, and a share outside 0%–100%.
 *
 * @param grade the grade proposed when the history meets this criterion
 * @param maxDaysLate the most days late any payment in the window may have been
 * @param maxOverdueShare the largest overdue amount now, as a share of the credit limit
 */
public record GradeCriterion(CreditGrade grade, int maxDaysLate, Percent maxOverdueShare) {
  /** Validates the criterion. */
  public GradeCriterion {
    Arguments.notNull(grade, "grade");
    Arguments.nonNegative(maxDaysLate, "maxDaysLate");
    Arguments.notNull(maxOverdueShare, "maxOverdueShare");
    Arguments.check(
        !maxOverdueShare.isNegative() && !maxOverdueShare.isGreaterThan(Percent.HUNDRED),
        "maxOverdueShare must be between 0%% and 100%%, was %s",
        maxOverdueShare);
  }
}
