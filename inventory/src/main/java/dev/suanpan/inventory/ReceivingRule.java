package dev.suanpan.inventory;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of {@link ReceivingCheck#check}, checking a delivery against its purchase order line
 * (004 篇3), in the order it applies them. Each constant's {@link #id()} is the stable identifier
 * its step carries in the decision's {@link dev.suanpan.core.decision.Explanation}.
 */
public enum ReceivingRule implements Rule {
  /** A delivery of another item than the order line's is refused (004 篇3). */
  PO_MISMATCH("receipt.po-mismatch"),
  /** A delivery bringing the received quantity up to the ordered one is received. */
  WITHIN_ORDER("receipt.within-order"),
  /** A delivery over the order by no more than the tolerance is received (a setting). */
  WITHIN_TOLERANCE("receipt.within-tolerance"),
  /**
   * Beyond the tolerance it needs the written consent of an authorised person (004 篇3), up the
   * chain of authority; beyond every authority it is refused.
   */
  OVER_RECEIPT("receipt.over-receipt");

  private final String id;

  ReceivingRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
