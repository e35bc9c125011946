package dev.suanpan.core.credit.check;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.GradeTerms;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Checks an order against the customer's credit (赊销审批), in constant time given an incrementally
 * maintained {@link Exposure}. Built from a validated {@link CreditPolicy}; immutable and
 * thread-safe.
 *
 * <p>The rules ({@link CreditCheckRule}), in the order they are applied and explained:
 *
 * <ol>
 *   <li>{@code credit.exposure}: the counted exposure before and with the order.
 *   <li>{@code credit.prepaid-balance}: if the customer's balance (货款余额: prepayments less what is
 *       open) covers the order, it is released at once, whatever the grade; no credit is extended.
 *   <li>{@code credit.grade} / {@code credit.cash-only}: a grade that allows no credit, or a
 *       cash-only customer, holds the order until the awaited payment arrives.
 *   <li>{@code credit.guarantee}: credit for a customer that needs a guarantee (new and foreign
 *       customers; grades that require one) with none on file holds the order.
 *   <li>{@code credit.overdue}: an open invoice overdue by more than the grace days holds the
 *       order.
 *   <li>{@code credit.limit}: exposure with the order over the limit needs the approval of the
 *       lowest role above the credit function whose authority covers the excess ({@code
 *       credit.approval}); a signed {@link CreditApproval} covering it is accepted ({@code
 *       credit.excess-approved}); an excess beyond every authority is refused.
 * </ol>
 *
 * <p>Outcome: refused if the excess is beyond every authority, else held if any hold rule fired,
 * else needs approval if over the limit without an accepted approval, else released. So a payment
 * (which lowers the exposure or clears an overdue invoice) never makes the outcome stricter.
 */
public final class CreditCheck {
  private final CreditPolicy policy;
  private final AuthorityPolicy authority;

  private CreditCheck(CreditPolicy policy) {
    this.policy = policy;
    this.authority = policy.authority();
  }

  /** The check under {@code policy}. */
  public static CreditCheck of(CreditPolicy policy) {
    return new CreditCheck(Arguments.notNull(policy, "policy"));
  }

  /** The policy this check applies. */
  public CreditPolicy policy() {
    return policy;
  }

  /**
   * Decides whether {@code order} may go ahead on {@code asOf} for the customer of {@code profile},
   * whose current exposure (without this order) is {@code exposure}.
   *
   * @throws IllegalArgumentException if the profile, order and exposure are for different
   *     customers, an amount is not in the policy's currency, the order amount or the limit is
   *     beyond {@link Exposure#MAX_MINOR} minor units, or the profile's grade is not on the
   *     policy's scale
   */
  public CreditDecision check(
      CreditProfile profile, CreditOrder order, Exposure exposure, LocalDate asOf) {
    Arguments.notNull(profile, "profile");
    Arguments.notNull(order, "order");
    Arguments.notNull(exposure, "exposure");
    Arguments.notNull(asOf, "asOf");
    Arguments.check(
        order.customer().equals(profile.customer()) && exposure.customer().equals(order.customer()),
        "profile (%s), order (%s) and exposure (%s) must be for one customer",
        profile.customer(),
        order.customer(),
        exposure.customer());
    CurrencyUnit currency = policy.currency();
    Arguments.inCurrency(order.amount(), currency, "order amount");
    Arguments.inCurrency(profile.limit(), currency, "profile limit");
    GradeTerms terms = policy.termsOf(profile.grade());
    return new Run(profile, order, exposure, asOf, terms).decide();
  }

  /** One check of one order: its figures, the explanation and the decision being built. */
  private final class Run {
    private final CreditProfile profile;
    private final CreditOrder order;
    private final Exposure exposure;
    private final LocalDate asOf;
    private final GradeTerms terms;
    private final CurrencyUnit currency;
    private final long before;
    private final long after;
    private final long limit;
    private final Explanation.Builder why = Explanation.builder();
    private final CreditDecision.Builder decision = CreditDecision.builder();
    private boolean held;
    private boolean needsApproval;
    private boolean refused;

    Run(
        CreditProfile profile,
        CreditOrder order,
        Exposure exposure,
        LocalDate asOf,
        GradeTerms terms) {
      this.profile = profile;
      this.order = order;
      this.exposure = exposure;
      this.asOf = asOf;
      this.terms = terms;
      this.currency = policy.currency();
      // Each part of the exposure, the order and the limit are within Exposure.MAX_MINOR (10^18),
      // so the sums and differences below cannot overflow a long.
      this.before = exposure.totalMinor(policy);
      this.after = before + Exposure.boundedMinor(order.amount(), "order amount");
      this.limit = Exposure.boundedMinor(profile.limit(), "profile limit");
    }

    /** Applies the rules in the order of {@link CreditCheckRule}. */
    CreditDecision decide() {
      Money zero = Money.zero(currency);
      decision
          .document(order.document())
          .orderAmount(order.amount())
          .exposureBefore(money(before))
          .exposureAfter(money(after))
          .limit(profile.limit())
          .excess(zero)
          .overdue(zero)
          .awaitedPayment(zero);
      exposure();
      if (prepaidBalanceCovers()) {
        return decision(Outcome.ALLOWED);
      }
      if (!terms.creditAllowed() || profile.cashOnly()) {
        if (!terms.creditAllowed()) {
          grade();
        } else {
          cashOnly();
        }
        awaitPayment();
        return decision(Outcome.HELD);
      }
      guarantee();
      overdue();
      limit();
      return decision(
          refused
              ? Outcome.REFUSED
              : held ? Outcome.HELD : needsApproval ? Outcome.NEEDS_APPROVAL : Outcome.ALLOWED);
    }

    private CreditDecision decision(Outcome outcome) {
      return decision.outcome(outcome).explanation(why.build()).build();
    }

