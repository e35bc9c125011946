package dev.suanpan.testkit;

import dev.suanpan.core.decision.Decision;

/**
 * AssertJ assertions on any Suanpan {@link Decision} (pricing, credit, settlement, a workflow
 * step): {@code assertThat(decision).needsApprovalBy(role)}, {@code .isRefused()}, {@code
 * .firedRule("credit.limit")}. Failure messages print the decision's explanation.
 */
public class DecisionAssert extends AbstractDecisionAssert<DecisionAssert, Decision> {
  /** Assertions on {@code actual}. */
  public DecisionAssert(Decision actual) {
    super(actual, DecisionAssert.class);
  }
}
