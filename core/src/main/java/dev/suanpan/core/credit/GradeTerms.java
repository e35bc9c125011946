package dev.suanpan.core.credit;

import dev.suanpan.money.internal.Arguments;

/**
 * What one grade allows: whether goods may be sold on credit (赊销) at all, the default payment term
 * in days, and whether credit at this grade needs a guarantee or collateral (担保、抵押).
 *
 * <p>Rejects a null grade, a negative term, and a term or a required guarantee for a grade that
 * allows no credit.
 *
 * @param grade the grade these terms are for
 * @param creditAllowed true if orders may be sold on credit at this grade
 * @param termDays the default payment term in days (0 for a cash-only grade)
 * @param guaranteeRequired true if credit at this grade needs a guarantee on file
 */
public record GradeTerms(
    CreditGrade grade, boolean creditAllowed, int termDays, boolean guaranteeRequired) {
  /** Validates the terms. */
  public GradeTerms {
    Arguments.notNull(grade, "grade");
    Arguments.nonNegative(termDays, "termDays");
    Arguments.check(
        creditAllowed || termDays == 0,
        "grade %s allows no credit, so termDays must be 0, was %s",
        grade,
        termDays);
    Arguments.check(
        creditAllowed || !guaranteeRequired,
        "grade %s allows no credit (creditAllowed false), so guaranteeRequired must be false",
        grade);
  }

  /** Credit allowed on a term of {@code termDays}, no guarantee needed. */
  public static GradeTerms credit(CreditGrade grade, int termDays) {
    return new GradeTerms(grade, true, termDays, false);
  }

  /** Credit allowed on a term of {@code termDays}, only with a guarantee on file. */
  public static GradeTerms creditWithGuarantee(CreditGrade grade, int termDays) {
    return new GradeTerms(grade, true, termDays, true);
  }

  /** No credit: orders go ahead only when prepaid (款到发货). */
  public static GradeTerms cashOnly(CreditGrade grade) {
    return new GradeTerms(grade, false, 0, false);
  }
}
