package dev.suanpan.core.pricing;

/**
 * What an extra (special) discount percent is measured against when it is checked against
 * authority: 004 篇7 §7 states the limits as a share of the price (房价的1%).
 */
public enum DiscountBase {
  /** A percent of the list (base) price, before standard offers. */
  LIST_PRICE,
  /** A percent of the price after the published standard offers. */
  OFFER_PRICE
}
