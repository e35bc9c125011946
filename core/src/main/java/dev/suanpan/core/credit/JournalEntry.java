package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A balanced accounting entry, as data, for the caller's ledger to post: the provision for bad
 * debts, a write-off, a recovery after write-off.
 *
 * <p>Rejects an entry with fewer than two lines, mixed currencies, or debits that differ from the
 * credits.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
public abstract class JournalEntry {
  /** The posting date. */
  public abstract LocalDate date();

  /** What the entry records. */
  public abstract String description();

  /** The lines, debits first. */
  public abstract ImmutableList<JournalLine> lines();

  /** An entry of one debit and one credit of the same amount. */
  public static JournalEntry of(
      LocalDate date, String description, LedgerAccount debit, LedgerAccount credit, Money amount) {
    return ImmutableJournalEntry.builder()
        .date(date)
        .description(description)
        .addLines(JournalLine.debit(debit, amount), JournalLine.credit(credit, amount))
        .build();
  }

  /** The total of the debit lines. */
  public Money debits() {
    return sum(true);
  }

  /** The total of the credit lines. */
  public Money credits() {
    return sum(false);
  }

  private Money sum(boolean debit) {
    Money total = Money.zero(lines().get(0).amount().getCurrencyUnit());
    for (JournalLine l : lines()) {
      if (l.debit() == debit) {
        total = total.plus(l.amount());
      }
    }
    return total;
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(date(), "date");
    Arguments.notBlank(description(), "description");
    Arguments.check(lines().size() >= 2, "an entry needs at least two lines, was %s", lines());
    for (JournalLine l : lines()) {
      Arguments.inCurrency(l.amount(), lines().get(0).amount().getCurrencyUnit(), "line amount");
    }
    Arguments.check(
        debits().equals(credits()),
        "debits %s must equal credits %s in %s",
        debits(),
        credits(),
        lines());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(date() + " " + description());
    for (JournalLine l : lines()) {
      s.append("\n  ").append(l);
    }
    return s.toString();
  }
}
