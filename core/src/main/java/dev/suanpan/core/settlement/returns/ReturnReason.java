package dev.suanpan.core.settlement.returns;

/**
 * Why goods come back (退货原因): 001 第二十九条 and 000 ⑻ accept returns for quality problems (质量异常) and
 * damage in transit, where the customer is compensated first; a policy may also accept returns for
 * a change of mind or goods damaged by the customer, with a deduction.
 */
public enum ReturnReason {
  /** A quality problem (质量异常). */
  QUALITY_DEFECT,
  /** Damaged in transit: compensate the customer first, then pursue the carrier. */
  DAMAGED_IN_TRANSIT,
  /** The customer changed their mind; the goods are resaleable. */
  CHANGE_OF_MIND,
  /** The goods come back damaged by the customer. */
  DAMAGED_BY_CUSTOMER
}
