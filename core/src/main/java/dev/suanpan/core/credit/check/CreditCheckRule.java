package dev.suanpan.core.credit.check;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link CreditCheck}, in the order it applies and explains them, with the stable
 * ids its explanations carry.
 */
public enum CreditCheckRule implements Rule {
  /** The counted exposure before the order and with it (002 §(二)). */
  EXPOSURE("credit.exposure"),
  /**
   * A customer's balance (货款余额) that covers the order releases it without credit; otherwise a
   * cash-only order waits for the payment (004 篇3).
   */
  PREPAID_BALANCE("credit.prepaid-balance"),
  /** A grade that allows no credit holds the order until it is paid (002 §(二)). */
  GRADE("credit.grade"),
  /** A customer who buys for cash only is held until the order is paid. */
  CASH_ONLY("credit.cash-only"),
  /**
   * Credit to a customer who needs a guarantee (new and foreign customers, grades that require one)
   * is held while none is on file (002 §(二)).
   */
  GUARANTEE("credit.guarantee"),
  /** An open invoice overdue by more than the policy's grace days holds new credit (002 第一篇 §5). */
  OVERDUE("credit.overdue"),
  /** The exposure with the order against the customer's credit limit (赊销限额, 002 §(二)). */
  LIMIT("credit.limit"),
  /** A signed approval whose role's authority covers the excess over the limit accepts it. */
  EXCESS_APPROVED("credit.excess-approved"),
  /** A signed approval that does not cover the excess over the limit is not accepted. */
  EXCESS_APPROVAL_INSUFFICIENT("credit.excess-approval-insufficient"),
  /**
   * An excess over the limit goes to the lowest role above the credit function whose authority
   * covers it, and is refused beyond every role's authority (002 §(六)).
   */
  APPROVAL("credit.approval");

  private final String id;

  CreditCheckRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
