package dev.suanpan.testkit;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for authority hierarchies that are valid by construction: a reporting chain of
 * roles {@code R0} (top) to {@code Rn}, each holding a percent limit on the subject no larger than
 * its delegator's, the top sometimes unlimited.
 */
public final class AuthorityArbitraries {
  private AuthorityArbitraries() {}

  /**
   * Chains of {@code minLevels}..{@code maxLevels} roles with shrinking percent limits (0.01% to
   * 10%) on {@code subject}.
   */
  public static Arbitrary<AuthorityPolicy> percentChains(
      Subject subject, int minLevels, int maxLevels) {
    Arguments.notNull(subject, "subject");
    Arguments.check(
        minLevels >= 1 && minLevels <= maxLevels,
        "levels must satisfy 1 <= minLevels <= maxLevels, were %s and %s",
        minLevels,
        maxLevels);
    return Combinators.combine(
            Arbitraries.longs().between(1, 1000).list().ofMinSize(minLevels).ofMaxSize(maxLevels),
            Arbitraries.of(true, false))
        .as((bps, unlimitedTop) -> chain(subject, bps, unlimitedTop));
  }

  private static AuthorityPolicy chain(Subject subject, List<Long> bps, boolean unlimitedTop) {
    List<Long> sorted = bps.stream().sorted(Comparator.reverseOrder()).toList();
    AuthorityPolicy.Builder b = AuthorityPolicy.builder();
    Role prev = null;
    for (int i = 0; i < sorted.size(); i++) {
      Role r = Role.of("R" + i, "Level " + i);
      if (prev == null) {
        b.role(r);
      } else {
        b.role(r, prev);
      }
      b.limit(
          r,
          subject,
          i == 0 && unlimitedTop
              ? Limit.unlimitedAuthority()
              : Limit.upToPercent(Percent.ofBasisPoints(sorted.get(i))));
      prev = r;
    }
    return b.build();
  }
}
