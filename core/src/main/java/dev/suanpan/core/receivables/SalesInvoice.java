package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

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
public abstract class SalesInvoice extends VatDocument {
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

  /** How the gross falls due. */
  public abstract PaymentTerms terms();

  /**
   * The dates of the terms' milestones other than the invoice date (which is {@link #date()}), such
   * as {@link Milestone#DELIVERY}.
   */
  public abstract ImmutableMap<Milestone, LocalDate> milestoneDates();

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
    contract().ifPresent(c -> Arguments.notBlank(c, "contract"));
    checkLines("invoice " + number());
    instalments();
  }

  @Override
  public String toString() {
    return "SalesInvoice{" + number() + " " + customer() + " " + date() + " " + gross() + "}";
  }
}
