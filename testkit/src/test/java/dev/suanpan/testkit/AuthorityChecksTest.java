package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.Percent;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** How a user validates their own authority matrix in a unit test. */
class AuthorityChecksTest {
  static final Subject COMPENSATION = Subject.of("complaint-compensation");
  static final Subject DISCOUNT = Subject.of("special-discount");

  /** A user's own policy: their roles, their numbers. */
  static AuthorityPolicy myPolicy() {
    Role gm = Role.of("GM", "General manager");
    Role deputy = Role.of("DGM", "Deputy general manager");
    Role dept = Role.of("SDM", "Sales department manager");
    return AuthorityPolicy.builder()
        .role(gm)
        .role(deputy, gm)
        .role(dept, deputy)
        .limit(gm, COMPENSATION, Limit.unlimitedAuthority())
        .limit(deputy, COMPENSATION, Limit.upToAmount(Money.parse("CNY 5000.00")))
        .limit(dept, COMPENSATION, Limit.upToAmount(Money.parse("CNY 999.99")))
        .limit(gm, DISCOUNT, Limit.unlimitedAuthority())
        .limit(deputy, DISCOUNT, Limit.upToPercent(Percent.of(3)))
        .limit(dept, DISCOUNT, Limit.upToPercent(Percent.of(1)))
        .build();
  }

  @Test
  void myCompensationTiersAreMonotoneAndDelegatedWithinLimits() {
    assertThatCode(
            () -> {
              AuthorityChecks.assertMonotoneInAmount(myPolicy(), COMPENSATION);
              AuthorityChecks.assertMonotoneInPercent(myPolicy(), DISCOUNT);
              AuthorityChecks.assertDelegationWithinLimits(myPolicy(), COMPENSATION);
              AuthorityChecks.assertDelegationWithinLimits(myPolicy(), DISCOUNT);
            })
        .doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<AuthorityPolicy> chains() {
    return AuthorityArbitraries.percentChains(DISCOUNT, 1, 6);
  }

  @Property(tries = 100)
  void everyGeneratedChainPassesTheChecks(@ForAll("chains") AuthorityPolicy policy) {
    AuthorityChecks.assertMonotoneInPercent(policy, DISCOUNT);
    AuthorityChecks.assertDelegationWithinLimits(policy, DISCOUNT);
  }
}
