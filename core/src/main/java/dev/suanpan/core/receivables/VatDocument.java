package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatSplit;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What a {@link SalesInvoice} and a red-letter {@link CreditNote} share: lines at VAT rates, where
 * the VAT is rounded ({@link VatBasis}), how, the analysis dimensions, and the net, tax and gross
 * that follow. Only the documents of this package extend it.
 */
public abstract class VatDocument {
  VatDocument() {}

  /** The lines, in order. */
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

  /** Analysis dimensions of the whole document, added to every line's (the line's win). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> dimensions();

  /** The currency of the lines. */
  @Value.Lazy
  public CurrencyUnit currency() {
    return lines().get(0).vat().amount().getCurrencyUnit();
  }

  /**
   * Rejects no lines, lines in more than one currency and a total of zero, naming {@code what}
   * (such as {@code "invoice INV-1"}).
   */
  void checkLines(String what) {
    Arguments.notEmpty(lines(), "lines");
    for (int i = 0; i < lines().size(); i++) {
      Arguments.inCurrency(lines().get(i).vat().amount(), currency(), what + " lines[" + i + "]");
    }
    Arguments.check(gross().isPositive(), "%s must total more than zero, was %s", what, gross());
  }

  @Value.Lazy
  LinesVat linesVat() {
    return new LinesVat(lines(), vatBasis(), rounding());
  }

  /** The VAT of the document computed both ways; the document uses {@link #vatBasis()}. */
  public DocumentVat vat() {
    return linesVat().vat();
  }

  /** Each line's net, tax and gross under {@link #vatBasis()}; they add up to the totals. */
  public ImmutableList<VatSplit> lineSplits() {
    return linesVat().lineSplits();
  }

  /** The amount net of VAT (revenue). */
  public Money net() {
    return linesVat().net();
  }

  /** The output VAT. */
  public Money tax() {
    return linesVat().tax();
  }

  /** The amount including VAT: what the customer owes, or is credited. */
  public Money gross() {
    return linesVat().gross();
  }
}
