package dev.suanpan.core.credit;

import dev.suanpan.money.internal.Arguments;

/**
 * A credit grade (信用等级) on the user's own scale: {@code A}, {@code B}, {@code C}, {@code D} in the
 * shipped example, or any codes a business uses. What a grade allows (credit or cash only, the
 * term, a guarantee) is set per grade in the {@link CreditPolicy} by {@link GradeTerms}; the order
 * of the policy's grades is the scale, best first.
 *
 * <p>Rejects a null or blank code.
 */
public record CreditGrade(String code) {
  /** Validates the code. */
  public CreditGrade {
    Arguments.notBlank(code, "code");
  }

  /** The grade with this code. */
  public static CreditGrade of(String code) {
    return new CreditGrade(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
