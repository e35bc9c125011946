package dev.suanpan.core.authority;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AuthorityPolicyProperties {
  static final Subject S = Subject.of("discount");

  /** A chain of 2..6 roles, limits shrinking downwards, the top one sometimes unlimited. */
  @Provide
  Arbitrary<AuthorityPolicy> policies() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 1000).list().ofMinSize(2).ofMaxSize(6),
            Arbitraries.of(true, false))
        .as(
            (bps, unlimitedTop) -> {
              List<Integer> sorted = bps.stream().sorted((a, b) -> b - a).toList();
              AuthorityPolicy.Builder b = AuthorityPolicy.builder();
              Role prev = null;
              for (int i = 0; i < sorted.size(); i++) {
                Role r = Role.of("R" + i, "Role " + i);
                if (prev == null) {
                  b.role(r);
                } else {
                  b.role(r, prev);
                }
                Limit l =
                    i == 0 && unlimitedTop
                        ? Limit.unlimitedAuthority()
                        : Limit.upToPercent(Percent.ofBasisPoints(sorted.get(i)));
                b.limit(r, S, l);
                prev = r;
              }
              return b.build();
            });
  }

  private static int depth(AuthorityPolicy p, Role r) {
    return p.superiorsOf(r).size();
  }

  @Property
  void aLargerDiscountNeverNeedsAMoreJuniorApprover(
      @ForAll("policies") AuthorityPolicy policy,
      @ForAll("bps") int a,
      @ForAll("bps") int b,
      @ForAll("roleIndex") int requesterIndex) {
    List<Role> roles = policy.roles().asList();
    Role requester = roles.get(requesterIndex % roles.size());
    int small = Math.min(a, b);
    int large = Math.max(a, b);
    AuthorityRoute rs =
        policy.route(requester, AuthorityRequest.ofPercent(S, Percent.ofBasisPoints(small)));
    AuthorityRoute rl =
        policy.route(requester, AuthorityRequest.ofPercent(S, Percent.ofBasisPoints(large)));
    if (rl.approver().isPresent()) {
      assertThat(rs.approver()).isPresent();
      assertThat(depth(policy, rl.approver().get()))
          .isLessThanOrEqualTo(depth(policy, rs.approver().get()));
    }
  }

  @Property
  void aRequestWithinTheRequestersOwnLimitNeverNeedsApproval(
      @ForAll("policies") AuthorityPolicy policy, @ForAll("roleIndex") int requesterIndex) {
    List<Role> roles = policy.roles().asList();
    Role requester = roles.get(requesterIndex % roles.size());
    Limit own = policy.limitOf(requester, S).orElseThrow();
    Percent asked =
        own.unlimited() ? Percent.of(new BigDecimal("99")) : own.maxPercent().orElseThrow();
    AuthorityRoute r = policy.route(requester, AuthorityRequest.ofPercent(S, asked));
    assertThat(r.withinOwnAuthority()).isTrue();
    assertThat(r.needsApproval()).isFalse();
  }

  @Property
  void delegatedLimitsNeverExceedTheDelegators(@ForAll("policies") AuthorityPolicy policy) {
    for (Role r : policy.roles()) {
      policy
          .superiorOf(r)
          .ifPresent(
              sup ->
                  assertThat(
                          policy
                              .limitOf(r, S)
                              .orElseThrow()
                              .within(policy.limitOf(sup, S).orElseThrow()))
                      .isTrue());
    }
  }

  @Provide
  Arbitrary<Integer> bps() {
    return Arbitraries.integers().between(0, 1500);
  }

  @Provide
  Arbitrary<Integer> roleIndex() {
    return Arbitraries.integers().between(0, 10);
  }
}
