package dev.suanpan.inventory.reservation;

import dev.suanpan.money.internal.Arguments;

/**
 * Names one line of a sales order (or repair order) that stock is reserved for, as {@code SO-1/2}.
 * Rejects a blank order and a line below 1.
 */
public record OrderLineId(String order, int line) {
  /** Validates the parts. */
  public OrderLineId {
    Arguments.notBlank(order, "order");
    Arguments.check(line >= 1, "line must be at least 1, was %s", line);
  }

  /** Line {@code line} of order {@code order}. */
  public static OrderLineId of(String order, int line) {
    return new OrderLineId(order, line);
  }

  @Override
  public String toString() {
    return order + "/" + line;
  }
}
