package dev.suanpan.core.settlement;

import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * A cost actually incurred because of a cancelled sale (agency fee, registration cancellation fee,
 * bank charges), which a policy may deduct from the refund in part or in full.
 *
 * <p>Rejects a blank description and a null or negative amount.
 */
public record IncurredCost(String description, Money amount) {
  /** Validates both parts. */
  public IncurredCost {
    Arguments.notBlank(description, "description");
    Arguments.nonNegative(amount, "amount");
  }

  /** A cost of {@code amount} described as {@code description}. */
  public static IncurredCost of(String description, Money amount) {
    return new IncurredCost(description, amount);
  }
}
