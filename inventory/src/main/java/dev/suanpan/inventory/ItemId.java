package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;

/**
 * Identifies a stock item (a part number, a SKU, a car model code) by the caller's own code.
 *
 * <p>Rejects a null or blank code.
 */
public record ItemId(String code) {
  /** Validates the code. */
  public ItemId {
    Arguments.notBlank(code, "code");
  }

  /** The item with this code. */
  public static ItemId of(String code) {
    return new ItemId(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
