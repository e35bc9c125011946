package dev.suanpan.core.credit.provision;

import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.credit.AgeingBasis;
import dev.suanpan.core.credit.AgeingBucket;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.ageing.AgeingLine;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.journal.Side;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Computes the bad-debt provision by ageing percentages (账龄分析法) and the adjusting amount against
 * last period's allowance. Immutable and thread-safe.
 *
 * <p>The required allowance is {@code Σ bucket receivables × bucket rate}, computed exactly and
 * rounded once with the policy's rounding; it is split back over the buckets with {@link
 * Allocation} so the lines add up. Because rates never fall with age (the policy checks it) and
 * there is a single rounding, the required allowance never decreases as the same receivables age.
 *
 * <p>The adjustment is approved within authority: the amount provided or released is routed from
 * the preparer's role on the policy's {@link CreditPolicy#provisionSubject() provision subject}
 * through {@link dev.suanpan.core.authority.AuthorityPolicy#route}, so a larger adjustment never
 * needs a more junior approver (see {@link ProvisionDecision}).
 *
 * <p>The allowance before adjustment normally has a credit balance. When the period's write-offs
 * exceeded it, it has a debit balance: say so with {@link Side#DEBIT} in {@link
 * #provide(AgeingReport, Money, Side, Role)}, and the adjustment provides the required allowance
 * plus the debit balance ({@code required - (-debit)}); the decision's {@link
 * ProvisionDecision#previous()} is then the balance as a negative amount. Without a side the
 * balance is a credit balance, as before.
 */
public final class BadDebtProvision {
  private final CreditPolicy policy;

  private BadDebtProvision(CreditPolicy policy) {
    this.policy = policy;
  }

  /** The provision under {@code policy}'s buckets, rates and rounding. */
  public static BadDebtProvision of(CreditPolicy policy) {
    return new BadDebtProvision(Arguments.notNull(policy, "policy"));
  }

  /**
   * The provision required by {@code ageing} and the adjustment against {@code previousAllowance},
   * the bad-debt allowance on the books from last period, prepared by the policy's {@link
   * CreditPolicy#creditRequester() credit function}, who needs the approval of the lowest superior
   * whose authority covers the adjustment.
   *
   * @throws IllegalArgumentException if the ageing was made with other buckets (or another basis)
   *     than the policy's, an amount is in another currency, or the previous allowance is negative
   */
  public ProvisionDecision provide(AgeingReport ageing, Money previousAllowance) {
    return provide(ageing, previousAllowance, policy.creditRequester());
  }

  /**
   * The provision required by {@code ageing} and the adjustment against {@code previousAllowance},
   * prepared by someone signing as {@code preparer}: allowed if the adjustment is zero or within
   * that role's own authority on the provision subject, else needing the lowest superior whose
   * authority covers it, else refused.
   *
   * @throws IllegalArgumentException if the ageing was made with other buckets (or another basis)
   *     than the policy's, an amount is in another currency, the previous allowance is negative, or
   *     {@code preparer} is not a role of the policy's authority matrix
   */
  public ProvisionDecision provide(AgeingReport ageing, Money previousAllowance, Role preparer) {
    return provide(ageing, previousAllowance, Side.CREDIT, preparer);
  }

  /**
   * The provision required by {@code ageing} and the adjustment against the allowance's balance
   * before adjustment, {@code balance} on {@code side}, prepared by the policy's {@link
   * CreditPolicy#creditRequester() credit function}. A {@link Side#DEBIT debit} balance (write-offs
   * beyond the allowance) is made good as well: with 50,000.00 required and a debit balance of
   * 10,000.00, 60,000.00 is provided.
   *
   * @throws IllegalArgumentException as {@link #provide(AgeingReport, Money, Side, Role)}
   */
  public ProvisionDecision provide(AgeingReport ageing, Money balance, Side side) {
    return provide(ageing, balance, side, policy.creditRequester());
  }

  /**
   * The provision required by {@code ageing} and the adjustment against the allowance's balance
   * before adjustment, {@code balance} on {@code side} ({@link Side#CREDIT} the usual credit
   * balance, {@link Side#DEBIT} a debit balance left when write-offs exceeded the allowance),
   * prepared by someone signing as {@code preparer}, approved as {@link #provide(AgeingReport,
   * Money, Role)} says. The decision's {@link ProvisionDecision#previous()} is the balance as a
   * credit: negative for a debit balance.
   *
   * @throws IllegalArgumentException if the ageing was made with other buckets (or another basis)
   *     than the policy's, an amount is in another currency, {@code balance} is negative (the side
   *     says which way it lies), {@code side} is null, or {@code preparer} is not a role of the
   *     policy's authority matrix
   */
  public ProvisionDecision provide(AgeingReport ageing, Money balance, Side side, Role preparer) {
    Arguments.notNull(side, "side");
    checkArguments(ageing, balance, preparer);
    Money previousAllowance = side == Side.CREDIT ? balance : balance.negated();
    Explanation.Builder why = Explanation.builder();
    ImmutableProvisionDecision.Builder result = ImmutableProvisionDecision.builder();
    Money required = buckets(ageing, why, result);
    Money adjustment = adjustment(required, previousAllowance, why);
    approve(adjustment, preparer, why, result);
    entry(ageing.asOf(), adjustment, result);
    return result
        .asOf(ageing.asOf())
        .required(required)
        .previous(previousAllowance)
        .adjustment(adjustment)
        .explanation(why.build())
        .build();
  }

  private void checkArguments(AgeingReport ageing, Money previousAllowance, Role preparer) {
    Arguments.notNull(ageing, "ageing");
    Arguments.notNull(preparer, "preparer");
    Arguments.check(
        policy.authority().roles().contains(preparer),
        "preparer %s is not a role of the authority policy %s",
        preparer.code(),
        policy.authority().roles());
    CurrencyUnit currency = policy.currency();
    Arguments.inCurrency(ageing.total(), currency, "ageing total");
    Arguments.inCurrency(
        Arguments.nonNegative(previousAllowance, "previousAllowance"),
        currency,
        "previousAllowance");
    List<AgeingBucket> buckets = new ArrayList<>();
    for (AgeingLine l : ageing.lines()) {
      buckets.add(l.bucket());
    }
    Arguments.check(
        ageing.basis() == policy.ageingBasis() && buckets.equals(policy.scheduleBuckets()),
        "ageing by %s with buckets %s must be by the policy's %s with its buckets %s",
        ageing.basis(),
        buckets,
        policy.ageingBasis(),
        policy.scheduleBuckets());
  }

  /**
   * {@link ProvisionRule#BUCKET}: the required allowance, computed exactly and rounded once, split
   * back over the buckets so the lines add up.
   */
  private Money buckets(
      AgeingReport ageing, Explanation.Builder why, ImmutableProvisionDecision.Builder result) {
    CurrencyUnit currency = policy.currency();
    BigMoney exact = BigMoney.zero(currency);
    List<BigDecimal> weights = new ArrayList<>();
    for (AgeingLine l : ageing.lines()) {
      BigMoney part = l.bucket().provisionRate().ofExact(l.amount().toBigMoney());
      weights.add(part.getAmount());
      exact = exact.plus(part);
    }
    Money required = policy.rounding().round(exact);
    List<Money> parts =
        exact.isZero()
            ? Collections.nCopies(weights.size(), Money.zero(currency))
            : Allocation.byWeights(required, weights);
    for (int i = 0; i < ageing.lines().size(); i++) {
      AgeingLine l = ageing.lines().get(i);
      result.addLines(new ProvisionLine(l.bucket(), l.amount(), parts.get(i)));
      why.add(
          ProvisionRule.BUCKET,
          describe(l.bucket(), ageing.basis())
              + ": "
              + l.amount()
              + " x "
              + l.bucket().provisionRate()
              + " = "
              + parts.get(i));
    }
    return required;
  }

  /**
   * {@link ProvisionRule#ADJUSTMENT}: the required allowance less last period's (plus a debit
   * balance, given as a negative previous allowance).
   */
  private static Money adjustment(
      Money required, Money previousAllowance, Explanation.Builder why) {
    Money adjustment = required.minus(previousAllowance);
    why.add(
        ProvisionRule.ADJUSTMENT,
        "required "
            + required
            + (previousAllowance.isNegative()
                ? " + debit balance " + previousAllowance.negated()
                : " - previous " + previousAllowance)
            + " = "
            + adjustment
            + (adjustment.isPositive()
                ? " to provide"
                : adjustment.isNegative() ? " to release" : ", no entry"));
    return adjustment;
  }

  /** The journal entry providing or releasing the adjustment; none if it is zero. */
  private static void entry(
      LocalDate asOf, Money adjustment, ImmutableProvisionDecision.Builder result) {
    if (adjustment.isPositive()) {
      result.entry(
          JournalEntry.of(
              asOf,
              "BDP-" + asOf,
              "Bad-debt provision as of " + asOf,
              LedgerAccount.CREDIT_IMPAIRMENT_LOSS,
              LedgerAccount.BAD_DEBT_ALLOWANCE,
              adjustment));
    } else if (adjustment.isNegative()) {
      result.entry(
          JournalEntry.of(
              asOf,
              "BDP-" + asOf,
              "Bad-debt provision released as of " + asOf,
              LedgerAccount.BAD_DEBT_ALLOWANCE,
              LedgerAccount.CREDIT_IMPAIRMENT_LOSS,
              adjustment.negated()));
    }
  }

  /** {@link ProvisionRule#AUTHORITY}: the adjustment is approved within authority. */
  private void approve(
      Money adjustment,
      Role preparer,
      Explanation.Builder why,
      ImmutableProvisionDecision.Builder r) {
    Subject subject = policy.provisionSubject();
    if (adjustment.isZero()) {
      why.add(ProvisionRule.AUTHORITY, "no adjustment, nothing to approve on " + subject);
      r.outcome(Outcome.ALLOWED);
      return;
    }
    Money amount = adjustment.abs();
    String what =
        "adjustment " + amount + (adjustment.isPositive() ? " to provide" : " to release");
    AuthorityRoute route =
        policy.authority().route(preparer, AuthorityRequest.ofAmount(subject, amount));
    if (route.withinOwnAuthority()) {
      why.add(
          ProvisionRule.AUTHORITY,
          what + " is within the authority of " + preparer + " on " + subject);
      r.outcome(Outcome.ALLOWED);
      return;
    }
    r.approval(route);
    if (route.beyondEveryAuthority()) {
      why.add(ProvisionRule.AUTHORITY, what + " is beyond every role's authority on " + subject);
      r.outcome(Outcome.REFUSED);
      return;
    }
    why.add(
        ProvisionRule.AUTHORITY,
        what
            + " is beyond the authority of "
            + preparer
            + " on "
            + subject
            + "; needs "
            + route.approver().orElseThrow());
    r.outcome(Outcome.NEEDS_APPROVAL);
  }

  private static String describe(AgeingBucket bucket, AgeingBasis basis) {
    if (bucket.notYetDue()) {
      return bucket.label();
    }
    return bucket.label() + (basis == AgeingBasis.DUE_DATE ? " days past due" : " days");
  }
}
