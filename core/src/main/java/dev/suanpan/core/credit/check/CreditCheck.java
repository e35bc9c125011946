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
 * <p>The rules, in the order they are applied and explained:
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

    // Each part of the exposure, the order and the limit are within Exposure.MAX_MINOR (10^18),
    // so the sums and differences below cannot overflow a long.
    long before = exposure.totalMinor(policy);
    long amount = Exposure.boundedMinor(order.amount(), "order amount");
    long after = before + amount;
    long limit = Exposure.boundedMinor(profile.limit(), "profile limit");
    Money zero = Money.zero(currency);
    Explanation.Builder why = Explanation.builder();
    CreditDecision.Builder decision =
        CreditDecision.builder()
            .document(order.document())
            .orderAmount(order.amount())
            .exposureBefore(Money.ofMinor(currency, before))
            .exposureAfter(Money.ofMinor(currency, after))
            .limit(profile.limit())
            .excess(zero)
            .overdue(zero)
            .awaitedPayment(zero);
    why.add(
        "credit.exposure",
        "exposure "
            + Money.ofMinor(currency, before)
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
            + Money.ofMinor(currency, after));

    if (after <= 0) {
      why.add(
          "credit.prepaid-balance",
          "balance "
              + Money.ofMinor(currency, -before)
              + " covers order "
              + order.amount()
              + "; released without credit");
      return decision.outcome(Outcome.ALLOWED).explanation(why.build()).build();
    }

    boolean held = false;
    if (!terms.creditAllowed() || profile.cashOnly()) {
      if (!terms.creditAllowed()) {
        why.add("credit.grade", "grade " + profile.grade() + " allows no credit");
      } else {
        why.add("credit.cash-only", "customer " + profile.customer() + " buys for cash only");
      }
      Money awaited = Money.ofMinor(currency, after);
      why.add(
          "credit.prepaid-balance",
          "balance "
              + Money.ofMinor(currency, Math.max(0, -before))
              + " does not cover order "
              + order.amount()
              + "; waits for payment of "
              + awaited);
      return decision
          .outcome(Outcome.HELD)
          .awaitedPayment(awaited)
          .explanation(why.build())
          .build();
    }

    if ((profile.guaranteeRequired() || terms.guaranteeRequired()) && !profile.guaranteeOnFile()) {
      held = true;
      why.add(
          "credit.guarantee",
          "credit to "
              + profile.customer()
              + (profile.guaranteeRequired()
                  ? (profile.newCustomer() || profile.foreign()
                      ? " (" + (profile.newCustomer() ? "new" : "foreign") + " customer)"
                      : "")
                  : " (grade " + profile.grade() + ")")
              + " needs a guarantee; none on file");
    }

    LocalDate graceStart = asOf.minusDays(policy.graceDays());
    Money overdue = exposure.receivablesDueBefore(graceStart);
    if (overdue.isPositive()) {
      held = true;
      LocalDate earliest = exposure.earliestOpenDue().orElseThrow();
      decision.overdue(overdue);
      why.add(
          "credit.overdue",
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

    boolean needsApproval = false;
    boolean refused = false;
    AuthorityRoute route = null;
    if (after > limit) {
      Money excess = Money.ofMinor(currency, after - limit);
      decision.excess(excess);
      why.add(
          "credit.limit",
          "exposure with order "
              + Money.ofMinor(currency, after)
              + " exceeds limit "
              + profile.limit()
              + " by "
              + excess);
      AuthorityRequest request = AuthorityRequest.ofAmount(policy.excessSubject(), excess);
      boolean approved = false;
      if (order.approval().isPresent()) {
        CreditApproval a = order.approval().get();
        Arguments.inCurrency(a.excess(), currency, "approval excess");
        boolean knownRole = authority.role(a.role().code()).isPresent();
        if (knownRole && !a.excess().isLessThan(excess) && authority.mayGrant(a.role(), request)) {
          approved = true;
          why.add(
              "credit.excess-approved",
              "excess "
                  + excess
                  + " approved by "
                  + a.approvedBy()
                  + " as "
                  + a.role()
                  + " (up to "
                  + a.excess()
                  + ")");
        } else {
          why.add(
              "credit.excess-approval-insufficient",
              "approval by "
                  + a.approvedBy()
                  + " as "
                  + a.role()
                  + " up to "
                  + a.excess()
                  + " does not cover excess "
                  + excess);
        }
      }
      if (!approved) {
        route = authority.route(policy.creditRequester(), request);
        decision.approval(route);
        if (route.beyondEveryAuthority()) {
          refused = true;
          why.add("credit.approval", "excess " + excess + " is beyond every role's authority");
        } else {
          needsApproval = true;
          why.add(
              "credit.approval",
              "excess " + excess + " needs approval by " + route.approver().orElseThrow());
        }
      }
    } else {
      why.add(
          "credit.limit",
          "exposure with order "
              + Money.ofMinor(currency, after)
              + " within limit "
              + profile.limit()
              + ", headroom "
              + Money.ofMinor(currency, limit - after));
    }

    Outcome outcome =
        refused
            ? Outcome.REFUSED
            : held ? Outcome.HELD : needsApproval ? Outcome.NEEDS_APPROVAL : Outcome.ALLOWED;
    return decision.outcome(outcome).explanation(why.build()).build();
  }
}
