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
 *       movement of the month takes the difference instead, so an empty stock has no value. A month
 *       where the difference would leave a positive stock with a negative value values its ending
 *       stock at quantity × unit cost and splits the rest over its issues instead; a policy may ask
 *       for that in every month ({@link CostingPolicy#monthEndDifference()}, {@link
 *       MonthEndDifference}).
 *   <li>{@link #LIFO}: as FIFO, but issues take the newest layers first (perpetual LIFO).
 *   <li>{@link #STANDARD}: the stock is carried at the standard unit cost in effect on each date
 *       ({@link CostingPolicy#standardCosts()}), so after every movement its value is exactly the
 *       quantity on hand × that standard, rounded once by the policy's rounding; a movement moves
 *       the value by the difference of those products before and after it (for whole quantities and
 *       standards to the fen, simply quantity × standard), so an empty stock has no value and
 *       nothing is ever trued up. Every movement, in or out, is valued at the standard: issues,
 *       supplier returns, transfers out and stocktake shortages; stocktake surpluses; and customer
 *       returns, which come back at the current standard (the cost they went out at when the
 *       standard has not changed since). A receipt enters at the standard, and the difference from
 *       its actual cost (quantity × unit cost, rounded) is its purchase price variance (材料成本差异): Dr
 *       inventory (standard), Dr or Cr purchase price variance, Cr goods received not invoiced
 *       (actual). A transfer in and an opening balance, which bring their own value, enter at the
 *       standard likewise, the difference to the purchase price variance (for an opening balance,
 *       already on the books, the entry only moves the difference from inventory to the variance
 *       account). When the standard changes, the stock on hand at the end of the day before is
 *       re-valued to the new standard: a standard cost revaluation, Dr inventory / Cr purchase
 *       price variance for a rise (the reverse for a fall), so that inventory plus the variance
 *       account still hold the actual cost. The variance stays on its account; closing it to cost
 *       of goods sold is the caller's entry. A movement dated before the first standard is
 *       rejected.
 * </ul>
 */
public enum CostingMethod {
  /** First in, first out (先进先出法). */
  FIFO,
  /** Moving weighted average, recomputed at each receipt (移动加权平均法). */
  MOVING_AVERAGE,
  /** Month-end (full month) weighted average (全月一次加权平均法). */
  MONTHLY_AVERAGE,
  /** Standard cost with purchase price variance (标准成本法, 计划成本法). */
  STANDARD,
  /**
   * Last in, first out, perpetual (后进先出法): each inbound movement is a layer, and an issue takes the
   * newest layers with units left first, valued as FIFO values its layers (in proportion to the
   * units, the last unit of a layer taking what is left). Offered for US GAAP users; Chinese
   * standards (企业会计准则第1号——存货, 第十四条, since 2006) and IFRS (IAS 2, paragraph 25) do not allow it.
   * Where FIFO keeps a pointer to the oldest layer, LIFO's layers on hand form a stack that a
   * posting rebuilds from the first movement, so every posting costs time in proportion to the
   * ledger's length (about the cost of {@code revalue}); fine for ledgers of thousands of
   * movements, slow for millions.
   */
  LIFO
}
