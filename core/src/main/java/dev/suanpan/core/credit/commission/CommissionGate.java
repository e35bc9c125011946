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
    if (!contract(claim, why)) {
      return decision(Outcome.REFUSED, why, zero, zero, zero);
    }
    Money earned = claim.rate().of(claim.collected(), policy.rounding());
    Money due = collected(claim, earned, why);
    Money offset = overdueOffset(claim, due, why);
    Money payable = due.minus(offset);
    nothingPayable(due, payable, why);
    return decision(
        payable.isPositive() ? Outcome.ALLOWED : Outcome.HELD, why, earned, due, offset);
  }

  private static CommissionDecision decision(
      Outcome outcome, Explanation.Builder why, Money earned, Money due, Money offset) {
    return ImmutableCommissionDecision.builder()
        .outcome(outcome)
        .explanation(why.build())
        .earned(earned)
        .due(due)
        .offset(offset)
        .payable(due.minus(offset))
        .build();
  }

  /** {@link CommissionRule#CONTRACT}: true if the claim has a contract. */
  private static boolean contract(CommissionClaim claim, Explanation.Builder why) {
    if (claim.contract().isPresent()) {
      return true;
    }
    why.add(
        CommissionRule.CONTRACT,
        "no contract for " + claim.salesperson() + ": no commission accrues");
    return false;
  }

  /** {@link CommissionRule#COLLECTED}: the commission due, never below zero. */
  private Money collected(CommissionClaim claim, Money earned, Explanation.Builder why) {
    Money due =
        earned.isGreaterThan(claim.alreadyPaid())
            ? earned.minus(claim.alreadyPaid())
            : Money.zero(policy.currency());
    why.add(
        CommissionRule.COLLECTED,
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
    return due;
  }

  /** {@link CommissionRule#OVERDUE_OFFSET}: the overdue receivables' share offset, at most due. */
  private Money overdueOffset(CommissionClaim claim, Money due, Explanation.Builder why) {
    if (policy.overdueCommissionOffset().isEmpty() || !claim.overdueReceivables().isPositive()) {
      return Money.zero(policy.currency());
    }
    Percent share = policy.overdueCommissionOffset().get();
    Money claimable = share.of(claim.overdueReceivables(), policy.rounding());
    Money offset = claimable.isLessThan(due) ? claimable : due;
    why.add(
        CommissionRule.OVERDUE_OFFSET,
        share
            + " of overdue receivables "
            + claim.overdueReceivables()
            + " = "
            + claimable
            + "; offset "
            + offset
            + " against commission");
    return offset;
  }

  /** {@link CommissionRule#NOTHING_PAYABLE}: says why nothing is payable, if so. */
  private static void nothingPayable(Money due, Money payable, Explanation.Builder why) {
    if (payable.isPositive()) {
      return;
    }
    why.add(
        CommissionRule.NOTHING_PAYABLE,
        due.isZero()
            ? "nothing collected beyond what commission was paid on; waits for collection"
            : "all commission due is offset against overdue receivables");
  }
}
