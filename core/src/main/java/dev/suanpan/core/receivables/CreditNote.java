package dev.suanpan.core.receivables;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A red-letter credit note (红字发票) against a posted sales invoice, for a return or an allowance: its
 * lines are the amounts credited (positive), with their VAT rates. Posted to a {@link
 * ReceivablesLedger} it reduces what the invoice's customer owes, latest instalment first, and
 * books Dr revenue, Dr output VAT / Cr accounts receivable. A credit note may credit no more than
 * the invoice still has open.
 *
 * <p>Rejects a blank number or invoice, no lines, lines in more than one currency and a total of
 * zero.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CreditNote extends VatDocument {
  /** The credit note's number; unique in a ledger among invoices and credit notes. */
  public abstract String number();

  /** The number of the invoice it credits. */
  public abstract String invoice();

  /** The date of the credit note. */
  public abstract LocalDate date();

  /** Return or allowance. */
  public abstract CreditReason reason();

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditNote}; rejects what {@link CreditNote} rejects. */
  public static final class Builder extends ImmutableCreditNote.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.notBlank(invoice(), "invoice");
    checkLines("credit note " + number());
  }

  @Override
  public String toString() {
    return "CreditNote{"
        + number()
        + " against "
        + invoice()
        + " "
        + reason()
        + " "
        + gross()
        + "}";
  }
}
