/**
 * The one journal model of Suanpan (domain rules, section 6): a {@link
 * dev.suanpan.core.journal.LedgerAccount} (an open value: code, English and Chinese name, with
 * constants for the accounts the entries of 004 篇2, 002 §(八) and 000 name), a {@link
 * dev.suanpan.core.journal.JournalLine} (an account, a {@link dev.suanpan.core.journal.Side} and a
 * positive amount), a balanced {@link dev.suanpan.core.journal.JournalEntry} (date, document
 * reference, description, lines, and its analysis dimensions, 辅助核算, named by {@link
 * dev.suanpan.core.journal.Dimensions}) and a {@link dev.suanpan.core.journal.JournalSummary} of
 * the totals by account of any number of entries, all of them or those of one value of a dimension.
 *
 * <p>Every module that yields accounting entries (credit's provision, write-off and recovery;
 * inventory's receipts, issues, transfers, stocktake differences and month-end close; floor-plan
 * loans and repayments; rebate accruals and settlements) yields these types, so a caller adds up a
 * month of entries from all of them with one {@link dev.suanpan.core.journal.JournalSummary#of},
 * and by item, warehouse, customer or VIN with {@link
 * dev.suanpan.core.journal.JournalSummary#byDimension}. The library posts nothing: the caller books
 * the entries in its own ledger, mapping the accounts to its own chart where they differ.
 */
package dev.suanpan.core.journal;
