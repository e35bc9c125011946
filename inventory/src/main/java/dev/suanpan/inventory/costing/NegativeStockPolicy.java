package dev.suanpan.inventory.costing;

/** What the ledger does with an outbound movement that goes beyond the stock on hand. */
public enum NegativeStockPolicy {
  /** Refuse the movement: the posting is a refused decision and the ledger is unchanged. */
  REJECT,
  /**
   * Accept it: the units beyond the stock are valued provisionally at the unit cost of the latest
   * inbound movement (zero if there was none), and the next inbound movement trues them up: the
   * difference between their cost out of that movement and the provisional value is booked to cost
   * of goods sold at that movement (a true-up). Under {@link CostingMethod#STANDARD standard cost}
   * the units are valued at the standard, which is their cost there, so nothing is trued up.
   */
  ALLOW_AND_TRUE_UP
}
