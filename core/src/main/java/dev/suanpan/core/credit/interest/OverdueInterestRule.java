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
  LATE_PAYMENT("credit.late-payment");

  private final String id;

  OverdueInterestRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
