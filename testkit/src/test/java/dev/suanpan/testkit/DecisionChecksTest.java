package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** How a user checks their own decision code, here a compensation approval of their own. */
class DecisionChecksTest {
  record MyDecision(Outcome outcome, Explanation explanation, Optional<AuthorityRoute> approval)
      implements Decision {}

  static final AuthorityPolicy POLICY = AuthorityChecksTest.myPolicy();
  static final Role SDM = POLICY.role("SDM").orElseThrow();

  /** The user's code: compensation asked by the sales department manager. */
  static MyDecision myCompensationDecision(Money amount) {
    AuthorityRoute route =
        POLICY.route(SDM, AuthorityRequest.ofAmount(AuthorityChecksTest.COMPENSATION, amount));
    Explanation why = Explanation.empty().and("compensation", "%s asked by SDM", amount);
    if (route.withinOwnAuthority()) {
      return new MyDecision(Outcome.ALLOWED, why, Optional.empty());
    }
    return new MyDecision(Outcome.NEEDS_APPROVAL, why, Optional.of(route));
  }

  /** A mistake a user might make: above 5,000 the deputy's route is used by hand, junior again. */
  static MyDecision brokenCompensationDecision(Money amount) {
    if (amount.isGreaterThan(Money.parse("CNY 8000.00"))) {
      return myCompensationDecision(Money.parse("CNY 2000.00"));
    }
    return myCompensationDecision(amount);
  }

  static List<Money> amounts(long... yuan) {
    List<Money> list = new ArrayList<>();
    for (long y : yuan) {
      list.add(Money.parse("CNY " + y + ".00"));
    }
    return list;
  }

  @Test
  void myCompensationApprovalsNeverGetEasierForLargerAmounts() {
    List<Money> asks = amounts(0, 500, 999, 1000, 3000, 5000, 5001, 9000, 50000);
    assertThatCode(
            () -> {
              DecisionChecks.assertNeverEasierForLargerAsks(
                  POLICY, asks, DecisionChecksTest::myCompensationDecision);
              DecisionChecks.assertApprovalNamesAnApprover(
                  asks, DecisionChecksTest::myCompensationDecision);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void theCheckCatchesAnApproverThatGetsMoreJuniorForALargerAmount() {
    List<Money> asks = amounts(1000, 5001, 9000);
    assertThatThrownBy(
            () ->
                DecisionChecks.assertNeverEasierForLargerAsks(
                    POLICY, asks, DecisionChecksTest::brokenCompensationDecision))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "CNY 9000.00 needs DGM, more junior than the approver of the smaller CNY 5001.00");
  }

  @Test
  void theCheckCatchesADecisionThatRelaxesForALargerAmount() {
    Function<Money, MyDecision> relaxed =
        m ->
            m.isGreaterThan(Money.parse("CNY 3000.00"))
                ? new MyDecision(Outcome.ALLOWED, Explanation.empty(), Optional.empty())
                : myCompensationDecision(m);
    assertThatThrownBy(
            () ->
                DecisionChecks.assertNeverEasierForLargerAsks(POLICY, amounts(1000, 4000), relaxed))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "CNY 4000.00 is ALLOWED but the smaller CNY 1000.00 was NEEDS_APPROVAL");
  }

  @Test
  void theCheckCatchesApprovalWithoutApprover() {
    Function<Money, MyDecision> noApprover =
        m -> new MyDecision(Outcome.NEEDS_APPROVAL, Explanation.empty(), Optional.empty());
    assertThatThrownBy(() -> DecisionChecks.assertApprovalNamesAnApprover(amounts(10), noApprover))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CNY 10.00 needs approval but names no approver");
  }

  @Property(tries = 200)
  void anyAmountsSortedAscendingPassForTheCorrectDecision(
      @ForAll List<@IntRange(min = 0, max = 100_000) Integer> yuan) {
    if (yuan.isEmpty()) {
      return;
    }
    List<Money> asks = yuan.stream().sorted().map(y -> Money.parse("CNY " + y + ".00")).toList();
    DecisionChecks.assertNeverEasierForLargerAsks(
        POLICY, asks, DecisionChecksTest::myCompensationDecision);
  }
}
