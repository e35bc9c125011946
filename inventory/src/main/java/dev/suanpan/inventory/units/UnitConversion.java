package dev.suanpan.inventory.units;

import dev.suanpan.core.decision.Explanation;
import dev.suanpan.inventory.Movement;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * What {@link ItemUnits#convert} computed: the movement as given, the same movement in the item's
 * base unit, the factor used (base units in one unit of the movement) and the steps, one per {@link
 * UnitRule}. Made only by {@link ItemUnits}; rejects nothing of its own.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class UnitConversion {
  /** The movement as given, in its own unit. */
  public abstract Movement given();

  /** The same movement in the base unit, for the ledger. */
  public abstract Movement converted();

  /** Base units in one unit of {@link #given()}; 1 when it was in the base unit already. */
  public abstract BigDecimal factor();

  /** The steps of the conversion, one per {@link UnitRule}. */
  public abstract Explanation explanation();

  static UnitConversion of(Movement given, Movement converted, BigDecimal factor, Explanation why) {
    return ImmutableUnitConversion.builder()
        .given(given)
        .converted(converted)
        .factor(factor)
        .explanation(why)
        .build();
  }
}
