package dev.suanpan.inventory.landed;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.money.internal.Arguments;

/**
 * Names one posted receipt: the item, the warehouse and the receipt's document number. Rejects
 * nulls and a blank document.
 */
public record ReceiptRef(ItemId item, WarehouseId warehouse, String document) {
  /** Validates the parts. */
  public ReceiptRef {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    Arguments.notBlank(document, "document");
  }

  /** The receipt {@code document} of {@code item} at {@code warehouse}. */
  public static ReceiptRef of(ItemId item, WarehouseId warehouse, String document) {
    return new ReceiptRef(item, warehouse, document);
  }

  @Override
  public String toString() {
    return document + " (" + item + " at " + warehouse + ")";
  }
}
