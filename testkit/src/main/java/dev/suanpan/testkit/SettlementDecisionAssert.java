package dev.suanpan.testkit;

import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.cancellation.RetentionReason;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * AssertJ assertions on the {@link SettlementDecision} of a cancelled sale: {@code
 * assertThat(result).refunds(money).retains(RetentionReason.FORFEITED_DEPOSIT, deposit)
 * .conservesPaid()}, plus every assertion on decisions (approver, rules fired). Failure messages
 * print the figures and the settlement's explanation.
 *
 * <p>Rejects null expected amounts, reasons, kinds and contracts.
 */
public class SettlementDecisionAssert
    extends AbstractDecisionAssert<SettlementDecisionAssert, SettlementDecision> {
  /** Assertions on {@code actual}. */
  public SettlementDecisionAssert(SettlementDecision actual) {
    super(actual, SettlementDecisionAssert.class);
  }

  private SettlementDecisionAssert hasAmount(String what, Money actualAmount, Money expected) {
    if (!actualAmount.equals(expected)) {
      failWithMessage(
          "Expected %s of %s but was %s; explanation:%n%s",
          what, expected, actualAmount, actual.explanation());
    }
    return myself;
  }

  /** The refund to the customer out of the money paid (all kinds together) is {@code expected}. */
  public SettlementDecisionAssert refunds(Money expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    return hasAmount("a refund", actual.refund(), expected);
  }

  /** The refund of payments of {@code kind} is {@code expected}. */
  public SettlementDecisionAssert refunds(PaymentKind kind, Money expected) {
    isNotNull();
    Arguments.notNull(kind, "kind");
    Arguments.notNull(expected, "expected");
    return hasAmount("a refund of " + kind, actual.refundOf(kind), expected);
  }

  /** The amount kept for {@code reason} (summed over every kind of payment) is {@code expected}. */
  public SettlementDecisionAssert retains(RetentionReason reason, Money expected) {
    isNotNull();
    Arguments.notNull(reason, "reason");
    Arguments.notNull(expected, "expected");
    return hasAmount("retained for " + reason, actual.retainedFor(reason), expected);
  }

  /** Everything kept out of the money paid is {@code expected}. */
  public SettlementDecisionAssert retainsInTotal(Money expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    return hasAmount("retained in total", actual.totalRetained(), expected);
  }

  /** Nothing is kept out of the money paid: the customer gets back all of it. */
  public SettlementDecisionAssert retainsNothing() {
    isNotNull();
    if (!actual.retained().isEmpty()) {
      failWithMessage(
          "Expected nothing retained but %s was: %s; explanation:%n%s",
          actual.totalRetained(), actual.retained(), actual.explanation());
    }
    return myself;
  }

  /** The seller pays {@code expected} on top of the refund (zero when it pays nothing). */
  public SettlementDecisionAssert compensates(Money expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    return hasAmount("compensation from the seller", actual.compensationFromSeller(), expected);
  }

  /** The customer still owes {@code expected}: charges larger than the price payments held. */
  public SettlementDecisionAssert leavesOwed(Money expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    return hasAmount("charges not covered", actual.chargesNotCovered(), expected);
  }

  /**
   * The result accounts for exactly the money paid, as it reports it: refund plus retained equals
   * paid in total and for every kind of payment, no refund is negative or larger than what was paid
   * of its kind, and nothing is refunded of a kind never paid. Useful on results your own code
   * builds or adapts.
   */
  public SettlementDecisionAssert conservesPaid() {
    isNotNull();
    List<String> violations = new ArrayList<>();
    Money zero = Money.zero(actual.currency());
    for (PaymentKind kind : PaymentKind.values()) {
      Money paid = actual.paidByKind().getOrDefault(kind, zero);
      collect(violations, kind, paid);
    }
    for (PaymentKind kind : actual.refundByKind().keySet()) {
      if (!actual.paidByKind().containsKey(kind)) {
        violations.add("refunds " + actual.refundOf(kind) + " of " + kind + ", never paid");
      }
    }
    Money sum = actual.refund().plus(actual.totalRetained());
    if (!sum.equals(actual.paid())) {
      violations.add(
          "refund "
              + actual.refund()
              + " + retained "
              + actual.totalRetained()
              + " = "
              + sum
              + ", but "
              + actual.paid()
              + " was paid");
    }
    return failIfAny(violations);
  }

  /**
   * The result accounts for exactly the money {@code contract} shows as paid: for every kind of
   * payment, refund plus retained equals the contract's payments of that kind, and the refund is
   * neither negative nor larger. This catches code that settles a different set of payments than
   * the contract holds (a payment left out, one counted twice).
   */
  public SettlementDecisionAssert conservesPaid(SaleContract contract) {
    isNotNull();
    Arguments.notNull(contract, "contract");
    List<String> violations = new ArrayList<>();
    for (PaymentKind kind : PaymentKind.values()) {
      collect(violations, kind, contract.paid(kind));
    }
    Money sum = actual.refund().plus(actual.totalRetained());
    if (!sum.equals(contract.totalPaid())) {
      violations.add(
          "refund "
              + actual.refund()
              + " + retained "
              + actual.totalRetained()
              + " = "
              + sum
              + ", but the contract "
              + contract.reference()
              + " shows "
              + contract.totalPaid()
              + " paid");
    }
    return failIfAny(violations);
  }

  private void collect(List<String> violations, PaymentKind kind, Money paid) {
    Money refund = actual.refundOf(kind);
    Money retained = actual.retainedFrom(kind);
    if (refund.isNegative()) {
      violations.add("refund of " + kind + " is negative: " + refund);
    }
    if (refund.isGreaterThan(paid)) {
      violations.add("refund of " + kind + " " + refund + " exceeds the " + paid + " paid");
    }
    if (!refund.plus(retained).equals(paid)) {
      violations.add(
          kind
              + ": refund "
              + refund
              + " + retained "
              + retained
              + " = "
              + refund.plus(retained)
              + ", but "
              + paid
              + " was paid");
    }
  }

  private SettlementDecisionAssert failIfAny(List<String> violations) {
    if (!violations.isEmpty()) {
      failWithMessage(
          "Expected the settlement of %s to conserve the money paid, but:%n  %s%nexplanation:%n%s",
          actual.reference(), String.join("\n  ", violations), actual.explanation());
    }
    return myself;
  }
}
