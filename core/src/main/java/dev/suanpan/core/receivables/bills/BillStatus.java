package dev.suanpan.core.receivables.bills;

/**
 * Where a bill in a {@link BillRegister} stands. Every bill received is in exactly one status; only
 * a {@link #HELD} bill may be endorsed or discounted.
 */
public enum BillStatus {
  /** In custody, on the notes-receivable account, waiting for maturity. */
  HELD,
  /** Endorsed over (背书转让) to a supplier in payment; off the books. */
  ENDORSED,
  /**
   * Discounted (贴现) at a bank; off the books when without recourse, still on them (with the
   * contingent liability) until maturity when with recourse.
   */
  DISCOUNTED,
  /** Paid at maturity: to the business (托收), or to the bank that discounted it with recourse. */
  COLLECTED,
  /** Not paid at maturity (拒付): the debt is back on receivables. */
  DISHONOURED
}
