package dev.suanpan.inventory.costing;

import dev.suanpan.money.Arguments;
import dev.suanpan.money.Rounding;
import org.immutables.value.Value;

/**
 * The costing choices of one item, set up in advance: the {@link CostingMethod}, the {@link
 * NegativeStockPolicy}, the {@link Rounding} of every cost to the currency's minor unit, and, for
 * the month-end average, the number of decimal places of the unit cost (2 by default: the unit cost
 * is rounded to the fen, as in the textbook; at most 6).
 *
 * <p>Rejects a rounding to a step other than the currency's minor unit (a cost is always kept to
 * the fen) and a unit-cost scale outside 0 to 6.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
public abstract class CostingPolicy {
  /** The costing method. */
  public abstract CostingMethod method();

  /** What to do with issues beyond the stock; rejected by default. */
  @Value.Default
  public NegativeStockPolicy negativeStock() {
    return NegativeStockPolicy.REJECT;
  }

  /** How every cost is rounded to the minor unit; {@link Rounding#FEN} (HALF_UP) by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** Decimal places of the month-end average unit cost; 2 by default. */
  @Value.Default
  public int averageUnitCostScale() {
    return 2;
  }

  /** A policy of {@code method} with the defaults: reject negative stock, round HALF_UP. */
  public static CostingPolicy of(CostingMethod method) {
    return builder().method(method).build();
  }

  /** A builder. */
  public static ImmutableCostingPolicy.Builder builder() {
    return ImmutableCostingPolicy.builder();
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        rounding().equals(Rounding.toMinorUnit(rounding().mode())),
        "rounding must round to the currency's minor unit, was %s",
        rounding());
    Arguments.check(
        averageUnitCostScale() >= 0 && averageUnitCostScale() <= 6,
        "averageUnitCostScale must be between 0 and 6, was %s",
        averageUnitCostScale());
  }
}
