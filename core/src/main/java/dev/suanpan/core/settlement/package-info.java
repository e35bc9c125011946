/**
 * Refunds, returns, cancellations, penalties and compensation (domain rules, section 3).
 *
 * <ul>
 *   <li>{@link dev.suanpan.core.settlement.Settlement}: a cancelled sale or property subscription
 *       settled by stage and fault under a {@link dev.suanpan.core.settlement.SettlementPolicy}
 *       (deposit forfeited or returned double, deposit cap, liquidated damages, costs incurred,
 *       deed tax and maintenance fund collected on behalf, marketing director or general manager).
 *   <li>{@link dev.suanpan.core.settlement.ComplaintCompensation}: compensation for a complaint,
 *       the approver by amount tier and the deduction charged to the responsible staff or
 *       department.
 *   <li>{@link dev.suanpan.core.settlement.ServiceContractRefund}: the pro-rata refund of an
 *       extended warranty or maintenance package, by days or by services used.
 * </ul>
 *
 * <p>Every result implements {@link dev.suanpan.core.decision.Decision} with an explanation of the
 * rules applied and their amounts. Of the money a customer paid, {@code refund + retained = paid}
 * exactly; anything a seller owes on top is reported separately.
 */
package dev.suanpan.core.settlement;
