/**
 * Late-payment penalties (滞纳金): penalty interest on the overdue instalments of a payment schedule.
 * The engine is {@link dev.suanpan.core.settlement.penalty.LatePaymentPenalties}; its decision
 * {@link dev.suanpan.core.settlement.penalty.LatePaymentDecision}. Its rules, in the order it
 * applies them: {@link dev.suanpan.core.settlement.penalty.LatePaymentRule}.
 */
package dev.suanpan.core.settlement.penalty;
