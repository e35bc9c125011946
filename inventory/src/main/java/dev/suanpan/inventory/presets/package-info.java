/**
 * Ready-made inventory policies of the source documents, by business name, each citing the section
 * it comes from: {@link dev.suanpan.inventory.presets.MonthlyStocktake} (the count window and the
 * recount team, 004 篇3), {@link dev.suanpan.inventory.presets.FinanceSpotCheck} (finance's sampling
 * of the monthly count, 004 篇3) and {@link dev.suanpan.inventory.presets.CustodianLiability} (who
 * bears a stocktake loss, 004 篇3). The engines carry no example numbers; every figure of a preset
 * is a setting of its policy.
 */
package dev.suanpan.inventory.presets;
