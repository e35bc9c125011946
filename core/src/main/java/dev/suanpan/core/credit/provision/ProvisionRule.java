package dev.suanpan.core.credit.provision;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link BadDebtProvision}, in the order it applies and explains them, with the
 * stable ids its explanations carry.
 */
public enum ProvisionRule implements Rule {
  /** Each ageing bucket's receivables times its provision rate (账龄分析法, 002 §(八)). */
  BUCKET("provision.bucket"),
  /**
   * The required allowance less last period's (plus its debit balance, when write-offs exceeded
   * it): the amount to provide or to release.
   */
  ADJUSTMENT("provision.adjustment"),
  /** The adjustment is approved within authority (按照权限范围和审批程序进行审批, 002 §(八)). */
  AUTHORITY("provision.authority");

  private final String id;

  ProvisionRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
