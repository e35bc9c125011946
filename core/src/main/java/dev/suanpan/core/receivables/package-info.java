/**
 * Order to cash in the books: the receivables documents and the ledger that connects the credit
 * engines. A {@link dev.suanpan.core.receivables.SalesInvoice} (special or ordinary VAT invoice,
 * its instalments made by {@link dev.suanpan.core.receivables.PaymentTerms}), a red-letter {@link
 * dev.suanpan.core.receivables.CreditNote}, a {@link dev.suanpan.core.receivables.DebitNote}, a
 * {@link dev.suanpan.core.receivables.Collection} by cash, transfer or bill (paying the oldest due
 * first or the instalments named, keeping the rest as an advance), an {@link
 * dev.suanpan.core.receivables.AdvanceApplication} and the {@link
 * dev.suanpan.core.receivables.CollectionReversal} of a bounced payment are posted to the {@link
 * dev.suanpan.core.receivables.ReceivablesLedger}, which returns a {@link
 * dev.suanpan.core.receivables.ReceivablesPosting} with the new ledger and the journal entries. The
 * ledger is the one source of the customer's exposure (credit check), open items (ageing,
 * provision, write-off, overdue interest) and a contract's collected amount (invoice and commission
 * gates). It also gives the back office's reports of 003: the receivables detail by contract
 * ({@link dev.suanpan.core.receivables.ContractStatement}), the contract performance list by month,
 * quarter or year ({@link dev.suanpan.core.receivables.ContractPerformanceReport}), the sales
 * statistics by model, colour, engine number, configuration and customer ({@link
 * dev.suanpan.core.receivables.SalesReport}), the month-end summary with the secondary outlets'
 * pick-ups ({@link dev.suanpan.core.receivables.MonthEndReport}) and collections by region and
 * month ({@link dev.suanpan.core.receivables.RegionalCollectionsReport}). The rules are {@link
 * dev.suanpan.core.receivables.ReceivablesRule}.
 */
package dev.suanpan.core.receivables;
