/**
 * The monthly stocktake (盘点, 004 篇3): blind {@link dev.suanpan.inventory.stocktake.CountSheet count
 * sheets} per area, the {@link dev.suanpan.inventory.stocktake.Recount recount} by a second team,
 * finance's {@link dev.suanpan.inventory.stocktake.SamplingAudit sampling audit} (a share of
 * counted items traced to the book and of book items traced to the shelf, covering a share of the
 * stock's value; an error rate above the limit orders a recount of the area), and the surplus and
 * shortage {@link dev.suanpan.inventory.stocktake.VarianceNote notes}, valued at current cost, that
 * post only once approved ({@link dev.suanpan.inventory.stocktake.VarianceApproval}).
 *
 * <p>The engines are {@link dev.suanpan.inventory.stocktake.SamplingAudit} (giving an {@link
 * dev.suanpan.inventory.stocktake.AuditDecision}) and {@link
 * dev.suanpan.inventory.stocktake.VarianceApproval} (giving a {@link
 * dev.suanpan.inventory.stocktake.VarianceDecision}); their rules, in order, are {@link
 * dev.suanpan.inventory.stocktake.StocktakeRule}. The figures of 004 篇3 are the presets {@link
 * dev.suanpan.inventory.presets.FinanceSpotCheck} and {@link
 * dev.suanpan.inventory.presets.CustodianLiability}.
 */
package dev.suanpan.inventory.stocktake;
