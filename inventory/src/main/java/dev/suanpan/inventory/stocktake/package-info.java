/**
 * The monthly stocktake (盘点): blind {@link dev.suanpan.inventory.stocktake.CountSheet count sheets}
 * per area, the {@link dev.suanpan.inventory.stocktake.Recount recount} by a second team, finance's
 * {@link dev.suanpan.inventory.stocktake.SamplingAudit sampling audit} (20% of counted items traced
 * to the book, 30% of book items traced to the shelf, at least 50% of the stock's value covered,
 * more than 1% errors orders a recount of the area), and the surplus and shortage {@link
 * dev.suanpan.inventory.stocktake.VarianceNote notes}, valued at current cost, that post only once
 * approved ({@link dev.suanpan.inventory.stocktake.VarianceApproval}).
 */
package dev.suanpan.inventory.stocktake;
