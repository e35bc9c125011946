package dev.suanpan.core.pricing;

/**
 * How published standard offers stack when several apply to one line. They are always applied in
 * the order the {@link PricingPolicy} lists them; this says what each percent is taken of.
 */
public enum Stacking {
  /** Each percent offer is taken of the list price; the offers add up. */
  ON_LIST_PRICE,
  /** Each percent offer is taken of the price left after the offers before it. */
  ON_RUNNING_PRICE
}
