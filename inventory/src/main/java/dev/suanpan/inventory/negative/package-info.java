/**
 * Negative stock set per item, per warehouse or for the company: the {@link
 * dev.suanpan.inventory.costing.NegativeStockPolicy} a ledger uses resolved from the most specific
 * level set (the item in the warehouse, the item, the warehouse, the company). The engine is {@link
 * dev.suanpan.inventory.negative.NegativeStockSettings} (giving a {@link
 * dev.suanpan.inventory.negative.NegativeStockResolution} report); its rules, in order, are {@link
 * dev.suanpan.inventory.negative.NegativeStockRule}.
 */
package dev.suanpan.inventory.negative;
