/**
 * The stock ledger of one item in one warehouse ({@link dev.suanpan.inventory.StockLedger}): its
 * movements ({@link dev.suanpan.inventory.Movement}: receipts, issues, returns, transfers,
 * stocktake adjustments), their valuation by the item's costing method, the journal entries they
 * yield (core's one journal model, {@link dev.suanpan.core.journal.JournalEntry}) and the reports
 * built from them (the stock card and the stock summary); a {@link dev.suanpan.inventory.StockBook}
 * holds the ledgers of many items and warehouses with the transfers linking them, so that a
 * re-valuation follows the goods. Receipt checks against purchase orders and direct shipments live
 * here too. Nothing here posts anything: every result is a value for the caller to store. The
 * engines' rules, with their stable ids, are the enums {@link dev.suanpan.inventory.PostingRule}
 * (the ledger), {@link dev.suanpan.inventory.ReceivingRule} ({@link
 * dev.suanpan.inventory.ReceivingCheck}) and {@link dev.suanpan.inventory.TransferRule} ({@link
 * dev.suanpan.inventory.Transfer}).
 */
package dev.suanpan.inventory;
