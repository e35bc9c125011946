/**
 * Credit: what the credit engines share. The {@link dev.suanpan.core.credit.CreditPolicy} (grade
 * scale, ageing buckets, shares, authority), per-customer {@link
 * dev.suanpan.core.credit.CreditProfile}s on a {@link dev.suanpan.core.credit.CreditGrade} scale,
 * {@link dev.suanpan.core.credit.Receivable}s and {@link dev.suanpan.core.credit.PaymentRecord}s,
 * and the incrementally maintained {@link dev.suanpan.core.credit.Exposure}.
 *
 * <p>One package per engine: {@code check} (the order credit check), {@code ageing}, {@code
 * provision} (bad-debt provision), {@code writeoff} (write-off to the memo register, 账销案存, and
 * recovery), {@code invoice} and {@code commission} (the order-to-cash gates), {@code grade} (grade
 * review proposals) and {@code interest} (overdue interest). Their journal entries are {@link
 * dev.suanpan.core.journal.JournalEntry} values of the one journal model.
 *
 * <p>Everything is pure: dates are arguments, values are immutable, engines are thread-safe.
 */
package dev.suanpan.core.credit;
