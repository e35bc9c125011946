package dev.suanpan.core.pricing;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.joda.money.Money;

/**
 * Totals of a set of {@link DiscountGrant}s: how many, on how much quantity, for how much.
 *
 * <p>Rejects a negative count, quantity or amount.
 */
public record GrantSummary(int count, BigDecimal quantity, Money amount) {
  /** Validates the totals. */
  public GrantSummary {
    Arguments.nonNegative(count, "count");
    Arguments.nonNegative(quantity, "quantity");
    Arguments.nonNegative(amount, "amount");
  }

  /** No grants, in the currency of {@code zero}. */
  static GrantSummary none(Money zero) {
    return new GrantSummary(0, BigDecimal.ZERO, zero);
  }

  /** These totals with {@code grant} added. */
  GrantSummary plus(DiscountGrant grant) {
    return new GrantSummary(count + 1, quantity.add(grant.quantity()), amount.plus(grant.amount()));
  }

  @Override
  public String toString() {
    return count + " grant(s), quantity " + quantity.toPlainString() + ", " + amount;
  }
}
