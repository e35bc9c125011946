package dev.suanpan.testkit;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.joda.money.Money;

/**
 * Ready-made checks a user runs on their <em>own</em> {@link AuthorityPolicy} in a unit test. Each
 * throws {@link AssertionError} listing every violation it found, or returns quietly.
 *
 * <p>The checks are exhaustive, not sampled: authority changes only at the policy's own bounds, so
 * every bound, one step below and one step above it, and zero are tried for every role.
 */
public final class AuthorityChecks {
  private AuthorityChecks() {}

  /**
   * A larger percent request never needs a more junior approver, for every requester, and a request
   * within the requester's own limit never needs approval.
   */
  public static void assertMonotoneInPercent(AuthorityPolicy policy, Subject subject) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(subject, "subject");
    TreeSet<Percent> probes = new TreeSet<>();
    probes.add(Percent.ZERO);
    for (Role r : policy.roles()) {
      policy
          .limitOf(r, subject)
          .flatMap(Limit::maxPercent)
          .ifPresent(
              p -> {
                probes.add(p);
                probes.add(p.plus(Percent.ofBasisPoints(1)));
                if (!p.isZero()) {
                  probes.add(p.minus(Percent.ofBasisPoints(1)));
                }
              });
    }
    List<String> violations = new ArrayList<>();
    for (Role requester : policy.roles()) {
      Optional<Integer> previousDepth = Optional.empty();
      Percent previous = null;
      for (Percent p : probes) {
        if (p.isNegative()) {
          continue;
        }
        AuthorityRoute route = policy.route(requester, AuthorityRequest.ofPercent(subject, p));
        Optional<Integer> depth = route.approver().map(a -> policy.superiorsOf(a).size());
        if (previous != null) {
          if (previousDepth.isEmpty() && depth.isPresent()) {
            violations.add(
                requester.code()
                    + ": "
                    + previous
                    + " is beyond every authority but "
                    + p
                    + " is not");
          } else if (previousDepth.isPresent()
              && depth.isPresent()
              && depth.get() > previousDepth.get()) {
            violations.add(
                requester.code()
                    + ": "
                    + p
                    + " goes to "
                    + route.approver().get().code()
                    + ", more junior than the approver of "
                    + previous);
          }
        }
        boolean own = policy.mayGrant(requester, AuthorityRequest.ofPercent(subject, p));
        if (own && route.needsApproval()) {
          violations.add(
              requester.code() + ": " + p + " is within its own limit but needs approval");
        }
        previous = p;
        previousDepth = depth;
      }
    }
    Violations.failIfAny("authority is not monotone in the percent on " + subject, violations);
  }

  /**
   * The same check for amount requests ({@code complaint-compensation}, {@code credit-excess}),
   * probing every bound and one minor unit either side.
   */
  public static void assertMonotoneInAmount(AuthorityPolicy policy, Subject subject) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(subject, "subject");
    TreeSet<Money> probes = new TreeSet<>();
    for (Role r : policy.roles()) {
      policy
          .limitOf(r, subject)
          .flatMap(Limit::maxAmount)
          .ifPresent(
              a -> {
                probes.add(a.withAmount(java.math.BigDecimal.ZERO));
                probes.add(a);
                probes.add(a.plusMinor(1));
                if (a.isPositive()) {
                  probes.add(a.minusMinor(1));
                }
              });
    }
    List<String> violations = new ArrayList<>();
    for (Role requester : policy.roles()) {
      Integer previousDepth = null;
      Money previous = null;
      for (Money m : probes) {
        AuthorityRoute route = policy.route(requester, AuthorityRequest.ofAmount(subject, m));
        Integer depth = route.approver().map(a -> policy.superiorsOf(a).size()).orElse(-1);
        if (previous != null && depth > previousDepth) {
          violations.add(
              requester.code() + ": " + m + " needs a more junior approver than " + previous);
        }
        previous = m;
        previousDepth = depth;
      }
    }
    Violations.failIfAny("authority is not monotone in the amount on " + subject, violations);
  }

  /** Every role's limit on {@code subject} is within the limit of the role it reports to. */
  public static void assertDelegationWithinLimits(AuthorityPolicy policy, Subject subject) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(subject, "subject");
    List<String> violations = new ArrayList<>();
    for (Role r : policy.roles()) {
      Optional<Limit> own = policy.limitOf(r, subject);
      Optional<Role> sup = policy.superiorOf(r);
      if (own.isPresent() && sup.isPresent()) {
        Optional<Limit> theirs = policy.limitOf(sup.get(), subject);
        if (theirs.isEmpty() || !own.get().within(theirs.get())) {
          violations.add(
              r.code()
                  + " holds "
                  + own.get()
                  + " but its delegator "
                  + sup.get().code()
                  + " holds "
                  + theirs.map(Limit::toString).orElse("nothing"));
        }
      }
    }
    Violations.failIfAny("delegation exceeds the delegator's limit on " + subject, violations);
  }
}
