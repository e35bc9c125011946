package dev.suanpan.core.receivables;

/** Why a red-letter credit note (红字发票) credits an invoice. */
public enum CreditReason {
  /** Goods came back (销售退回). */
  RETURN,
  /** The price was reduced after the sale (销售折让). */
  ALLOWANCE
}
