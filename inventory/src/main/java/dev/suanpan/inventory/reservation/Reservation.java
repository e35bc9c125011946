package dev.suanpan.inventory.reservation;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Stock held for one order line: the item, the warehouse and the quantity still reserved (in the
 * ledger's unit). Rejects a quantity that is not positive or has more than 4 decimal places.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Reservation {
  /** The order line it is held for. */
  public abstract OrderLineId orderLine();

  /** The item. */
  public abstract ItemId item();

  /** The warehouse. */
  public abstract WarehouseId warehouse();

  /** The quantity still reserved. */
  public abstract BigDecimal quantity();

  static Reservation of(OrderLineId line, ItemId item, WarehouseId warehouse, BigDecimal quantity) {
    return ImmutableReservation.builder()
        .orderLine(line)
        .item(item)
        .warehouse(warehouse)
        .quantity(quantity)
        .build();
  }

  @Value.Check
  void check() {
    Arguments.positive(quantity(), "quantity");
    Arguments.check(
        quantity().stripTrailingZeros().scale() <= 4,
        "quantity must have at most 4 decimal places, was %s",
        quantity());
  }
}
