/**
 * Value-added tax (增值税): {@link dev.suanpan.money.tax.VatRate} rates as data (13%, 9%, 6%, 0%),
 * splitting a tax-inclusive amount into net + tax and grossing up a net amount ({@link
 * dev.suanpan.money.tax.VatSplit}, where net + tax = gross always), and line-level versus
 * document-level rounding of a whole document ({@link dev.suanpan.money.tax.VatComputation}) with
 * the difference between the two shown, never lost.
 */
package dev.suanpan.money.tax;
