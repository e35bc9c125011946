package dev.suanpan.core.credit.invoice;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link InvoiceGate}, in the order it applies and explains them, with the stable
 * ids its explanations carry.
 */
public enum InvoiceRule implements Rule {
  /**
   * An invoice is issued only once the policy's share of the price is collected (60%以上货款回收时方可开据发票,
   * 002 第一篇 §11).
   */
  COLLECTED_SHARE("invoice.collected-share");

  private final String id;

  InvoiceRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
