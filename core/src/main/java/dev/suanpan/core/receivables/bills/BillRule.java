package dev.suanpan.core.receivables.bills;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link BillRegister}, in the order a bill meets them, with the stable ids its
 * decisions' explanations carry.
 */
public enum BillRule implements Rule {
  /** A bill received from a customer pays its invoices and is kept in custody (002 §(六) 第二). */
  RECEIVED("bill.received"),
  /** Discounting and endorsing a bill are approved within authority (002 §(六) 第二, 四是). */
  AUTHORITY("bill.authority"),
  /** An endorsed bill pays a supplier: Dr accounts payable / Cr notes receivable. */
  ENDORSED("bill.endorsed"),
  /** A discounted bill yields its face less interest by days and rate, on a 360-day year. */
  DISCOUNTED("bill.discounted"),
  /** A bill discounted with recourse is a contingent liability until it is paid at maturity. */
  RECOURSE("bill.recourse"),
  /** A bill due is presented and collected at maturity (及时办理托收, 002 §(六) 第二, 三是). */
  COLLECTED("bill.collected"),
  /** A dishonoured bill puts the debt back on receivables, with interest. */
  DISHONOURED("bill.dishonoured"),
  /** A bill discounted with recourse and dishonoured is repaid to the bank that discounted it. */
  BANK_CLAIM("bill.bank-claim");

  private final String id;

  BillRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
