/**
 * The commission gate (业务提成): {@link dev.suanpan.core.credit.commission.CommissionGate} decides
 * what commission of a {@link dev.suanpan.core.credit.commission.CommissionClaim} is payable,
 * returning a {@link dev.suanpan.core.credit.commission.CommissionDecision}.
 */
package dev.suanpan.core.credit.commission;
