package dev.suanpan.inventory.landed;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of a landed cost ({@link LandedCosts}), in the order they are applied. Each constant's
 * {@link #id()} is the stable identifier its step carries in an {@link
 * dev.suanpan.core.decision.Explanation}.
 */
public enum LandedCostRule implements Rule {
  /**
   * The charge is split over the receipts it names in proportion to their value, quantity or
   * weight; the shares add up to the charge to the fen (largest remainder, ties to the earlier).
   */
  ALLOCATED("landed.allocated"),
  /**
   * A receipt's share must be carried by a unit cost of 6 places that makes the receipt worth
   * exactly its value plus the share; when none does (a quantity too large for a step of 0.000001
   * to hit the fen), the whole charge is refused.
   */
  NOT_EXACT("landed.not-exact"),
  /**
   * A ledger refuses the amended receipt (a closed month, negative stock under a rejecting policy):
   * the whole charge is refused, nothing is applied.
   */
  LEDGER_REFUSED("landed.ledger-refused"),
  /**
   * Each receipt is amended to its new unit cost: the stock still on hand is re-valued and the
   * issues after the receipt reach cost of goods sold by the costing method; only what follows the
   * receipt is re-valued.
   */
  REVALUED("landed.revalued");

  private final String id;

  LandedCostRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
