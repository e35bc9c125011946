package dev.suanpan.inventory.costing;

/**
 * The inventory costing method set up in advance for an item (存货计价方法).
 *
 * <ul>
 *   <li>{@link #FIFO}: each inbound movement is a layer; issues take the oldest layers first. Units
 *       taken from a layer are valued at that layer's value in proportion to the units, and the
 *       last unit of a layer takes whatever value is left, so a layer is always used up exactly.
 *   <li>{@link #MOVING_AVERAGE}: the average is recomputed at every inbound movement; an issue is
 *       valued at the balance value in proportion to the units it takes, and an issue that empties
 *       the stock takes the whole balance value, so no rounding residue is left behind.
 *   <li>{@link #MONTHLY_AVERAGE}: the unit cost is known only at month end: (opening value +
 *       inbound value of the month) / (opening quantity + inbound quantity), rounded to the
 *       policy's unit-cost scale. Issues of the month are provisional until then and are valued at
 *       that unit cost, each rounded to the fen; the rounding difference of the unit cost stays in
 *       the ending inventory (期末结存倒挤). When the month ends with no stock, the last outbound
 *       movement of the month takes the difference instead, so an empty stock has no value.
 * </ul>
 */
public enum CostingMethod {
  /** First in, first out (先进先出法). */
  FIFO,
  /** Moving weighted average, recomputed at each receipt (移动加权平均法). */
  MOVING_AVERAGE,
  /** Month-end (full month) weighted average (全月一次加权平均法). */
  MONTHLY_AVERAGE
}
