package dev.suanpan.core.receivables;

/** The kind of a VAT invoice (增值税发票). */
public enum InvoiceKind {
  /** A VAT special invoice (增值税专用发票): the buyer may deduct its tax as input VAT. */
  VAT_SPECIAL,
  /** A VAT ordinary invoice (增值税普通发票): for buyers who deduct no input VAT, such as consumers. */
  VAT_ORDINARY
}
