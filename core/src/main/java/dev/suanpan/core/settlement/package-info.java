/**
 * Refunds, returns, cancellations, penalties and compensation: what the settlement engines share.
 * Each engine has a package of its own:
 *
 * <ul>
 *   <li>{@link dev.suanpan.core.settlement.cancellation}: a cancelled sale or property subscription
 *       settled by stage and fault ({@link dev.suanpan.core.settlement.cancellation.Settlement}).
 *   <li>{@link dev.suanpan.core.settlement.returns}: a full or partial return of goods at the price
 *       actually paid per line ({@link dev.suanpan.core.settlement.returns.GoodsReturn}).
 *   <li>{@link dev.suanpan.core.settlement.service}: the pro-rata refund of an extended warranty or
 *       maintenance package ({@link dev.suanpan.core.settlement.service.ServiceContractRefund}).
 *   <li>{@link dev.suanpan.core.settlement.complaint}: compensation for a complaint, its approver
 *       by amount tier and the deductions charged to those responsible ({@link
 *       dev.suanpan.core.settlement.complaint.ComplaintCompensation}).
 *   <li>{@link dev.suanpan.core.settlement.penalty}: penalty interest on overdue instalments
 *       ({@link dev.suanpan.core.settlement.penalty.LatePaymentPenalties}).
 * </ul>
 *
 * <p>This package holds what several of them use: the payments under a contract ({@link
 * dev.suanpan.core.settlement.Payment}, {@link dev.suanpan.core.settlement.PaymentKind}), who is at
 * fault ({@link dev.suanpan.core.settlement.Fault}), costs incurred ({@link
 * dev.suanpan.core.settlement.IncurredCost}) and who signs off ({@link
 * dev.suanpan.core.settlement.SignOff}). Ready-made policies of the source documents are in {@link
 * dev.suanpan.core.presets}.
 *
 * <p>Every decision implements {@link dev.suanpan.core.decision.Decision} with an explanation of
 * the rules applied and their amounts. Of the money a customer paid, {@code refund + retained =
 * paid} exactly; anything a seller owes on top (a deposit returned twofold) is reported separately,
 * never mixed into the refund.
 */
package dev.suanpan.core.settlement;
