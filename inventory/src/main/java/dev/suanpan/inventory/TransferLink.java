package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A transfer a {@link StockBook} knows (转仓单, 004 篇3): {@code quantity} of {@code item} moved from
 * warehouse {@code from} to warehouse {@code to} on {@code date} under transfer note {@code
 * document}. The transfer in at {@code to} is valued at the cost of the transfer out at {@code
 * from}. Rejects nulls, a blank document, a quantity that is not positive and a transfer from a
 * warehouse to itself.
 */
public record TransferLink(
    ItemId item,
    String document,
    WarehouseId from,
    WarehouseId to,
    LocalDate date,
    BigDecimal quantity) {
  /** Validates the link. */
  public TransferLink {
    Arguments.notNull(item, "item");
    Arguments.notBlank(document, "document");
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.notNull(date, "date");
    Arguments.positive(quantity, "quantity");
    Arguments.check(
        !from.equals(to),
        "transfer %s must be between two warehouses, was %s to itself",
        document,
        from);
  }
}
