package dev.suanpan.core.credit;

/**
 * The parts of a customer's credit {@link Exposure}; a {@link CreditPolicy} says which of them
 * count.
 */
public enum ExposurePart {
  /** Invoiced and not yet paid (应收账款). */
  RECEIVABLES,
  /** Shipped (released from the warehouse) and not yet invoiced. */
  SHIPPED_NOT_INVOICED,
  /** Approved orders not yet shipped. */
  OPEN_ORDERS,
  /** Unapplied prepayments and deposits (货款余额, 定金); they reduce the exposure. */
  PREPAYMENTS
}
