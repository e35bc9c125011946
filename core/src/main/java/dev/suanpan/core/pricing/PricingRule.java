package dev.suanpan.core.pricing;

import dev.suanpan.core.decision.Rule;

/**
 * The rules the {@link Pricer} applies, in the order it applies them to a line (the quote's own
 * rules, {@link #DOCUMENT_DISCOUNT} and {@link #QUOTE}, frame the lines), each with the stable
 * identifier its step in a {@link PricingDecision}'s or {@link QuoteDecision}'s explanation
 * carries.
 */
public enum PricingRule implements Rule {
  /**
   * The list price: the customer group's own list before a list for everyone, valid that day [002].
   */
  LIST_PRICE("pricing.list-price"),

  /** A product on no price list is quoted only at a price agreed by named approvers (004 篇8). */
  OFF_LIST("pricing.off-list"),

  /**
   * A list entry's quantity breaks: the price of the highest break the whole quantity reaches, or
   * each band of the quantity at its own break (as ERP price lists and discount schemas do).
   */
  QUANTITY_BREAK("pricing.quantity-break"),

  /** Published standard offers apply without approval, stacked as the policy says (004 篇7 §7). */
  STANDARD_OFFER("pricing.standard-offer"),

  /** The standard offers together take at most the policy's cap off the list price (a setting). */
  OFFER_CAP("pricing.offer-cap"),

  /**
   * Promotions open on the day, for a coupon the quote presents or for everyone, within their usage
   * limits, stacked with the standard offers as each says; no approval needed.
   */
  PROMOTION("pricing.promotion"),

  /**
   * The extra (special) discount asked for: a percent, or a net unit price under the offer price.
   */
  EXTRA_DISCOUNT("pricing.extra-discount"),

  /** A quote's document discount, allocated over its lines in proportion to their net amounts. */
  DOCUMENT_DISCOUNT("pricing.document-discount"),

  /** A net amount below the floor (floor per unit × quantity) is refused whoever asks. */
  FLOOR("pricing.floor"),

  /** Bought-in goods keep at least the minimum margin over their purchase price (004 篇8). */
  BOUGHT_IN_MARGIN("pricing.bought-in-margin"),

  /**
   * A net under the current unit cost plus the policy's minimum margin needs the authority the
   * policy names (as ERP systems check the selling rate against the valuation rate).
   */
  COST_FLOOR("pricing.cost-floor"),

  /** An extra discount only at the stages of the sale the policy allows (004 篇7 §7). */
  STAGE("pricing.stage"),

  /** A role grants special discounts to at most its quota of the period's cases (004 篇7 §7). */
  QUOTA("pricing.quota"),

  /**
   * The extra discount is within the requester's authority, else up its chain, else refused [002].
   */
  AUTHORITY("pricing.authority"),

  /**
   * The line's VAT: a net amount on tax-inclusive list prices is split into net and VAT, else VAT
   * is added to it, each line rounded once through {@code money.tax}.
   */
  VAT("pricing.vat"),

  /** A quote is refused if any line is, else needs the most senior approver any line needs. */
  QUOTE("pricing.quote");

  private final String id;

  PricingRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
