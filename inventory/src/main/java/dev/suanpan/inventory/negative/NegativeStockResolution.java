package dev.suanpan.inventory.negative;

import dev.suanpan.core.decision.Explanation;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import org.immutables.value.Value;

/**
 * Which negative-stock policy an item in a warehouse has and the level that set it ({@link
 * #decidedBy()}), with the step saying so. Made only by {@link NegativeStockSettings#resolve}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class NegativeStockResolution {
  /** The item. */
  public abstract ItemId item();

  /** The warehouse. */
  public abstract WarehouseId warehouse();

  /** The policy its ledger uses. */
  public abstract NegativeStockPolicy policy();

  /** The level that set it. */
  public abstract NegativeStockRule decidedBy();

  /** The step that resolved it. */
  public abstract Explanation explanation();

  static NegativeStockResolution of(
      ItemId item,
      WarehouseId warehouse,
      NegativeStockPolicy policy,
      NegativeStockRule rule,
      Explanation why) {
    return ImmutableNegativeStockResolution.builder()
        .item(item)
        .warehouse(warehouse)
        .policy(policy)
        .decidedBy(rule)
        .explanation(why)
        .build();
  }
}
