/**
 * Interest on overdue receivables (逾期货款计息): {@link
 * dev.suanpan.core.credit.interest.OverdueInterest} charges interest on open and late-paid
 * receivables, returning an {@link dev.suanpan.core.credit.interest.OverdueInterestReport}.
 */
package dev.suanpan.core.credit.interest;
