/**
 * How an item's stock is valued: the {@link dev.suanpan.inventory.costing.CostingMethod} chosen in
 * advance (FIFO, moving weighted average, month-end weighted average, standard cost with purchase
 * price variance and its dated standards), what happens when an issue goes beyond the stock on hand
 * ({@link dev.suanpan.inventory.costing.NegativeStockPolicy}), and the rounding of costs, all held
 * in a {@link dev.suanpan.inventory.costing.CostingPolicy}; and the month-end close ({@link
 * dev.suanpan.inventory.costing.MonthEndClose}).
 */
package dev.suanpan.inventory.costing;
