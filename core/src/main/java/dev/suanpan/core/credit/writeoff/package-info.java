/**
 * Bad-debt write-off and recovery (核销, 账销案存): {@link
 * dev.suanpan.core.credit.writeoff.BadDebtWriteOff} writes off a confirmed bad debt approved within
 * authority, returning a {@link dev.suanpan.core.credit.writeoff.WriteOffDecision}; the debt stays
 * on the memo register ({@link dev.suanpan.core.credit.writeoff.MemoRecord}), whose recoveries are
 * booked at once.
 */
package dev.suanpan.core.credit.writeoff;
