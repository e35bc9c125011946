package dev.suanpan.inventory.stocktake;

import dev.suanpan.inventory.StockLedger;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.joda.money.Money;

/**
 * What the book says of one item in the counted area: its quantity and value. Take it from the
 * item's {@link StockLedger} with {@link #of(StockLedger)}.
 */
public record BookEntry(BigDecimal quantity, Money value) {
  /** Validates both parts. */
  public BookEntry {
    Arguments.notNull(quantity, "quantity");
    Arguments.notNull(value, "value");
  }

  /** The ledger's quantity and value on hand. */
  public static BookEntry of(StockLedger ledger) {
    Arguments.notNull(ledger, "ledger");
    return new BookEntry(ledger.quantityOnHand(), ledger.valueOnHand());
  }
}
