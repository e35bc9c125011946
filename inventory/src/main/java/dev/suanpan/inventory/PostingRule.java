package dev.suanpan.inventory;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of posting to a {@link StockLedger} (明细账, 004 篇2, 篇3), in the order {@link
 * StockLedger#post} and {@link StockLedger#revalue} apply them: first the four that refuse a
 * movement, then the steps that explain an allowed {@link Posting}. Each constant's {@link #id()}
 * is the stable identifier its step carries in a posting's {@link
 * dev.suanpan.core.decision.Explanation}.
 */
public enum PostingRule implements Rule {
  /** A document number the ledger already holds for the same kind is refused (a setting). */
  DUPLICATE_DOCUMENT("inventory.duplicate-document"),
  /** A movement dated in a closed month is refused: a closed month takes no back-dated movement. */
  MONTH_CLOSED("inventory.month-closed"),
  /**
   * An outbound movement carrying a given rate (a sample, an internal use at a set cost) is refused
   * unless the policy allows issues at a given rate (the moving average only).
   */
  GIVEN_RATE("inventory.given-rate"),
  /** An issue beyond the stock on hand is refused when the policy rejects negative stock. */
  NEGATIVE_STOCK("inventory.negative-stock"),
  /** The movement is valued by the costing method, with the balance after it (004 篇2). */
  POSTED("inventory.posted"),
  /**
   * Under standard cost a receipt enters at standard; the difference is purchase price variance.
   */
  PURCHASE_PRICE_VARIANCE("inventory.purchase-price-variance"),
  /** Under standard cost a change of standard re-values the stock on hand. */
  STANDARD_REVALUATION("inventory.standard-revaluation"),
  /** An inbound movement covering units issued beyond the stock trues up cost of goods sold. */
  TRUE_UP("inventory.true-up"),
  /** A back-dated movement re-values the movements after it, listing the changes to their cost. */
  BACK_DATED("inventory.back-dated"),
  /** The whole ledger re-valued under a new costing policy. */
  REVALUED("inventory.revalued"),
  /**
   * A posted movement cancelled: the ledger as if it had never been posted, what followed it
   * re-valued; refused into a closed month, below zero under a rejecting policy, or from under a
   * customer return.
   */
  CANCELLED("inventory.cancelled"),
  /**
   * A posted movement's quantity or cost amended: what follows it re-valued; refused as a
   * cancellation is.
   */
  AMENDED("inventory.amended");

  private final String id;

  PostingRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