    private Money money(long minor) {
      return Money.ofMinor(currency, minor);
    }

    /** {@link CreditCheckRule#EXPOSURE}. */
    private void exposure() {
      why.add(
          CreditCheckRule.EXPOSURE,
          "exposure "
              + money(before)
              + " (receivables "
              + exposure.receivables()
              + ", shipped not invoiced "
              + exposure.shippedNotInvoiced()
              + ", open orders "
              + exposure.openOrders()
              + ", prepayments "
              + exposure.prepayments()
              + ") + order "
              + order.amount()
              + " = "
              + money(after));
    }

    /** {@link CreditCheckRule#PREPAID_BALANCE}: true if the balance covers the order. */
    private boolean prepaidBalanceCovers() {
      if (after > 0) {
        return false;
      }
      why.add(
          CreditCheckRule.PREPAID_BALANCE,
          "balance "
              + money(-before)
              + " covers order "
              + order.amount()
              + "; released without credit");
      return true;
    }

    /** {@link CreditCheckRule#GRADE}: the grade allows no credit. */
    private void grade() {
      why.add(CreditCheckRule.GRADE, "grade " + profile.grade() + " allows no credit");
    }

    /** {@link CreditCheckRule#CASH_ONLY}: the customer buys for cash only. */
    private void cashOnly() {
      why.add(CreditCheckRule.CASH_ONLY, "customer " + profile.customer() + " buys for cash only");
    }

    /** {@link CreditCheckRule#PREPAID_BALANCE}: a cash order waits for the payment. */
    private void awaitPayment() {
      Money awaited = money(after);
      decision.awaitedPayment(awaited);
      why.add(
          CreditCheckRule.PREPAID_BALANCE,
          "balance "
              + money(Math.max(0, -before))
              + " does not cover order "
              + order.amount()
              + "; waits for payment of "
              + awaited);
    }

    /** {@link CreditCheckRule#GUARANTEE}. */
    private void guarantee() {
      if (!(profile.guaranteeRequired() || terms.guaranteeRequired())
          || profile.guaranteeOnFile()) {
        return;
      }
      held = true;
      String who =
          profile.guaranteeRequired()
              ? (profile.newCustomer() || profile.foreign()
                  ? " (" + (profile.newCustomer() ? "new" : "foreign") + " customer)"
                  : "")
              : " (grade " + profile.grade() + ")";
      why.add(
          CreditCheckRule.GUARANTEE,
          "credit to " + profile.customer() + who + " needs a guarantee; none on file");
    }

    /** {@link CreditCheckRule#OVERDUE}. */
    private void overdue() {
      Money overdue = exposure.receivablesDueBefore(asOf.minusDays(policy.graceDays()));
      if (!overdue.isPositive()) {
        return;
      }
      held = true;
      LocalDate earliest = exposure.earliestOpenDue().orElseThrow();
      decision.overdue(overdue);
      why.add(
          CreditCheckRule.OVERDUE,
          overdue
              + " overdue more than "
              + policy.graceDays()
              + " grace days; earliest due "
              + earliest
              + ", "
              + (asOf.toEpochDay() - earliest.toEpochDay())
              + " days overdue on "
              + asOf);
    }

    /** {@link CreditCheckRule#LIMIT}, then the excess's approval if over it. */
    private void limit() {
      if (after <= limit) {
        why.add(
            CreditCheckRule.LIMIT,
            "exposure with order "
                + money(after)
                + " within limit "
                + profile.limit()
                + ", headroom "
                + money(limit - after));
        return;
      }
      Money excess = money(after - limit);
      decision.excess(excess);
      why.add(
          CreditCheckRule.LIMIT,
          "exposure with order "
              + money(after)
              + " exceeds limit "
              + profile.limit()
              + " by "
              + excess);
      AuthorityRequest request = AuthorityRequest.ofAmount(policy.excessSubject(), excess);
      if (!excessApproved(excess, request)) {
        approval(excess, request);
      }
    }

    /**
     * {@link CreditCheckRule#EXCESS_APPROVED} or {@link
     * CreditCheckRule#EXCESS_APPROVAL_INSUFFICIENT}: true if the order's signed approval covers the
     * excess.
     */
    private boolean excessApproved(Money excess, AuthorityRequest request) {
      if (order.approval().isEmpty()) {
        return false;
      }
      CreditApproval a = order.approval().get();
      Arguments.inCurrency(a.excess(), currency, "approval excess");
      boolean knownRole = authority.role(a.role().code()).isPresent();
      if (knownRole && !a.excess().isLessThan(excess) && authority.mayGrant(a.role(), request)) {
        why.add(
            CreditCheckRule.EXCESS_APPROVED,
            "excess "
                + excess
                + " approved by "
                + a.approvedBy()
                + " as "
                + a.role()
                + " (up to "
                + a.excess()
                + ")");
        return true;
      }
      why.add(
          CreditCheckRule.EXCESS_APPROVAL_INSUFFICIENT,
          "approval by "
              + a.approvedBy()
              + " as "
              + a.role()
              + " up to "
              + a.excess()
              + " does not cover excess "
              + excess);
      return false;
    }

    /** {@link CreditCheckRule#APPROVAL}: who must approve the excess, or that no one may. */
    private void approval(Money excess, AuthorityRequest request) {
      AuthorityRoute route = authority.route(policy.creditRequester(), request);
      decision.approval(route);
      if (route.beyondEveryAuthority()) {
        refused = true;
        why.add(CreditCheckRule.APPROVAL, "excess " + excess + " is beyond every role's authority");
      } else {
        needsApproval = true;
        why.add(
            CreditCheckRule.APPROVAL,
            "excess " + excess + " needs approval by " + route.approver().orElseThrow());
      }
    }
  }
}
