package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatSplit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A sales invoice (销售发票) to a customer: its number, date, kind (special or ordinary VAT invoice),
 * the contract, order or dispatch it invoices, its lines with their VAT rates, where the VAT is
 * rounded ({@link VatBasis}), and the {@link PaymentTerms} that make its instalments. Post it to a
 * {@link ReceivablesLedger}, which applies the collected-share gate of an invoice against a
 * contract and books Dr accounts receivable / Cr revenue, Cr output VAT.
 *
 * <p>Rejects a blank number, no lines, lines in more than one currency, a total of zero, and terms
 * whose milestones (other than {@link Milestone#INVOICE}, the invoice date) have no date.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SalesInvoice {
  /** The invoice number; unique in a ledger among invoices and credit notes. */
  public abstract String number();

  /** The customer invoiced. */
  public abstract CustomerId customer();

  /** The invoice date. */
  public abstract LocalDate date();

  /** Special or ordinary VAT invoice. */
  public abstract InvoiceKind kind();

  /** The contract invoiced, if any: the ledger then applies the collected-share gate to it. */
  public abstract Optional<String> contract();

  /**
   * True if the invoice is for goods already shipped against an order (the shipment leaves the
   * customer's exposure as shipped-not-invoiced and becomes a receivable); false (the default) for
   * a service, a milestone or a sale invoiced as it is delivered.
   */
  @Value.Default
  public boolean forShippedGoods() {
    return false;
  }

  /** The salesperson responsible for collecting it, if known (for ageing and commission). */
  public abstract Optional<PersonId> salesperson();

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

  /** How the gross falls due. */
  public abstract PaymentTerms terms();

  /**
   * The dates of the terms' milestones other than the invoice date (which is {@link #date()}), such
   * as {@link Milestone#DELIVERY}.
   */
  public abstract ImmutableMap<Milestone, LocalDate> milestoneDates();

  /** Analysis dimensions of the whole invoice, added to every line's (the line's win). */
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

  /** The VAT of the document computed both ways; the invoice uses {@link #vatBasis()}. */
  public DocumentVat vat() {
    return linesVat().vat();
  }

  /** Each line's net, tax and gross under {@link #vatBasis()}; they add up to the totals. */
  public ImmutableList<VatSplit> lineSplits() {
    return linesVat().lineSplits();
  }

  /** The amount net of VAT. */
  public Money net() {
    return linesVat().net();
  }

  /** The output VAT. */
  public Money tax() {
    return linesVat().tax();
  }

  /** The amount including VAT: what the customer owes. */
  public Money gross() {
    return linesVat().gross();
  }

  /** The instalments of {@link #gross()} under {@link #terms()}; they add up to it. */
  @Value.Lazy
  public ImmutableList<Instalment> instalments() {
    Map<Milestone, LocalDate> dates = new HashMap<>(milestoneDates());
    dates.put(Milestone.INVOICE, date());
    return terms().schedule(gross(), dates);
  }

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalesInvoice}; rejects what {@link SalesInvoice} rejects. */
  public static final class Builder extends ImmutableSalesInvoice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.notEmpty(lines(), "lines");
    contract().ifPresent(c -> Arguments.notBlank(c, "contract"));
    for (int i = 0; i < lines().size(); i++) {
      Arguments.inCurrency(
          lines().get(i).vat().amount(), currency(), "invoice " + number() + " lines[" + i + "]");
    }
    Arguments.check(
        gross().isPositive(), "invoice %s must total more than zero, was %s", number(), gross());
    instalments();
  }

  @Override
  public String toString() {
    return "SalesInvoice{" + number() + " " + customer() + " " + date() + " " + gross() + "}";
  }
}
