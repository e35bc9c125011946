package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A direct shipment (直运, 004 篇2): the supplier ships straight to the customer, so no stock moves;
 * the purchase invoice and the sales invoice are matched on item and quantity, and the purchase
 * cost becomes the cost of the sale. {@link #journal()} gives the purchase invoice's entry Dr goods
 * in transit + input VAT / Cr accounts payable, then the sales invoice's Dr cost of goods sold / Cr
 * goods in transit.
 *
 * <p>Rejects invoices that do not match (other quantity), amounts in mixed currencies, and negative
 * amounts.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
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

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DirectShipment}; rejects what {@link DirectShipment} rejects. */
  public static final class Builder extends ImmutableDirectShipment.Builder {
    Builder() {}
  }

  /**
   * The entries of the matched shipment: the purchase invoice's Dr goods in transit + input VAT /
   * Cr accounts payable, then the sales invoice's Dr cost of goods sold / Cr goods in transit (the
   * latter empty for a shipment of zero cost). Both carry the item and warehouse as their
   * dimensions.
   */
  public ImmutableList<JournalEntry> journal() {
    String what = " of " + item() + " (" + warehouse() + ")";
    JournalEntry.Builder purchase =
        Journal.builder(item(), warehouse())
            .date(date())
            .reference(purchaseInvoice())
            .description("Direct shipment bought" + what + ", sold on " + salesInvoice());
    if (purchaseCost().isPositive()) {
      purchase.debit(LedgerAccount.GOODS_IN_TRANSIT, purchaseCost());
    }
    if (inputVat().isPositive()) {
      purchase.debit(LedgerAccount.INPUT_VAT, inputVat());
    }
    Money payable = purchaseCost().plus(inputVat());
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    if (payable.isPositive()) {
      out.add(purchase.credit(LedgerAccount.ACCOUNTS_PAYABLE, payable).build());
    }
    if (purchaseCost().isPositive()) {
      out.add(
          Journal.builder(item(), warehouse())
              .date(date())
              .reference(salesInvoice())
              .description("Direct shipment delivered" + what + ", bought on " + purchaseInvoice())
              .debit(LedgerAccount.COST_OF_GOODS_SOLD, purchaseCost())
              .credit(LedgerAccount.GOODS_IN_TRANSIT, purchaseCost())
              .build());
    }
    return out.build();
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
