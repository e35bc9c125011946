package dev.suanpan.core.pricing;

/**
 * How a {@link Promotion} stacks with the published standard offers on a line. With the floating
 * (extra) discount it stacks as the promotion says ({@link Promotion#withExtraDiscount()}); either
 * way authority is checked on the extra discount only, never on offers or promotions.
 */
public enum PromotionStacking {
  /** On top of the standard offers, a percent taken of the price they leave. */
  WITH_OFFERS,

  /** The better of the promotion (a percent taken of the list price) and the offers, not both. */
  BEST_OF_OFFERS
}
