package dev.suanpan.testkit;

import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;

/**
 * Entry point of the testkit's AssertJ assertions: {@code
 * SuanpanAssertions.assertThat(decision).needsApprovalBy(role)}, {@code
 * assertThat(settlement).refunds(money).conservesPaid()}. Import it statically next to AssertJ's
 * own {@code Assertions}; the most specific overload is chosen for each value.
 *
 * <p>Assertions on inventory values (stock ledgers) are in {@code InventoryAssertions}, so that
 * this class compiles and loads for users without the optional {@code suanpan-inventory}
 * dependency.
 */
public final class SuanpanAssertions {
  private SuanpanAssertions() {}

  /** Assertions on any decision: pricing, credit, settlement, a workflow step. */
  public static DecisionAssert assertThat(Decision actual) {
    return new DecisionAssert(actual);
  }

  /** Assertions on the pricing of one quote line. */
  public static PricingDecisionAssert assertThat(PricingDecision actual) {
    return new PricingDecisionAssert(actual);
  }

  /** Assertions on a credit check. */
  public static CreditDecisionAssert assertThat(CreditDecision actual) {
    return new CreditDecisionAssert(actual);
  }

  /** Assertions on the settlement of a cancelled sale. */
  public static SettlementDecisionAssert assertThat(SettlementDecision actual) {
    return new SettlementDecisionAssert(actual);
  }
}
