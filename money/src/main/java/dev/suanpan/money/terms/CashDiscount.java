package dev.suanpan.money.terms;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The cash discount for one payment of an invoice, from {@link CashDiscountTerms#discountFor}: the
 * tier that applied (if any), the discount, the amount to pay and the net due date.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CashDiscount {
  /** The terms applied. */
  public abstract CashDiscountTerms terms();

  /** The invoice amount the discount is taken from. */
  public abstract Money invoiceAmount();

  /** The invoice date the days run from. */
  public abstract LocalDate invoiceDate();

  /** The payment date. */
  public abstract LocalDate paymentDate();

  /**
   * Days from the day after the date the terms count from (the invoice date, or the end of month
   * their {@link CashDiscountTerms#dating() dating} gives) to the payment date, inclusive; 0 for a
   * payment before that date.
   */
  public abstract long daysAfterInvoice();

  /** The tier that applied: the first whose days cover the payment; empty when none does. */
  public abstract Optional<DiscountTier> tier();

  /** The discount, rounded; zero when no tier applied. */
  public abstract Money discount();

  /** The invoice amount minus the discount. */
  public Money amountToPay() {
    return invoiceAmount().minus(discount());
  }

  /**
   * The date the full amount is due: the net days after the date the terms count from (the invoice
   * date, unless they are dated EOM or prox).
   */
  public LocalDate dueDate() {
    return terms().dating().start(invoiceDate()).plusDays(terms().netDays());
  }

  /** The last payment date for the tier that applied; empty when none applied. */
  public Optional<LocalDate> discountDeadline() {
    return tier().map(t -> terms().dating().start(invoiceDate()).plusDays(t.days()));
  }

  /** True when the payment comes after the net due date. */
  public boolean overdue() {
    return paymentDate().isAfter(dueDate());
  }

  @Value.Check
  protected void check() {
    Arguments.sameCurrency(invoiceAmount(), discount(), "discount");
    Arguments.check(
        tier().isPresent() || discount().isZero(),
        "discount must be zero when no tier applies, was %s",
        discount());
  }

  /**
   * As text: {@code "2/10 on CNY 10000.00 paid 2024-05-11 (10 days after 2024-05-01): discount CNY
   * 200.00, pay CNY 9800.00, due 2024-05-31"}.
   */
  @Override
  public String toString() {
    return tier().map(DiscountTier::toString).orElse("no discount")
        + " on "
        + invoiceAmount()
        + " paid "
        + paymentDate()
        + " ("
        + daysAfterInvoice()
        + " days after "
        + invoiceDate()
        + "): discount "
        + discount()
        + ", pay "
        + amountToPay()
        + ", due "
        + dueDate();
  }
}
