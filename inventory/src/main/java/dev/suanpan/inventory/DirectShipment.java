package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A direct shipment (直运, domain-rules §4.6): the supplier ships straight to the customer, so no
 * stock moves; the purchase invoice and the sales invoice are matched on item and quantity, and the
 * purchase cost becomes the cost of the sale. {@link #journal()} gives Dr goods in transit + input
 * VAT / Cr accounts payable, then Dr cost of goods sold / Cr goods in transit.
 *
 * <p>Rejects invoices that do not match (other quantity), amounts in mixed currencies, and negative
 * amounts.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
public abstract class DirectShipment {
  /** The date. */
  public abstract LocalDate date();

  /** The purchase invoice number. */
  public abstract String purchaseInvoice();

  /** The sales invoice number. */
  public abstract String salesInvoice();

  /** The item. */
  public abstract ItemId item();

  /** The warehouse (or business unit) the shipment is booked under. */
  public abstract WarehouseId warehouse();

  /** Units on the purchase invoice. */
  public abstract BigDecimal purchasedQuantity();

  /** Units on the sales invoice. */
  public abstract BigDecimal soldQuantity();

  /** The purchase cost, net of VAT. */
  public abstract Money purchaseCost();

  /** The input VAT on the purchase invoice. */
  public abstract Money inputVat();

  /** A builder. */
  public static ImmutableDirectShipment.Builder builder() {
    return ImmutableDirectShipment.builder();
  }

  /** The journal lines of the matched shipment. */
  public ImmutableList<JournalLine> journal() {
    ImmutableList.Builder<JournalLine> out = ImmutableList.builder();
    add(out, purchaseInvoice(), Account.GOODS_IN_TRANSIT, Account.ACCOUNTS_PAYABLE, purchaseCost());
    add(out, purchaseInvoice(), Account.INPUT_VAT, Account.ACCOUNTS_PAYABLE, inputVat());
    add(out, salesInvoice(), Account.COST_OF_GOODS_SOLD, Account.GOODS_IN_TRANSIT, purchaseCost());
    return out.build();
  }

  private void add(
      ImmutableList.Builder<JournalLine> out,
      String document,
      Account debit,
      Account credit,
      Money amount) {
    JournalLine line = JournalLine.of(date(), document, debit, credit, amount, item(), warehouse());
    if (line != null) {
      out.add(line);
    }
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(purchaseInvoice(), "purchaseInvoice");
    Arguments.notBlank(salesInvoice(), "salesInvoice");
    Arguments.positive(purchasedQuantity(), "purchasedQuantity");
    Arguments.check(
        purchasedQuantity().compareTo(soldQuantity()) == 0,
        "sales invoice %s of %s does not match purchase invoice %s of %s",
        salesInvoice(),
        soldQuantity().toPlainString(),
        purchaseInvoice(),
        purchasedQuantity().toPlainString());
    Arguments.nonNegative(purchaseCost(), "purchaseCost");
    Arguments.nonNegative(inputVat(), "inputVat");
    Arguments.sameCurrency(purchaseCost(), inputVat(), "inputVat");
  }
}
