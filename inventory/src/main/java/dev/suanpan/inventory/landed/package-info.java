/**
 * Landed costs: freight, duty, insurance and handling allocated to the receipts they belong to, by
 * value, quantity or weight, the shares adding up to the fen (largest remainder), and each share
 * added to its receipt's cost through {@link dev.suanpan.inventory.StockBook#amend}, so that what
 * is still on hand is re-valued and what was already issued reaches cost of goods sold by the
 * ledger's own costing method, and only what follows each receipt is re-valued. The engine is
 * {@link dev.suanpan.inventory.landed.LandedCosts}: {@link
 * dev.suanpan.inventory.landed.LandedCosts#allocate} computes a {@link
 * dev.suanpan.inventory.landed.LandedCostAllocation} (a report) and {@link
 * dev.suanpan.inventory.landed.LandedCosts#apply} gives a {@link
 * dev.suanpan.inventory.landed.LandedCostDecision}; its rules, in order, are {@link
 * dev.suanpan.inventory.landed.LandedCostRule}.
 */
package dev.suanpan.inventory.landed;
