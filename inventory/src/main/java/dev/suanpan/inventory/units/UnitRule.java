package dev.suanpan.inventory.units;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of a unit conversion ({@link ItemUnits#convert}), in the order they are applied. Each
 * constant's {@link #id()} is the stable identifier its step carries in an {@link
 * dev.suanpan.core.decision.Explanation}.
 */
public enum UnitRule implements Rule {
  /**
   * The quantity times the unit's factor is the quantity in the base unit, exact at the ledger's
   * quantity scale (4 places); a conversion that is not exact is refused.
   */
  QUANTITY_EXACT("units.quantity-exact"),
  /**
   * A receipt's unit cost is divided by the factor, at most 6 places, so that the receipt is worth
   * the same to the fen in either unit; a value carried by the movement travels unchanged.
   */
  VALUE_KEPT("units.value-kept");

  private final String id;

  UnitRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
