package dev.suanpan.inventory.costing;

/** What the ledger does with an outbound movement that goes beyond the stock on hand. */
public enum NegativeStockPolicy {
  /** Refuse the movement: the posting is a refused decision and the ledger is unchanged. */
  REJECT,
  /**
   * Accept it: the units beyond the stock are valued provisionally at the unit cost of the latest
   * inbound movement (before any, the policy's {@link CostingPolicy#unitCostBeforeAnyReceipt()},
   * else zero), and the next inbound movement trues them up: the difference between their cost out
   * of that movement and the provisional value is booked to cost of goods sold at that movement (a
   * true-up). Under {@link CostingMethod#STANDARD standard cost} the units are valued at the
   * standard, which is their cost there, so nothing is trued up.
   */
  ALLOW_AND_TRUE_UP,
  /**
   * Accept it as {@link #ALLOW_AND_TRUE_UP} does, but value the units beyond the stock
   * provisionally at the current average, as other ERPs do: the value on hand over the quantity on
   * hand just before the issue, or, while units are already owed, the unit cost those were valued
   * at; with nothing on hand and nothing owed, at the latest inbound cost. FIFO and the moving
   * average; the month-end average and standard cost value them by their method, as under {@link
   * #ALLOW_AND_TRUE_UP}.
   */
  ALLOW_AT_AVERAGE_AND_TRUE_UP
}
