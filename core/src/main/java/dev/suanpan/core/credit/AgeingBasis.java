package dev.suanpan.core.credit;

/**
 * The date an ageing schedule counts a receivable's days from, chosen by {@link
 * CreditPolicy#ageingBasis()}.
 *
 * <ul>
 *   <li>{@link #INVOICE_DATE}: days since the invoice date (账龄 from invoicing), every open
 *       receivable in one of the policy's buckets; the default.
 *   <li>{@link #DUE_DATE}: days past the due date (逾期天数); receivables not yet past their due date
 *       (due on or after the ageing date) go to a "not due" line of their own, placed before the
 *       policy's buckets and provided for at {@link CreditPolicy#notDueProvisionRate()}.
 * </ul>
 */
public enum AgeingBasis {
  /** Days since the invoice date. */
  INVOICE_DATE,
  /** Days past the due date, with a separate "not due" line for receivables still within term. */
  DUE_DATE
}
