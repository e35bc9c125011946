package dev.suanpan.core.credit.commission;

import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * The commission gate (业务提成): commission is earned only on collected amounts, never without a
 * contract (没有合同的不预提成), and, if the policy says so, overdue receivables of the responsible
 * salesperson are offset against the commission due (逾期货款...抵扣提成). Immutable and thread-safe.
 *
 * <p>Rules: {@code commission.contract} (no contract: refused, nothing accrues); {@code
 * commission.collected} (earned = rate × collected, rounded; due = earned - already paid, never
 * below zero); {@code commission.overdue-offset} (offset = the smaller of due and the policy's
 * share of the overdue receivables, rounded).
 */
public final class CommissionGate {
  private final CreditPolicy policy;

  private CommissionGate(CreditPolicy policy) {
    this.policy = policy;
  }

  /** The gate under {@code policy}'s rounding and offset rule. */
  public static CommissionGate of(CreditPolicy policy) {
    return new CommissionGate(Arguments.notNull(policy, "policy"));
  }

  /**
   * What commission may be paid on {@code claim}.
   *
   * @throws IllegalArgumentException if the claim's amounts are not in the policy's currency
   */
  public CommissionDecision assess(CommissionClaim claim) {
    Arguments.notNull(claim, "claim");
    Arguments.inCurrency(claim.collected(), policy.currency(), "collected");
    Money zero = Money.zero(policy.currency());
    Explanation.Builder why = Explanation.builder();
    if (claim.contract().isEmpty()) {
      why.add(
          "commission.contract",
          "no contract for " + claim.salesperson() + ": no commission accrues");
      return ImmutableCommissionDecision.builder()
          .outcome(Outcome.REFUSED)
          .explanation(why.build())
          .earned(zero)
          .due(zero)
          .offset(zero)
          .payable(zero)
          .build();
    }
    Money earned = claim.rate().of(claim.collected(), policy.rounding());
    Money due =
        earned.isGreaterThan(claim.alreadyPaid()) ? earned.minus(claim.alreadyPaid()) : zero;
    why.add(
        "commission.collected",
        "contract "
            + claim.contract().get()
            + ": "
            + claim.rate()
            + " of collected "
            + claim.collected()
            + " = "
            + earned
            + ", already paid "
            + claim.alreadyPaid()
            + ", due "
            + due);
    Money offset = zero;
    if (policy.overdueCommissionOffset().isPresent() && claim.overdueReceivables().isPositive()) {
      Percent share = policy.overdueCommissionOffset().get();
      Money claimable = share.of(claim.overdueReceivables(), policy.rounding());
      offset = claimable.isLessThan(due) ? claimable : due;
      why.add(
          "commission.overdue-offset",
          share
              + " of overdue receivables "
              + claim.overdueReceivables()
              + " = "
              + claimable
              + "; offset "
              + offset
              + " against commission");
    }
    Money payable = due.minus(offset);
    Outcome outcome = payable.isPositive() ? Outcome.ALLOWED : Outcome.HELD;
    if (!payable.isPositive()) {
      why.add(
          "commission.nothing-payable",
          due.isZero()
              ? "nothing collected beyond what commission was paid on; waits for collection"
              : "all commission due is offset against overdue receivables");
    }
    return ImmutableCommissionDecision.builder()
        .outcome(outcome)
        .explanation(why.build())
        .earned(earned)
        .due(due)
        .offset(offset)
        .payable(payable)
        .build();
  }
}
