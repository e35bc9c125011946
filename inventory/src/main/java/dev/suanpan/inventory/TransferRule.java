package dev.suanpan.inventory;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of {@link Transfer#move}, a transfer between warehouses (转仓单, 004 篇3), and of a {@link
 * StockBook} following the goods across transfers; the postings otherwise follow the {@link
 * PostingRule}s. Each constant's {@link #id()} is the stable identifier its step carries in an
 * {@link dev.suanpan.core.decision.Explanation}.
 */
public enum TransferRule implements Rule {
  /** The source refused the outbound posting: nothing arrives at the destination (004 篇3). */
  REFUSED_AT_SOURCE("inventory.transfer"),
  /** A transfer's note is already a transfer of the item out of the same warehouse in the book. */
  NOTE_IN_USE("inventory.transfer-note-in-use"),
  /**
   * A transfer in takes its transfer out's cost: when the out is re-valued, the in and what follows
   * it in the receiving ledger are re-valued with it (004 篇3).
   */
  FOLLOWS_THE_GOODS("inventory.transfer-follows"),
  /**
   * A re-valuation that must follow the goods into a month the receiving ledger has closed (or
   * below zero there under a rejecting policy) is refused as a whole: nothing is posted.
   */
  CANNOT_FOLLOW("inventory.transfer-cannot-follow"),
  /**
   * Transfers that feed each other within a month under the month-end average must settle on one
   * cost; a loop that keeps changing it is refused as a whole.
   */
  NOT_SETTLED("inventory.transfer-not-settled");

  private final String id;

  TransferRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
