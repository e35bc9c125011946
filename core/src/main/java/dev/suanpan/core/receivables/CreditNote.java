package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatSplit;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

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
public abstract class CreditNote {
  /** The credit note's number; unique in a ledger among invoices and credit notes. */
  public abstract String number();

  /** The number of the invoice it credits. */
  public abstract String invoice();

  /** The date of the credit note. */
  public abstract LocalDate date();

  /** Return or allowance. */
  public abstract CreditReason reason();

  /** The amounts credited, in order. */
  public abstract ImmutableList<InvoiceLine> lines();

  /** Where the VAT is rounded; {@link VatBasis#LINE} by default. */
  @Value.Default
  public VatBasis vatBasis() {
    return VatBasis.LINE;
  }

  /** How the VAT is rounded; to the fen by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** Analysis dimensions of the whole note, added to every line's (the line's win). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> dimensions();

  /** The currency of the lines. */
  @Value.Derived
  public CurrencyUnit currency() {
    return lines().get(0).vat().amount().getCurrencyUnit();
  }

  @Value.Lazy
  LinesVat linesVat() {
    return new LinesVat(lines(), vatBasis(), rounding());
  }

  /** The VAT of the credit, computed both ways; the note uses {@link #vatBasis()}. */
  public DocumentVat vat() {
    return linesVat().vat();
  }

  /** Each line's net, tax and gross under {@link #vatBasis()}; they add up to the totals. */
  public ImmutableList<VatSplit> lineSplits() {
    return linesVat().lineSplits();
  }

  /** The revenue credited, net of VAT. */
  public Money net() {
    return linesVat().net();
  }

  /** The output VAT credited. */
  public Money tax() {
    return linesVat().tax();
  }

  /** The amount credited, including VAT. */
  public Money gross() {
    return linesVat().gross();
  }

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
    Arguments.notEmpty(lines(), "lines");
    for (int i = 0; i < lines().size(); i++) {
      Arguments.inCurrency(
          lines().get(i).vat().amount(),
          currency(),
          "credit note " + number() + " lines[" + i + "]");
    }
    Arguments.check(
        gross().isPositive(),
        "credit note %s must total more than zero, was %s",
        number(),
        gross());
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
