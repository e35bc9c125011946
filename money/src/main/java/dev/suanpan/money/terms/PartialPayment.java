package dev.suanpan.money.terms;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A payment of part of an invoice under cash-discount terms, from {@link
 * CashDiscountTerms#partialPayment}: within a discount period at {@code d} it settles {@code
 * payment / (1 − d)} of the invoice ({@link #credited()}), the difference being the discount taken;
 * outside every discount period it settles itself.
 *
 * <p>Rejects a credit below the payment or above the invoice amount, a discount with no tier, and
 * amounts in different currencies.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PartialPayment {
  /** The terms applied. */
  public abstract CashDiscountTerms terms();

  /** The invoice amount the terms apply to. */
  public abstract Money invoiceAmount();

  /** The invoice date. */
  public abstract LocalDate invoiceDate();

  /** The payment date. */
  public abstract LocalDate paymentDate();

  /** The amount paid. */
  public abstract Money payment();

  /** The tier the payment fell in; empty when it came after every discount period. */
  public abstract Optional<DiscountTier> tier();

  /** The part of the invoice the payment settles: {@code payment / (1 − d)}, rounded. */
  public abstract Money credited();

  /** The discount taken: {@code credited − payment}. */
  public Money discount() {
    return credited().minus(payment());
  }

  /** What is still owed on the invoice: {@code invoiceAmount − credited}. */
  public Money balance() {
    return invoiceAmount().minus(credited());
  }

  @Value.Check
  protected void check() {
    Arguments.sameCurrency(invoiceAmount(), payment(), "payment");
    Arguments.sameCurrency(invoiceAmount(), credited(), "credited");
    Arguments.check(
        !credited().isLessThan(payment()) && !credited().isGreaterThan(invoiceAmount()),
        "credited must be from the payment %s to the invoice amount %s, was %s",
        payment(),
        invoiceAmount(),
        credited());
    Arguments.check(
        tier().isPresent() || credited().equals(payment()),
        "credited must be the payment %s when no tier applies, was %s",
        payment(),
        credited());
  }

  /**
   * As text: {@code "CNY 400.00 paid 2024-07-19 under 2/10 settles CNY 408.16 of CNY 600.00
   * (discount CNY 8.16), CNY 191.84 still owed"}.
   */
  @Override
  public String toString() {
    return payment()
        + " paid "
        + paymentDate()
        + tier().map(t -> " under " + t).orElse(" after the discount periods")
        + " settles "
        + credited()
        + " of "
        + invoiceAmount()
        + " (discount "
        + discount()
        + "), "
        + balance()
        + " still owed";
  }
}
