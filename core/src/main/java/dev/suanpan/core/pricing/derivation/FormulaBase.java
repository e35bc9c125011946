package dev.suanpan.core.pricing.derivation;

/** What a derived price is worked out from. */
public enum FormulaBase {
  /** The base list's price of the product (a list derived by ± a percent). */
  LIST_PRICE,

  /** The product's current unit cost, passed by the caller (cost plus a margin). */
  COST
}
