package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;

/**
 * The unit an item is counted in ({@code pcs}, {@code kg}, {@code t}, {@code set}). A ledger keeps
 * one unit; a movement in another unit is rejected, so units stay uniform as the stocktake rules
 * demand. A movement in another unit of the item (boxes, a theoretical weight) is converted to the
 * ledger's unit first by {@link dev.suanpan.inventory.units.ItemUnits}.
 *
 * <p>Rejects a null or blank code.
 */
public record UnitOfMeasure(String code) {
  /** Pieces. */
  public static final UnitOfMeasure PIECES = new UnitOfMeasure("pcs");

  /** Validates the code. */
  public UnitOfMeasure {
    Arguments.notBlank(code, "code");
  }

  /** The unit with this code. */
  public static UnitOfMeasure of(String code) {
    return new UnitOfMeasure(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
