/**
 * Refunds, returns, cancellations, penalties and compensation (domain rules, section 3).
 *
 * <ul>
 *   <li>{@link dev.suanpan.core.settlement.Settlement}: a cancelled sale or property subscription
 *       settled by stage and fault under a {@link dev.suanpan.core.settlement.SettlementPolicy}
 *       (deposit forfeited or returned twofold, deposit cap, liquidated damages, costs incurred,
 *       deed tax and maintenance fund collected on behalf, marketing director or general manager).
 *   <li>{@link dev.suanpan.core.settlement.GoodsReturn}: a full or partial return of goods at the
 *       price actually paid per line, with deductions, a return window and credit-note lines.
 *   <li>{@link dev.suanpan.core.settlement.ServiceContractRefund}: the pro-rata refund of an
 *       extended warranty or maintenance package, by days or by services used.
 *   <li>{@link dev.suanpan.core.settlement.ComplaintCompensation}: compensation for a complaint,
 *       the approver by amount tier and the deductions charged to the responsible staff or
 *       department.
 *   <li>{@link dev.suanpan.core.settlement.LatePaymentPenalties}: penalty interest on overdue
 *       instalments.
 *   <li>{@link dev.suanpan.core.settlement.SourcePolicies}: the sources' policies and roles.
 * </ul>
 *
 * <p>Every result implements {@link dev.suanpan.core.decision.Decision} with an explanation of the
 * rules applied and their amounts. Of the money a customer paid, {@code refund + retained = paid}
 * exactly; anything a seller owes on top (a deposit returned twofold) is reported separately, never
 * mixed into the refund.
 */
package dev.suanpan.core.settlement;
