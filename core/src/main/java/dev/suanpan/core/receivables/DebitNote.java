package dev.suanpan.core.receivables;

import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A debit note: an amount a customer owes that no sales invoice carries, such as a dishonoured bill
 * put back on receivables with its interest, a dunning fee or interest charged on an overdue
 * invoice. Posted to a {@link ReceivablesLedger} it is one open instalment due on {@link
 * #dueDate()}. Entry: Dr accounts receivable / Cr {@link #account()}.
 *
 * <p>Rejects a blank number or description, an amount that is not positive and a due date before
 * the note's date.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DebitNote {
  /** The note's number; unique in a ledger among invoices, credit notes and debit notes. */
  public abstract String number();

  /** Who owes it. */
  public abstract CustomerId customer();

  /** The date of the note. */
  public abstract LocalDate date();

  /** When it falls due. */
  public abstract LocalDate dueDate();

  /** What it is for. */
  public abstract String description();

  /** The amount owed. */
  public abstract Money amount();

  /**
   * The account credited: {@link LedgerAccount#NOTES_RECEIVABLE} for a dishonoured bill, {@link
   * LedgerAccount#INTEREST_INCOME} for interest.
   */
  public abstract LedgerAccount account();

  /** The contract it belongs to, if any. */
  public abstract Optional<String> contract();

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DebitNote}; rejects what it rejects. */
  public static final class Builder extends ImmutableDebitNote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.notBlank(description(), "description");
    Arguments.positive(amount(), "debit note " + number() + " amount");
    Arguments.check(
        !dueDate().isBefore(date()),
        "debit note %s is due %s, before its date %s",
        number(),
        dueDate(),
        date());
    contract().ifPresent(c -> Arguments.notBlank(c, "contract"));
  }
}
