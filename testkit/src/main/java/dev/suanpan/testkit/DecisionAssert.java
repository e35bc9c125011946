package dev.suanpan.testkit;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Outcome;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on any Suanpan {@link Decision} (pricing, credit, settlement). Failure
 * messages print the decision's explanation, so a failing test shows why the engine decided what it
 * did.
 */
public class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {
  /** Assertions on {@code actual}. */
  public DecisionAssert(Decision actual) {
    super(actual, DecisionAssert.class);
  }

  private DecisionAssert hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage(
          "Expected outcome %s but was %s; explanation:%n%s",
          expected, actual.outcome(), actual.explanation());
    }
    return this;
  }

  /** The decision lets it go ahead without anyone else signing. */
  public DecisionAssert isAllowed() {
    return hasOutcome(Outcome.ALLOWED);
  }

  /** The decision waits for a condition. */
  public DecisionAssert isHeld() {
    return hasOutcome(Outcome.HELD);
  }

  /** Policy does not allow it. */
  public DecisionAssert isRefused() {
    return hasOutcome(Outcome.REFUSED);
  }

  /** It needs approval, by any role. */
  public DecisionAssert needsApproval() {
    return hasOutcome(Outcome.NEEDS_APPROVAL);
  }

  /** It needs approval, and the lowest role that may give it is {@code role}. */
  public DecisionAssert needsApprovalBy(Role role) {
    needsApproval();
    if (!actual.requiredApprover().map(role::equals).orElse(false)) {
      failWithMessage(
          "Expected approval by %s but the required approver was %s; explanation:%n%s",
          role, actual.requiredApprover().orElse(null), actual.explanation());
    }
    return this;
  }

  /** The explanation contains a step with this rule identifier. */
  public DecisionAssert firedRule(String rule) {
    isNotNull();
    if (!actual.explanation().fired(rule)) {
      failWithMessage(
          "Expected rule %s to have fired; rules were %s; explanation:%n%s",
          rule, actual.explanation().rules(), actual.explanation());
    }
    return this;
  }

  /** The explanation has no step with this rule identifier. */
  public DecisionAssert didNotFireRule(String rule) {
    isNotNull();
    if (actual.explanation().fired(rule)) {
      failWithMessage(
          "Expected rule %s not to have fired; explanation:%n%s", rule, actual.explanation());
    }
    return this;
  }
}
