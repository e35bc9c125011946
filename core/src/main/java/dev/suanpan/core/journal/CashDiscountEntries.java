package dev.suanpan.core.journal;

import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.terms.CashDiscount;
import dev.suanpan.money.terms.PartialPayment;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * The seller's journal entry for a receivable collected with a cash discount, by the gross method
 * of the Chinese standards (总价法: the sale is booked at the full price, the discount only when it is
 * taken, as a finance cost): Dr bank the amount received, Dr {@link LedgerAccount#CASH_DISCOUNT
 * financial expense — cash discounts} (财务费用—现金折扣) the discount, Cr accounts receivable the part of
 * the invoice settled. With no discount, Dr bank / Cr accounts receivable.
 *
 * <p>Rejects a blank reference, a negative discount, a discount above the receivable settled, and
 * amounts in different currencies.
 */
public final class CashDiscountEntries {
  private CashDiscountEntries() {}

  /**
   * The entry for an invoice paid in full on {@code discount}'s terms: the invoice amount settled,
   * the discount taken, dated the payment date.
   */
  public static JournalEntry collected(CashDiscount discount, String reference) {
    Arguments.notNull(discount, "discount");
    return collected(
        discount.paymentDate(), reference, discount.invoiceAmount(), discount.discount());
  }

  /**
   * The entry for a payment of part of an invoice: the part it settles ({@code payment / (1 − d)}),
   * the discount that earned, dated the payment date.
   */
  public static JournalEntry collected(PartialPayment payment, String reference) {
    Arguments.notNull(payment, "payment");
    return collected(payment.paymentDate(), reference, payment.credited(), payment.discount());
  }

  /**
   * The entry for {@code settled} of receivables collected on {@code date} less {@code discount}:
   * for a discount computed on another base than the receivable, such as the price excluding VAT
   * (计算现金折扣时不考虑增值税).
   *
   * @throws IllegalArgumentException naming {@code discount} when it is negative or above {@code
   *     settled}, {@code settled} when it is not positive, {@code reference} when blank
   */
  public static JournalEntry collected(
      LocalDate date, String reference, Money settled, Money discount) {
    Arguments.notNull(date, "date");
    Arguments.notBlank(reference, "reference");
    Arguments.positive(settled, "settled");
    Arguments.nonNegative(discount, "discount");
    Arguments.sameCurrency(settled, discount, "discount");
    Arguments.check(
        !discount.isGreaterThan(settled),
        "discount must not exceed the %s settled, was %s",
        settled,
        discount);
    JournalEntry.Builder e =
        JournalEntry.builder()
            .date(date)
            .reference(reference)
            .description(
                discount.isZero()
                    ? "Collected " + settled
                    : "Collected " + settled + " less cash discount " + discount)
            .debit(LedgerAccount.BANK, settled.minus(discount));
    if (discount.isPositive()) {
      e.debit(LedgerAccount.CASH_DISCOUNT, discount);
    }
    return e.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, settled).build();
  }
}
