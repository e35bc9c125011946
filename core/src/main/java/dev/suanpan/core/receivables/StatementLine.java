package dev.suanpan.core.receivables;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One document of a {@link ContractStatement}: an invoice or debit note, what it billed and what is
 * open.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StatementLine {
  /** The document's number. */
  public abstract String document();

  /** {@code invoice} or {@code debit note}. */
  public abstract String kind();

  /** The document's date. */
  public abstract LocalDate date();

  /** What it billed, including VAT. */
  public abstract Money billed();

  /** What is still open on it (after collections, credit notes and write-offs). */
  public abstract Money open();

  @Override
  public String toString() {
    return date() + " " + kind() + " " + document() + " billed " + billed() + ", open " + open();
  }
}
