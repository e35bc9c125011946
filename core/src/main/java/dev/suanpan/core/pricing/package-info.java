/**
 * Pricing with floating discount authority: a {@link dev.suanpan.core.pricing.PricingPolicy} (price
 * lists, published standard offers and how they stack, the authority policy, floors, the bought-in
 * margin, quotas on special grants), the {@link dev.suanpan.core.pricing.Pricer} engine that turns
 * a {@link dev.suanpan.core.pricing.QuoteLine} or a whole {@link dev.suanpan.core.pricing.Quote}
 * into a {@link dev.suanpan.core.pricing.PricingDecision} or {@link
 * dev.suanpan.core.pricing.QuoteDecision} (with who signs the quote itself), the record of what was
 * granted ({@link dev.suanpan.core.pricing.DiscountGrant}, {@link
 * dev.suanpan.core.pricing.GrantRegister}), and base price changes decided against authority
 * ({@link dev.suanpan.core.pricing.PriceChange}, {@link
 * dev.suanpan.core.pricing.PriceChangePolicy}, {@link dev.suanpan.core.pricing.PriceChangeReview},
 * {@link dev.suanpan.core.pricing.PriceChangeDecision}) and applied as dated price list entries. A
 * special discount is possible only at the stages of the sale the policy allows (the subscription
 * stage in 004 篇7 §7). Entries and offers may carry quantity breaks ({@link
 * dev.suanpan.core.pricing.OfferBreak}); a policy may show each line's VAT ({@link
 * dev.suanpan.core.pricing.PricingVat}) and route a sale under the current cost ({@link
 * dev.suanpan.core.pricing.CostFloor}). Lists derived from a base list are made in {@code
 * dev.suanpan.core.pricing.derivation}.
 *
 * <p>The engines and their rules: {@link dev.suanpan.core.pricing.Pricer} applies {@link
 * dev.suanpan.core.pricing.PricingRule}; {@link dev.suanpan.core.pricing.PriceChangeReview} applies
 * {@link dev.suanpan.core.pricing.PriceChangeRule}. The property sales office's ready-made
 * authority (004 篇7 §7) is {@link dev.suanpan.core.presets.PropertyOfficeDiscountAuthority}.
 */
package dev.suanpan.core.pricing;
