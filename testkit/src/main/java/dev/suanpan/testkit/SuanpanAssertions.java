package dev.suanpan.testkit;

import dev.suanpan.core.decision.Decision;

/**
 * Entry point of the testkit's AssertJ assertions: {@code
 * SuanpanAssertions.assertThat(decision).needsApprovalBy(role)}. Import it statically next to
 * AssertJ's own {@code Assertions}.
 */
public final class SuanpanAssertions {
  private SuanpanAssertions() {}

  /** Assertions on a pricing, credit or settlement decision. */
  public static DecisionAssert assertThat(Decision actual) {
    return new DecisionAssert(actual);
  }
}
