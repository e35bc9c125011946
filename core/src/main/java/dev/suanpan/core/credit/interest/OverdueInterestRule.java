package dev.suanpan.core.credit.interest;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link OverdueInterest}, in the order it applies and explains them, with the
 * stable ids its explanations carry.
 */
public enum OverdueInterestRule implements Rule {
  /** Interest on an open receivable from its due date (逾期货款采取计息, 002 第一篇 §5). */
  OVERDUE_INTEREST("credit.overdue-interest"),
  /** Late-payment interest on a receivable paid after its due date (002 第一篇 §5). */
  LATE_PAYMENT("credit.late-payment"),
  /**
   * A fixed sum for recovery costs on each overdue debt, by the debt's band, in addition to the
   * interest (Directive 2011/7/EU art. 6); only when the policy has recovery-cost bands.
   */
  RECOVERY_COST("credit.recovery-cost");

  private final String id;

  OverdueInterestRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
