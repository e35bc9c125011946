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
 * stage in the sources).
 *
 * <p>{@link dev.suanpan.core.pricing.ExamplePricingPolicy} ships the numbers of the source
 * documents (sales manager 1% with a 15% quota, marketing director 3% with a 30% quota, general
 * manager beyond, 100 yuan margin on bought-in goods), every one of them configurable.
 */
package dev.suanpan.core.pricing;
