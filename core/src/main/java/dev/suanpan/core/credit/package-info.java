/**
 * Credit and the order-to-cash gates (domain rules, section 2): per-customer {@link
 * dev.suanpan.core.credit.CreditProfile}s on a grade scale, the {@link
 * dev.suanpan.core.credit.CreditPolicy}, incrementally maintained {@link
 * dev.suanpan.core.credit.Exposure}, the order check ({@link dev.suanpan.core.credit.CreditCheck}
 * returning a {@link dev.suanpan.core.credit.CreditDecision}), ageing, overdue interest, bad-debt
 * provision, write-off to the memo register (账销案存) and recovery, the invoice and commission gates,
 * and rule-based grade review proposals.
 *
 * <p>The provision, write-off and recovery entries are {@link
 * dev.suanpan.core.journal.JournalEntry} values of the one journal model, to be added up with every
 * other entry of the month.
 *
 * <p>Everything is pure: dates are arguments, values are immutable, engines are thread-safe.
 */
package dev.suanpan.core.credit;
