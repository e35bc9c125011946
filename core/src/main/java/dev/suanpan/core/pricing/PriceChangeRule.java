package dev.suanpan.core.pricing;

import dev.suanpan.core.decision.Rule;

/**
 * The rules the {@link PriceChangeReview} applies to a base price change, in order (a base price is
 * set or changed only with the approval of someone with the authority, [002]), each with the stable
 * identifier its step in a {@link PriceChangeDecision}'s explanation carries.
 */
public enum PriceChangeRule implements Rule {
  /** The entry in force on the effective day carries the old price the change names. */
  LIST("price-change.list"),

  /** The size of the change: percent of the old price (rounded up) and amount per unit. */
  SIZE("price-change.size"),

  /** A new price under the entry's floor is refused whoever asks. */
  FLOOR("price-change.floor"),

  /** The change is within the requester's authority, else up its chain, else refused [002]. */
  AUTHORITY("price-change.authority");

  private final String id;

  PriceChangeRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
