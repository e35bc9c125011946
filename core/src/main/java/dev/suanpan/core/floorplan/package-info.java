/**
 * Three-party floor-plan financing of new cars (三方协议贷款, 000 ⑹): the dealer, the manufacturer and a
 * bank sign an agreement under which the bank lends <b>70%</b> of a new car's purchase price and
 * the dealer pays the rest (about 30%) from its own funds; the car's certificate of conformity
 * (合格证) is pledged to the bank and released when the dealer repays the bank for that car; the
 * bank's list of pledged certificates must match the dealer's stock ledger every day
 * (确保银行存放的合格证与4s店库存信息动态保存一致).
 *
 * <p>{@link dev.suanpan.core.floorplan.FloorPlanPolicy} holds the bank's share, the rounding of the
 * loan and the bank's optional credit line. {@link dev.suanpan.core.floorplan.FloorPlan} is the
 * immutable register of the financed cars by {@link dev.suanpan.core.floorplan.Vin}: {@code
 * finance} returns a {@link dev.suanpan.core.floorplan.FinancingDecision} (refused when the credit
 * line would be exceeded), {@code repay} a {@link dev.suanpan.core.floorplan.Repayment} that
 * releases the certificate, and {@code reconcile} the daily {@link
 * dev.suanpan.core.floorplan.FloorPlanReconciliation} of the pledged certificates against the cars
 * in stock. Financing and repayment also give their {@link dev.suanpan.core.journal.JournalEntry}.
 *
 * <p>The engine is {@link dev.suanpan.core.floorplan.FloorPlan}; its rules, in order, are {@link
 * dev.suanpan.core.floorplan.FloorPlanRule}. The dealer's terms of 000 ⑹ (the bank lends 70%) are
 * the preset {@link dev.suanpan.core.presets.DealerFloorPlanTerms}.
 *
 * <p>Everything is pure: dates are arguments, values are immutable, operations return a new floor
 * plan and leave the old one as it was.
 */
package dev.suanpan.core.floorplan;
