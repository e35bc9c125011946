package dev.suanpan.inventory.lots;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.List;

/**
 * How an issue takes its lots: the lots (or serials) it {@link Order#NAMED names}, in that order;
 * or all lots {@link Order#FIFO oldest first} (by first receipt, then as received); or {@link
 * Order#EXPIRY first to expire first} (lots without an expiry last, then oldest first). Rejects a
 * named pick without lots or naming one twice, and lots given to another order.
 */
public record LotPick(Order order, ImmutableList<LotId> lots) {
  /** The orders an issue may take lots in. */
  public enum Order {
    /** The lots the pick names, in that order. */
    NAMED,
    /** Oldest first: by the date of the lot's first receipt, then in the order received. */
    FIFO,
    /** First to expire first; lots without an expiry last; then oldest first. */
    EXPIRY
  }

  /** Validates the pick. */
  public LotPick {
    Arguments.notNull(order, "order");
    Arguments.notNull(lots, "lots");
    Arguments.check(
        order == Order.NAMED ? !lots.isEmpty() : lots.isEmpty(),
        "lots must be given for a NAMED pick and only for it, were %s for %s",
        lots,
        order);
    Arguments.check(
        lots.stream().distinct().count() == lots.size(),
        "lots must not name a lot twice, were %s",
        lots);
  }

  /** The lots (or serials) named, in this order. */
  public static LotPick named(List<LotId> lots) {
    return new LotPick(Order.NAMED, ImmutableList.copyOf(lots));
  }

  /** The one lot or serial named. */
  public static LotPick named(LotId lot) {
    return named(List.of(lot));
  }

  /** Oldest lots first. */
  public static LotPick fifo() {
    return new LotPick(Order.FIFO, ImmutableList.of());
  }

  /** First to expire first. */
  public static LotPick byExpiry() {
    return new LotPick(Order.EXPIRY, ImmutableList.of());
  }
}
