package dev.suanpan.inventory.negative;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The negative-stock policy set at each level: for the company (required; {@link
 * NegativeStockPolicy#REJECT} by {@link #rejectingByDefault()}), for warehouses, for items, and for
 * an item in one warehouse. {@link #resolve} gives the one a ledger uses, from the most specific
 * level set: the item in the warehouse, then the item, then the warehouse, then the company ({@link
 * NegativeStockRule}). {@link #policyFor} puts it into a {@link CostingPolicy}, {@link #open} opens
 * a ledger with it, and {@link #realign} re-values an existing ledger when its policy differs.
 * Rejects nulls (the builder, at once).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class NegativeStockSettings {
  /** The company's policy, when no more specific level is set. */
  public abstract NegativeStockPolicy company();

  /** Policies set for warehouses, for every item in them. */
  public abstract ImmutableMap<WarehouseId, NegativeStockPolicy> warehouses();

  /** Policies set for items, in every warehouse. */
  public abstract ImmutableMap<ItemId, NegativeStockPolicy> items();

  /** Policies set for an item in one warehouse. */
  public abstract ImmutableMap<ItemAtWarehouse, NegativeStockPolicy> itemsInWarehouses();

  /** The company rejecting negative stock, nothing else set. */
  public static NegativeStockSettings rejectingByDefault() {
    return builder().company(NegativeStockPolicy.REJECT).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing company policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NegativeStockSettings}; rejects what they reject. */
  public static final class Builder extends ImmutableNegativeStockSettings.Builder {
    Builder() {}
  }

  /** The policy of {@code item} in {@code warehouse}, and the level that set it. */
  public NegativeStockResolution resolve(ItemId item, WarehouseId warehouse) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    NegativeStockPolicy p = itemsInWarehouses().get(ItemAtWarehouse.of(item, warehouse));
    if (p != null) {
      return resolved(
          item, warehouse, p, NegativeStockRule.ITEM_IN_WAREHOUSE, "for the item there");
    }
    p = items().get(item);
    if (p != null) {
      return resolved(item, warehouse, p, NegativeStockRule.ITEM, "for the item");
    }
    p = warehouses().get(warehouse);
    if (p != null) {
      return resolved(item, warehouse, p, NegativeStockRule.WAREHOUSE, "for the warehouse");
    }
    return resolved(item, warehouse, company(), NegativeStockRule.COMPANY, "for the company");
  }

  private static NegativeStockResolution resolved(
      ItemId item,
      WarehouseId warehouse,
      NegativeStockPolicy p,
      NegativeStockRule rule,
      String at) {
    Explanation why =
        Explanation.builder().add(rule, "%s at %s: %s, set %s", item, warehouse, p, at).build();
    return NegativeStockResolution.of(item, warehouse, p, rule, why);
  }

  /** {@code base} with the negative-stock policy of {@code item} in {@code warehouse}. */
  public CostingPolicy policyFor(ItemId item, WarehouseId warehouse, CostingPolicy base) {
    Arguments.notNull(base, "base");
    NegativeStockPolicy p = resolve(item, warehouse).policy();
    return base.negativeStock() == p
        ? base
        : CostingPolicy.builder().from(base).negativeStock(p).build();
  }

  /** An empty ledger as {@link StockLedger#open}, valued by {@link #policyFor} of {@code base}. */
  public StockLedger open(
      ItemId item,
      WarehouseId warehouse,
      UnitOfMeasure unit,
      CurrencyUnit currency,
      CostingPolicy base) {
    return StockLedger.open(item, warehouse, unit, currency, policyFor(item, warehouse, base));
  }

  /**
   * {@code ledger} under the negative-stock policy its item and warehouse now resolve to ({@link
   * StockLedger#revalue}); refused when it now rejects negative stock that the movements reach.
   * When the policy is the same, no value changes.
   */
  public Posting realign(StockLedger ledger) {
    Arguments.notNull(ledger, "ledger");
    return ledger.revalue(policyFor(ledger.item(), ledger.warehouse(), ledger.policy()));
  }
}
