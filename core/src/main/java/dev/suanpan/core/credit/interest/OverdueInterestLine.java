package dev.suanpan.core.credit.interest;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * The interest on one overdue receivable: the invoice, the amount charged on, from the due date to
 * the date counted to (the review date, or the day it was paid), the days charged and the interest.
 *
 * <p>Rejects nulls, a blank document, negative amounts and days.
 *
 * @param document the invoice
 * @param amount the overdue amount interest is charged on
 * @param dueDate the day it was due
 * @param to the last day counted
 * @param days the days charged
 * @param interest the interest, rounded once
 */
public record OverdueInterestLine(
    String document, Money amount, LocalDate dueDate, LocalDate to, long days, Money interest) {
  /** Validates the line. */
  public OverdueInterestLine {
    Arguments.notBlank(document, "document");
    Arguments.nonNegative(amount, "amount");
    Arguments.notNull(dueDate, "dueDate");
    Arguments.notNull(to, "to");
    Arguments.nonNegative(days, "days");
    Arguments.nonNegative(interest, "interest");
  }
}
