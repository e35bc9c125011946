package dev.suanpan.inventory;

/**
 * What a stock movement is, which decides whether it brings goods in or takes them out, how it is
 * valued and which journal entry it yields.
 */
public enum MovementKind {
  /** A balance carried over from an earlier system, with its value. Goods in. */
  OPENING_BALANCE(true),
  /** Goods received against a purchase order, at the order's unit cost. Goods in. */
  RECEIPT(true),
  /** Goods released against an approved sales document (出仓单). Goods out. */
  SALE_ISSUE(false),
  /** Parts issued to a repair job against a requisition (领用清单). Goods out. */
  REPAIR_ISSUE(false),
  /**
   * Goods a customer brought back, at the cost they went out at (under standard cost, at the
   * current standard). Goods in.
   */
  CUSTOMER_RETURN(true),
  /** Goods sent back to the supplier. Goods out. */
  SUPPLIER_RETURN(false),
  /** Goods arriving from another warehouse, with the cost they left it at (转仓单). Goods in. */
  TRANSFER_IN(true),
  /** Goods leaving for another warehouse. Goods out. */
  TRANSFER_OUT(false),
  /** An approved stocktake surplus (盘盈), valued at the current cost. Goods in. */
  STOCKTAKE_SURPLUS(true),
  /** An approved stocktake shortage (盘亏), valued by the costing method. Goods out. */
  STOCKTAKE_SHORTAGE(false);

  private final boolean inbound;

  MovementKind(boolean inbound) {
    this.inbound = inbound;
  }

  /** True if the movement brings goods into the warehouse. */
  public boolean isInbound() {
    return inbound;
  }

  /** True if the movement is an issue (sale or repair), which the business counts as sold. */
  public boolean isIssue() {
    return this == SALE_ISSUE || this == REPAIR_ISSUE;
  }
}
