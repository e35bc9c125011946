package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;

/**
 * Identifies a warehouse (or a showroom counter, a parts store) by the caller's own code.
 *
 * <p>Rejects a null or blank code.
 */
public record WarehouseId(String code) {
  /** Validates the code. */
  public WarehouseId {
    Arguments.notBlank(code, "code");
  }

  /** The warehouse with this code. */
  public static WarehouseId of(String code) {
    return new WarehouseId(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
