package dev.suanpan.core.credit;

import dev.suanpan.core.credit.grade.GradeReview;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * One settled invoice in a customer's payment history: when it was due, when it was paid, and how
 * much. The input of a {@link GradeReview}.
 *
 * <p>Rejects nulls, a blank document and an amount that is not positive.
 *
 * @param document the invoice number
 * @param dueDate the day it was due
 * @param paidOn the day it was paid
 * @param amount the amount paid
 */
public record PaymentRecord(String document, LocalDate dueDate, LocalDate paidOn, Money amount) {
  /** Validates the record. */
  public PaymentRecord {
    Arguments.notBlank(document, "document");
    Arguments.notNull(dueDate, "dueDate");
    Arguments.notNull(paidOn, "paidOn");
    Arguments.positive(amount, "amount");
  }

  /** Days paid after the due date; zero when paid on time or early. */
  public long daysLate() {
    return Math.max(0, paidOn.toEpochDay() - dueDate.toEpochDay());
  }
}
