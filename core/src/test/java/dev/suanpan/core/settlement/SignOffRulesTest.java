package dev.suanpan.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Outcome;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A settlement is signed within the requester's own authority, by the first superior whose limit
 * covers it, or by nobody; and it is filed by a role of the policy. The clerk may refund up to
 * 100.00, the manager up to 1,000.00; nobody more.
 */
class SignOffRulesTest {
  static final Role MANAGER = Role.of("MANAGER", "Manager");
  static final Role CLERK = Role.of("CLERK", "Clerk");
  static final Subject REFUND = Subject.of("refund");

  static SignOff clerkFiles() {
    AuthorityPolicy authority =
        AuthorityPolicy.builder()
            .role(MANAGER)
            .role(CLERK, MANAGER)
            .limit(MANAGER, REFUND, Limit.upToAmount(Money.parse("CNY 1000.00")))
            .limit(CLERK, REFUND, Limit.upToAmount(Money.parse("CNY 100.00")))
            .build();
    return SignOff.of(authority, CLERK);
  }

  @Test
  void withinTheClerksOwnLimitTheRefundIsAllowed() {
    AuthorityRoute route = clerkFiles().route(REFUND, Money.parse("CNY 100.00"));
    assertThat(SignOff.outcomeOf(route)).isEqualTo(Outcome.ALLOWED);
    assertThat(SignOff.describe(route)).isEqualTo("within the authority of Clerk");
  }

  @Test
  void aboveItTheManagerSigns() {
    AuthorityRoute route = clerkFiles().route(REFUND, Money.parse("CNY 100.01"));
    assertThat(SignOff.outcomeOf(route)).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(SignOff.describe(route)).isEqualTo("needs Manager (via [Manager])");
  }

  @Test
  void beyondEveryLimitNobodyMaySign() {
    AuthorityRoute route = clerkFiles().route(REFUND, Money.parse("CNY 1000.01"));
    assertThat(SignOff.outcomeOf(route)).isEqualTo(Outcome.REFUSED);
    assertThat(SignOff.describe(route)).isEqualTo("beyond every authority in the policy");
  }

  @Test
  void rejectsARequesterOutsideThePolicy() {
    AuthorityPolicy authority = clerkFiles().authority();
    assertThatThrownBy(() -> SignOff.of(authority, Role.of("INTERN", "Intern")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requester INTERN is not a role of the authority policy");
  }
}
