package dev.suanpan.core.credit.interest;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * The interest on one overdue receivable: the invoice, the amount charged on, from the due date to
 * the date counted to (the review date, or the day it was paid), the days charged, the interest,
 * and the fixed sum for recovery costs the policy's {@link
 * dev.suanpan.core.credit.CreditPolicy#recoveryCostBands() bands} charge on it (zero without
 * bands).
 *
 * <p>Rejects nulls, a blank document, negative amounts and days, and a fixed sum in another
 * currency.
 *
 * @param document the invoice
 * @param amount the overdue amount interest is charged on
 * @param dueDate the day it was due
 * @param to the last day counted
 * @param days the days charged
 * @param interest the interest, rounded once
 * @param fixedSum the fixed sum for recovery costs charged on the debt, in addition to interest
 */
public record OverdueInterestLine(
    String document,
    Money amount,
    LocalDate dueDate,
    LocalDate to,
    long days,
    Money interest,
    Money fixedSum) {
  /** Validates the line. */
  public OverdueInterestLine {
    Arguments.notBlank(document, "document");
    Arguments.nonNegative(amount, "amount");
    Arguments.notNull(dueDate, "dueDate");
    Arguments.notNull(to, "to");
    Arguments.nonNegative(days, "days");
    Arguments.nonNegative(interest, "interest");
    Arguments.nonNegative(fixedSum, "fixedSum");
    Arguments.sameCurrency(interest, fixedSum, "fixedSum");
  }

  /** A line with interest and no fixed sum. */
  public OverdueInterestLine(
      String document, Money amount, LocalDate dueDate, LocalDate to, long days, Money interest) {
    this(
        document,
        amount,
        dueDate,
        to,
        days,
        interest,
        Money.zero(Arguments.notNull(interest, "interest").getCurrencyUnit()));
  }

  /** The interest plus the fixed sum. */
  public Money charged() {
    return interest.plus(fixedSum);
  }
}
