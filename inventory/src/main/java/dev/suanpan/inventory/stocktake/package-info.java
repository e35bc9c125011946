/**
 * The monthly stocktake (盘点, 004 篇3 仓库盘点流程), in the order of the procedure: the {@link
 * dev.suanpan.inventory.stocktake.CountWindow count window} (the last days of the month, deliveries
 * stopped, the documents approved before it posted first); blind {@link
 * dev.suanpan.inventory.stocktake.CountSheet count sheets} per area, each area's first count set
 * against the {@link dev.suanpan.inventory.stocktake.Recount recount} of the {@link
 * dev.suanpan.inventory.stocktake.RecountTeam recount team} (the warehouse supervisor with others);
 * finance's {@link dev.suanpan.inventory.stocktake.SamplingAudit sampling audit} of the recounted
 * sheet (a share drawn from the goods and checked against the sheet, a share drawn from the sheet
 * and checked against the goods, covering a share of the stock's value; an error rate above the
 * limit orders a full recount of the area); and the surplus and shortage {@link
 * dev.suanpan.inventory.stocktake.VarianceNote notes}, valued at current cost, that post only once
 * reviewed by the finance supervisor and approved by the general manager ({@link
 * dev.suanpan.inventory.stocktake.VarianceApproval}).
 *
 * <p>The engines are {@link dev.suanpan.inventory.stocktake.CountWindow} (giving a {@link
 * dev.suanpan.inventory.stocktake.CountWindowDecision}), {@link
 * dev.suanpan.inventory.stocktake.SamplingAudit} (giving an {@link
 * dev.suanpan.inventory.stocktake.AuditDecision}) and {@link
 * dev.suanpan.inventory.stocktake.VarianceApproval} (giving a {@link
 * dev.suanpan.inventory.stocktake.VarianceDecision}); their rules, in order, are {@link
 * dev.suanpan.inventory.stocktake.StocktakeRule}. The figures of 004 篇3 are the presets {@link
 * dev.suanpan.inventory.presets.MonthlyStocktake}, {@link
 * dev.suanpan.inventory.presets.FinanceSpotCheck} and {@link
 * dev.suanpan.inventory.presets.CustodianLiability}.
 */
package dev.suanpan.inventory.stocktake;
