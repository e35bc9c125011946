package dev.suanpan.core.settlement.cancellation;

import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One amount kept from the money paid: why, and out of which kind of payment it comes.
 *
 * <p>Rejects nulls and a non-positive amount.
 */
public record Retained(RetentionReason reason, PaymentKind paidAs, Money amount) {
  /** Validates the parts. */
  public Retained {
    Arguments.notNull(reason, "reason");
    Arguments.notNull(paidAs, "paidAs");
    Arguments.positive(amount, "amount");
  }

  @Override
  public String toString() {
    return reason + " " + amount + " (paid as " + paidAs + ")";
  }
}
