package dev.suanpan.core.settlement.service;

/** How the used part of a cancelled service contract is measured. */
public enum RefundBasis {
  /** By the days of cover elapsed out of the days of cover. */
  BY_DAYS,
  /** By the services used out of the services included. */
  BY_SERVICES,
  /**
   * By whichever of the two is used more: a package whose services are used up early, or whose
   * period has mostly run out, is charged for what it gave.
   */
  GREATER_USE,
  /**
   * By the months of cover used, each charged at the policy's {@link
   * ServiceRefundPolicy#monthlyListPrice() monthly list price} (the cancellation clause of many
   * service contracts: the months used are charged as if bought month by month), counted on the
   * policy's {@link ServiceRefundPolicy#monthBasis() month basis}; never more than the price.
   */
  BY_MONTHS
}
