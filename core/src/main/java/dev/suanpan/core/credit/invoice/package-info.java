/**
 * The invoice gate (回款开票): {@link dev.suanpan.core.credit.invoice.InvoiceGate} decides whether an
 * invoice may be issued given what has been collected, returning an {@link
 * dev.suanpan.core.credit.invoice.InvoiceDecision}.
 */
package dev.suanpan.core.credit.invoice;
