/**
 * What is sold and at what base price: {@link dev.suanpan.core.catalog.Product}s identified by
 * {@link dev.suanpan.core.catalog.ProductId}, and {@link dev.suanpan.core.catalog.PriceList}s
 * giving each product a base (benchmark) price and a price floor for a customer group over a period
 * of validity; a price changed during that period keeps its old entry for the days before the
 * change.
 */
package dev.suanpan.core.catalog;
