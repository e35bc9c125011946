package dev.suanpan.testkit;

import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Ready-made checks a user runs on their <em>own</em> {@link CreditPolicy}, or on their own credit
 * code around the {@link CreditCheck}, for one customer situation at a time: call them from a jqwik
 * property over {@link CreditArbitraries}. Each throws {@link AssertionError} listing every
 * violation with the explanations, or returns quietly.
 *
 * <p>Rejects null arguments and a decision function that returns null.
 */
public final class CreditChecks {
  private CreditChecks() {}

  /**
   * A payment never makes the decision on {@code order} stricter (released, then needs approval,
   * then held, then refused): tried with a prepayment of the order's amount, one minor unit paid on
   * the earliest open due date, and everything due on that date paid in full.
   */
  public static void assertPaymentNeverStricter(
      CreditPolicy policy,
      CreditProfile profile,
      CreditOrder order,
      Exposure exposure,
      LocalDate asOf) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(profile, "profile");
    Arguments.notNull(order, "order");
    Arguments.notNull(asOf, "asOf");
    CreditCheck check = CreditCheck.of(policy);
    assertPaymentNeverStricter(e -> check.check(profile, order, e, asOf), exposure, order.amount());
  }

  /**
   * The same check on the user's own credit code: {@code decide} decides the order the user has in
   * mind for a customer whose exposure is the one given; {@code prepayment} is the amount of the
   * prepayment tried.
   */
  public static void assertPaymentNeverStricter(
      Function<Exposure, ? extends Decision> decide, Exposure exposure, Money prepayment) {
    Arguments.notNull(decide, "decide");
    Arguments.notNull(exposure, "exposure");
    Arguments.positive(prepayment, "prepayment");
    Map<String, Exposure> afterPayment = new LinkedHashMap<>();
    afterPayment.put("a prepayment of " + prepayment, exposure.prepaymentReceived(prepayment));
    exposure
        .earliestOpenDue()
        .ifPresent(
            due -> {
              Money open = exposure.receivablesDueOn(due);
              Money oneUnit = Money.ofMinor(exposure.currency(), 1);
              afterPayment.put(
                  "a payment of " + oneUnit + " on the receivables due " + due,
                  exposure.paid(oneUnit, due));
              afterPayment.put(
                  "a payment of " + open + " settling the receivables due " + due,
                  exposure.paid(open, due));
            });
    Decision before = Arguments.notNull(decide.apply(exposure), "decision before the payment");
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Exposure> e : afterPayment.entrySet()) {
      Decision after =
          Arguments.notNull(decide.apply(e.getValue()), "decision after " + e.getKey());
      if (DecisionChecks.severity(after.outcome()) > DecisionChecks.severity(before.outcome())) {
        violations.add(
            "after "
                + e.getKey()
                + " the order is "
                + after.outcome()
                + ", before it was "
                + before.outcome()
                + "; after:\n"
                + after.explanation());
      }
    }
    Violations.failIfAny(
        "a payment makes the credit decision stricter",
        violations,
        "\nbefore:\n" + before.explanation());
  }
}
