package dev.suanpan.inventory.negative;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.money.internal.Arguments;

/** An item in one warehouse, the most specific level of a setting. Rejects nulls. */
public record ItemAtWarehouse(ItemId item, WarehouseId warehouse) {
  /** Validates the parts. */
  public ItemAtWarehouse {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
  }

  /** {@code item} in {@code warehouse}. */
  public static ItemAtWarehouse of(ItemId item, WarehouseId warehouse) {
    return new ItemAtWarehouse(item, warehouse);
  }

  @Override
  public String toString() {
    return item + " at " + warehouse;
  }
}
