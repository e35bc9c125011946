/**
 * Bills receivable (应收票据): the bank and commercial acceptance bills customers pay with, from
 * receipt to maturity. The engine is the {@link dev.suanpan.core.receivables.bills.BillRegister},
 * the custody register (002 §(六) 第二): a {@link dev.suanpan.core.receivables.bills.BillReceivable}
 * is received against the customer's invoices (the register gives the collection by bill to post to
 * the {@link dev.suanpan.core.receivables.ReceivablesLedger}), listed in the maturity schedule,
 * collected at maturity, endorsed to a supplier or discounted at a bank (both approved within
 * authority), or dishonoured (the debt goes back to receivables with interest). Each step returns a
 * {@link dev.suanpan.core.receivables.bills.BillDecision} with its entries. The rules are {@link
 * dev.suanpan.core.receivables.bills.BillRule}.
 */
package dev.suanpan.core.receivables.bills;
