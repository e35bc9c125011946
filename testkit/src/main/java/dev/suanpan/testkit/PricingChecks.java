package dev.suanpan.testkit;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Ready-made checks a user runs on their <em>own</em> {@link PricingPolicy}, or on their own
 * pricing code around the {@link Pricer}. Each throws {@link AssertionError} listing every
 * violation with its figures, or returns quietly.
 *
 * <p>The discount checks are exhaustive over a fixed ladder rather than sampled: every whole
 * percent from 0% to 100%, plus every percent bound of the authority policy and one basis point
 * either side, so every place where the approver can change is tried.
 *
 * <p>Rejects null arguments, a quantity that is not positive, and a pricing function that returns
 * null.
 */
public final class PricingChecks {
  private PricingChecks() {}

  /**
   * A larger extra discount on {@code quantity} of {@code product}, priced by {@code policy} in
   * {@code context}, never gets an easier decision (allowed after needing approval, a more junior
   * approver, approvable after refused), never raises the net amount, and never lowers the percent
   * authority is checked on.
   */
  public static void assertMonotoneInDiscount(
      PricingPolicy policy, Product product, BigDecimal quantity, PricingContext context) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(product, "product");
    Arguments.positive(quantity, "quantity");
    Arguments.notNull(context, "context");
    Pricer pricer = Pricer.of(policy);
    assertMonotoneInDiscount(
        policy.authority(),
        policy.subjectFor(product.group()),
        extra -> pricer.price(QuoteLine.withExtraDiscount(product, quantity, extra), context));
  }

  /**
   * The same check on the user's own pricing code: {@code priceWithExtraDiscount} prices the line
   * the user has in mind with the extra discount given; approvers are ranked by {@code hierarchy},
   * whose percent limits on {@code subject} are probed. It catches code that routes large discounts
   * differently from small ones (under another requester, on another subject) or that rewrites the
   * discount asked for.
   */
  public static void assertMonotoneInDiscount(
      AuthorityPolicy hierarchy,
      Subject subject,
      Function<Percent, ? extends PricingDecision> priceWithExtraDiscount) {
    Arguments.notNull(hierarchy, "hierarchy");
    Arguments.notNull(subject, "subject");
    Arguments.notNull(priceWithExtraDiscount, "priceWithExtraDiscount");
    List<Percent> ladder = ladder(hierarchy, subject);
    List<PricingDecision> decisions = new ArrayList<>();
    for (Percent p : ladder) {
      decisions.add(
          Arguments.notNull(priceWithExtraDiscount.apply(p), "pricing with extra discount " + p));
    }
    List<String> violations = new ArrayList<>();
    try {
      DecisionChecks.assertNeverEasierForLargerAsks(
          hierarchy, ladder, p -> decisions.get(ladder.indexOf(p)));
    } catch (AssertionError e) {
      violations.add(e.getMessage().replace("\n", "\n  "));
    }
    PricingDecision previous = null;
    Percent previousAsk = null;
    for (int i = 0; i < ladder.size(); i++) {
      PricingDecision d = decisions.get(i);
      Percent ask = ladder.get(i);
      if (!d.isPriced()) {
        continue;
      }
      if (previous != null) {
        if (d.netAmount().isGreaterThan(previous.netAmount())) {
          violations.add(
              "net amount "
                  + d.netAmount()
                  + " at "
                  + ask
                  + " is above "
                  + previous.netAmount()
                  + " at the smaller "
                  + previousAsk);
        }
        if (d.extraDiscountPercent().isLessThan(previous.extraDiscountPercent())) {
          violations.add(
              "extra discount checked as "
                  + d.extraDiscountPercent()
                  + " at "
                  + ask
                  + " is below "
                  + previous.extraDiscountPercent()
                  + " at the smaller "
                  + previousAsk);
        }
      }
      previous = d;
      previousAsk = ask;
    }
    Violations.failIfAny("pricing is not monotone in the extra discount", violations);
  }

  /** Whole percents 0% to 100%, and every percent bound on {@code subject} ± one basis point. */
  private static List<Percent> ladder(AuthorityPolicy hierarchy, Subject subject) {
    TreeSet<Percent> probes = new TreeSet<>();
    for (int i = 0; i <= 100; i++) {
      probes.add(Percent.of(i));
    }
    Percent bp = Percent.ofBasisPoints(1);
    for (Role r : hierarchy.roles()) {
      hierarchy
          .limitOf(r, subject)
          .flatMap(Limit::maxPercent)
          .ifPresent(
              p -> {
                probes.add(p);
                probes.add(p.plus(bp));
                probes.add(p.minus(bp));
              });
    }
    probes.removeIf(p -> p.isNegative() || p.isGreaterThan(Percent.HUNDRED));
    return new ArrayList<>(probes);
  }
}
