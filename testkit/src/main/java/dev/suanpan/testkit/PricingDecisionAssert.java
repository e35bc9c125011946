package dev.suanpan.testkit;

import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * AssertJ assertions on the {@link PricingDecision} of one quote line: {@code
 * assertThat(decision).hasNetAmount(money).needsApprovalBy(MARKETING_DIRECTOR)}, plus every
 * assertion on decisions. Failure messages print the figures and the decision's explanation.
 *
 * <p>Rejects null expected values.
 */
public class PricingDecisionAssert
    extends AbstractDecisionAssert<PricingDecisionAssert, PricingDecision> {
  /** Assertions on {@code actual}. */
  public PricingDecisionAssert(PricingDecision actual) {
    super(actual, PricingDecisionAssert.class);
  }

  private PricingDecisionAssert has(String what, Object actualValue, Object expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    if (!actualValue.equals(expected)) {
      failWithMessage(
          "Expected %s of %s but was %s; explanation:%n%s",
          what, expected, actualValue, actual.explanation());
    }
    return myself;
  }

  /** The line's list price (list unit price × quantity) is {@code expected}. */
  public PricingDecisionAssert hasListAmount(Money expected) {
    return has("a list amount", actual.listAmount(), expected);
  }

  /** The line's net amount (list amount less every discount) is {@code expected}. */
  public PricingDecisionAssert hasNetAmount(Money expected) {
    return has("a net amount", actual.netAmount(), expected);
  }

  /** The effective net price per unit, rounded by the policy, is {@code expected}. */
  public PricingDecisionAssert hasNetUnitPrice(Money expected) {
    return has("a net unit price", actual.effectiveUnitPrice(), expected);
  }

  /** All discount on the line (standard offers plus extra discount) is {@code expected}. */
  public PricingDecisionAssert hasDiscount(Money expected) {
    return has("a discount", actual.discount(), expected);
  }

  /** What the standard offers take off the line is {@code expected}. */
  public PricingDecisionAssert hasStandardOfferDiscount(Money expected) {
    return has("a standard offer discount", actual.standardOfferDiscount(), expected);
  }

  /** The extra discount, as the percent authority was checked on, is {@code expected}. */
  public PricingDecisionAssert hasExtraDiscountPercent(Percent expected) {
    return has("an extra discount percent", actual.extraDiscountPercent(), expected);
  }

  /** The line is not priced: its product is on no price list and has no named approval. */
  public PricingDecisionAssert isUnpriced() {
    isNotNull();
    if (actual.isPriced()) {
      failWithMessage(
          "Expected no price but the line was priced from %s at %s; explanation:%n%s",
          actual.priceSource().orElse(""), actual.netAmount(), actual.explanation());
    }
    return myself;
  }
}
