package dev.suanpan.testkit;

import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * AssertJ assertions on a {@link CreditDecision}: {@code
 * assertThat(decision).needsApproval().hasExcess(money)}, plus every assertion on decisions.
 * Failure messages print the figures and the decision's explanation.
 *
 * <p>Rejects null expected amounts.
 */
public class CreditDecisionAssert
    extends AbstractDecisionAssert<CreditDecisionAssert, CreditDecision> {
  /** Assertions on {@code actual}. */
  public CreditDecisionAssert(CreditDecision actual) {
    super(actual, CreditDecisionAssert.class);
  }

  private CreditDecisionAssert has(String what, Money actualAmount, Money expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    if (!actualAmount.equals(expected)) {
      failWithMessage(
          "Expected %s of %s but was %s; explanation:%n%s",
          what, expected, actualAmount, actual.explanation());
    }
    return myself;
  }

  /** The counted exposure with the order is {@code expected}. */
  public CreditDecisionAssert hasExposureAfter(Money expected) {
    return has("an exposure with the order", actual.exposureAfter(), expected);
  }

  /** The exposure with the order exceeds the limit by {@code expected} (zero within it). */
  public CreditDecisionAssert hasExcess(Money expected) {
    return has("an excess over the limit", actual.excess(), expected);
  }

  /** The receivables overdue past the grace days are {@code expected}. */
  public CreditDecisionAssert hasOverdue(Money expected) {
    return has("overdue receivables", actual.overdue(), expected);
  }

  /** The order waits on a cash-only basis for a payment of {@code expected}. */
  public CreditDecisionAssert awaitsPayment(Money expected) {
    return has("an awaited payment", actual.awaitedPayment(), expected);
  }
}
