package dev.suanpan.core.settlement;

import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One amount the customer paid under a contract, and what it was for.
 *
 * <p>Rejects a null kind and a null or non-positive amount.
 */
public record Payment(PaymentKind kind, Money amount) {
  /** Validates both parts. */
  public Payment {
    Arguments.notNull(kind, "kind");
    Arguments.positive(amount, "amount");
  }

  /** A payment of {@code amount} for {@code kind}. */
  public static Payment of(PaymentKind kind, Money amount) {
    return new Payment(kind, amount);
  }
}
