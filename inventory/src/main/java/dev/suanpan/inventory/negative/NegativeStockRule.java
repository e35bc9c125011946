package dev.suanpan.inventory.negative;

import dev.suanpan.core.decision.Rule;

/**
 * The levels a negative-stock policy is resolved from, most specific first; the first one set
 * decides. Each constant's {@link #id()} is the stable identifier its step carries in an {@link
 * dev.suanpan.core.decision.Explanation}.
 */
public enum NegativeStockRule implements Rule {
  /** A policy set for the item in this warehouse decides. */
  ITEM_IN_WAREHOUSE("negative-stock.item-in-warehouse"),
  /** Else a policy set for the item, in every warehouse. */
  ITEM("negative-stock.item"),
  /** Else a policy set for the warehouse, for every item. */
  WAREHOUSE("negative-stock.warehouse"),
  /** Else the company's policy. */
  COMPANY("negative-stock.company");

  private final String id;

  NegativeStockRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
