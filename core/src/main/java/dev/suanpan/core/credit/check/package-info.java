/**
 * The order credit check (赊销审批): {@link dev.suanpan.core.credit.check.CreditCheck} decides whether
 * a {@link dev.suanpan.core.credit.check.CreditOrder} may go ahead given the customer's profile and
 * exposure, returning a {@link dev.suanpan.core.credit.check.CreditDecision}; an excess over the
 * limit goes to the authority matrix, and a signed {@link
 * dev.suanpan.core.credit.check.CreditApproval} covering it is accepted.
 */
package dev.suanpan.core.credit.check;
