package dev.suanpan.inventory.costing;

/**
 * Where the month-end average puts the rounding difference of its unit cost ({@link
 * CostingPolicy#monthEndDifference()}): the unit cost is rounded to the policy's {@link
 * CostingPolicy#averageUnitCostScale() scale}, so the month's issues valued at quantity × unit cost
 * and the ending stock valued the same way do not add up to the month's opening + inbound value;
 * one of the two takes the difference.
 *
 * <ul>
 *   <li>{@link #ENDING_INVENTORY} (the default, the textbook rule): 先算发出成本, 倒挤期末结存. Each outbound
 *       movement is valued at quantity × unit cost, rounded to the fen, and the ending stock takes
 *       what is left (期末结存倒挤). When the month ends with no stock, the last outbound movement of the
 *       month takes the difference instead, so an empty stock has no value. When the difference
 *       would leave a positive stock with a negative value (many issues, a small stock left), or
 *       make the last outbound movement of an emptied stock negative, that month falls back to
 *       {@link #ISSUES}; the {@link MonthEndClose#differenceTreatment() close} reports it.
 *   <li>{@link #ISSUES}: 先算期末结存, 倒挤发出成本. The ending stock is valued at ending quantity × unit cost,
 *       rounded to the fen (never below zero nor above the month's opening + inbound value while
 *       the stock is positive), and the rest of the month's value is the month's outbound cost,
 *       split over its outbound movements in proportion to their quantities by largest remainder
 *       (the rule of {@link dev.suanpan.money.Allocation}, ties going to the earlier movement), so
 *       they add up exactly. A month without outbound movements keeps the difference in its ending
 *       stock (there is nothing to put it on).
 * </ul>
 */
public enum MonthEndDifference {
  /** The rounding difference stays in ending inventory (期末结存倒挤): issues at unit cost. */
  ENDING_INVENTORY,
  /** The rounding difference goes to the month's issues (发出成本倒挤): ending stock at unit cost. */
  ISSUES
}
