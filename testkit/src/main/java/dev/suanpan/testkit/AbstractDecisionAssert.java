package dev.suanpan.testkit;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.decision.Rule;
import org.assertj.core.api.AbstractAssert;

/**
 * The assertions every Suanpan {@link Decision} shares (outcome, approver, rules fired), for the
 * decision assertions of each engine to extend. Failure messages print the decision's explanation,
 * so a failing test shows why the engine decided what it did.
 *
 * @param <SELF> the concrete assertion type, returned for chaining
 * @param <ACTUAL> the decision type under test
 */
public abstract class AbstractDecisionAssert<
        SELF extends AbstractDecisionAssert<SELF, ACTUAL>, ACTUAL extends Decision>
    extends AbstractAssert<SELF, ACTUAL> {
  /** Assertions on {@code actual}, returning {@code selfType} for chaining. */
  protected AbstractDecisionAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  private SELF hasOutcome(Outcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage(
          "Expected outcome %s but was %s; explanation:%n%s",
          expected, actual.outcome(), actual.explanation());
    }
    return myself;
  }

  /** The decision lets it go ahead without anyone else signing. */
  public SELF isAllowed() {
    return hasOutcome(Outcome.ALLOWED);
  }

  /** The decision waits for a condition. */
  public SELF isHeld() {
    return hasOutcome(Outcome.HELD);
  }

  /** Policy does not allow it. */
  public SELF isRefused() {
    return hasOutcome(Outcome.REFUSED);
  }

  /** It needs approval, by any role. */
  public SELF needsApproval() {
    return hasOutcome(Outcome.NEEDS_APPROVAL);
  }

  /** It needs approval, and the lowest role that may give it is {@code role}. */
  public SELF needsApprovalBy(Role role) {
    needsApproval();
    if (!actual.requiredApprover().map(role::equals).orElse(false)) {
      failWithMessage(
          "Expected approval by %s but the required approver was %s; explanation:%n%s",
          role, actual.requiredApprover().orElse(null), actual.explanation());
    }
    return myself;
  }

  /** The explanation contains a step with this rule identifier. */
  public SELF firedRule(String rule) {
    isNotNull();
    if (!actual.explanation().fired(rule)) {
      failWithMessage(
          "Expected rule %s to have fired; rules were %s; explanation:%n%s",
          rule, actual.explanation().rules(), actual.explanation());
    }
    return myself;
  }

  /** The explanation contains a step of this rule (an engine's rule enum constant). */
  public SELF firedRule(Rule rule) {
    return firedRule(rule.id());
  }

  /** The explanation has no step of this rule (an engine's rule enum constant). */
  public SELF didNotFireRule(Rule rule) {
    return didNotFireRule(rule.id());
  }

  /** The explanation has no step with this rule identifier. */
  public SELF didNotFireRule(String rule) {
    isNotNull();
    if (actual.explanation().fired(rule)) {
      failWithMessage(
          "Expected rule %s not to have fired; explanation:%n%s", rule, actual.explanation());
    }
    return myself;
  }
}
