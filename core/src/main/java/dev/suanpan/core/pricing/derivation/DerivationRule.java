package dev.suanpan.core.pricing.derivation;

import dev.suanpan.core.decision.Rule;

/**
 * The rules a {@link PriceListDeriver} applies to each entry of the base list, in the order it
 * applies them, each with the stable identifier its step in a {@link DerivedEntry}'s explanation
 * carries.
 */
public enum DerivationRule implements Rule {
  /** The base of the formula: the base list's price, or the product's current cost. */
  BASE("price-derivation.base"),

  /** The percent change on the base: a list price ± a percent, or the cost plus a margin. */
  CHANGE("price-derivation.change"),

  /** Rounding to a price point: the nearest price ending as the policy says (9.90, 19.90, ...). */
  PRICE_POINT("price-derivation.price-point"),

  /** The margin over the cost kept between the policy's least and most, when the cost is known. */
  MARGIN("price-derivation.margin"),

  /**
   * The derived entry keeps the base entry's floor, the price raised to it if under, unless the
   * policy lets the floor follow the price.
   */
  FLOOR("price-derivation.floor");

  private final String id;

  DerivationRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
