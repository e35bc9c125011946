package dev.suanpan.inventory.reservation;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Goods expected in (an open purchase order line, a transfer on its way): the item, the warehouse,
 * the day they are due, the quantity and the document. Rejects nulls, a blank document and a
 * quantity that is not positive.
 */
public record ExpectedReceipt(
    ItemId item, WarehouseId warehouse, LocalDate due, BigDecimal quantity, String document) {
  /** Validates the parts. */
  public ExpectedReceipt {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    Arguments.notNull(due, "due");
    Arguments.positive(quantity, "quantity");
    Arguments.notBlank(document, "document");
  }
}
