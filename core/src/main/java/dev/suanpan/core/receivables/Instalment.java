package dev.suanpan.core.receivables;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * One instalment of a payment schedule: its number (from 1), the date it falls due and its amount.
 *
 * @param number the instalment's number, from 1; rejects 0 or less
 * @param dueDate when it falls due; rejects null
 * @param amount what falls due; rejects a negative amount
 */
public record Instalment(int number, LocalDate dueDate, Money amount) {
  /** Rejects a number below 1, a null date and a negative amount. */
  public Instalment {
    Arguments.check(number >= 1, "instalment number must be at least 1, was %s", number);
    Arguments.notNull(dueDate, "dueDate");
    Arguments.nonNegative(amount, "amount");
  }

  @Override
  public String toString() {
    return "#" + number + " " + amount + " due " + dueDate;
  }
}
