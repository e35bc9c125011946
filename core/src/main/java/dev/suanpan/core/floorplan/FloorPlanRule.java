package dev.suanpan.core.floorplan;

import dev.suanpan.core.decision.Rule;

/**
 * The rules of the {@link FloorPlan}, in the order it applies them: {@link FloorPlan#finance} the
 * first three, {@link FloorPlan#reconcile} the last four. Each constant's {@link #id()} is the
 * stable identifier its steps carry in an {@link dev.suanpan.core.decision.Explanation}.
 */
public enum FloorPlanRule implements Rule {
  /** The bank lends its share of the price, rounded; the dealer pays the rest (000 ⑹). */
  SPLIT("floorplan.split"),
  /** The loans outstanding plus the new loan may not exceed the bank's credit line, if any. */
  CREDIT_LINE("floorplan.credit-line"),
  /** The financed car's certificate of conformity is pledged to the bank (000 ⑹). */
  PLEDGE("floorplan.pledge"),
  /** A pledged car no longer in stock was sold unrepaid: the dealer must repay its loan. */
  SOLD_UNREPAID("floorplan.sold-unrepaid"),
  /** A car in stock that was never financed under the floor plan. */
  NOT_FINANCED("floorplan.not-financed"),
  /** A car in stock whose loan was repaid and certificate released. */
  RELEASED_IN_STOCK("floorplan.released-in-stock"),
  /** The bank's pledged certificates match the stock, or the check is held (000 ⑹). */
  RECONCILED("floorplan.reconciled");

  private final String id;

  FloorPlanRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
