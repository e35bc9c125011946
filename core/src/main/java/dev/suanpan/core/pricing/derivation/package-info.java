/**
 * Price lists derived from a base list (issue 21): a {@link
 * dev.suanpan.core.pricing.derivation.DerivationPolicy} (the base list's price ± a percent, or the
 * current cost plus a margin; a {@link dev.suanpan.core.pricing.derivation.PricePoint}; the least
 * and most margin over the cost; whether the floor may follow the price), the {@link
 * dev.suanpan.core.pricing.derivation.PriceListDeriver} engine applying {@link
 * dev.suanpan.core.pricing.derivation.DerivationRule}, and its {@link
 * dev.suanpan.core.pricing.derivation.DerivationReport}: the derived list, ready for a pricing
 * policy, and each {@link dev.suanpan.core.pricing.derivation.DerivedEntry} with its explanation.
 */
package dev.suanpan.core.pricing.derivation;
