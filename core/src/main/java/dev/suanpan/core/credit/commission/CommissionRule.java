package dev.suanpan.core.credit.commission;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link CommissionGate}, in the order it applies and explains them, with the
 * stable ids its explanations carry.
 */
public enum CommissionRule implements Rule {
  /** No contract, no commission (没有合同的不预提成, 002 第一篇 §9). */
  CONTRACT("commission.contract"),
  /** Commission is earned on what has been collected, less what was already paid (002 第一篇 §9). */
  COLLECTED("commission.collected"),
  /**
   * The policy's share of the salesperson's overdue receivables is offset against the commission
   * due (002 第一篇 §5).
   */
  OVERDUE_OFFSET("commission.overdue-offset"),
  /** Nothing is payable: nothing new collected, or all of it offset. */
  NOTHING_PAYABLE("commission.nothing-payable");

  private final String id;

  CommissionRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
