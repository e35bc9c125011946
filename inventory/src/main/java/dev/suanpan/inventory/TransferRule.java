package dev.suanpan.inventory;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of {@link Transfer#move}, a transfer between warehouses (转仓单, 004 篇3); the two postings
 * otherwise follow the {@link PostingRule}s. The constant's {@link #id()} is the stable identifier
 * its step carries in an {@link dev.suanpan.core.decision.Explanation}.
 */
public enum TransferRule implements Rule {
  /** The source refused the outbound posting: nothing arrives at the destination (004 篇3). */
  REFUSED_AT_SOURCE("inventory.transfer");

  private final String id;

  TransferRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
