package dev.suanpan.testkit;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ready-made checks on <em>any</em> decision function of the user's: their own pricing, credit or
 * compensation code that ends in a Suanpan {@link Decision}. Each throws {@link AssertionError}
 * listing every violation, or returns quietly.
 *
 * <p>Rejects null arguments and an empty list of requests.
 */
public final class DecisionChecks {
  private DecisionChecks() {}

  /**
   * Along {@code requests}, ordered from the smallest to the largest ask (a bigger discount, a
   * larger order over the limit, a higher compensation), the decisions never get easier: an allowed
   * request is never followed by an approval-free one after an approval was needed, the required
   * approver is never more junior than before (seniority from {@code hierarchy}), and once refused
   * a larger ask is never allowed or approvable.
   *
   * @param hierarchy the reporting lines that rank approvers (a role's rank is how many superiors
   *     it has; fewer is more senior)
   * @param requests the asks, smallest first
   * @param decide the user's decision function
   */
  public static <T> void assertNeverEasierForLargerAsks(
      AuthorityPolicy hierarchy, List<T> requests, Function<T, ? extends Decision> decide) {
    Arguments.notNull(hierarchy, "hierarchy");
    Arguments.notEmpty(requests, "requests");
    Arguments.notNull(decide, "decide");
    List<String> violations = new ArrayList<>();
    T previousRequest = null;
    Outcome previousOutcome = Outcome.ALLOWED;
    int previousRank = Integer.MAX_VALUE;
    for (T request : requests) {
      Decision d = Arguments.notNull(decide.apply(request), "decision for " + request);
      int severity = severity(d.outcome());
      int previousSeverity = severity(previousOutcome);
      int rank =
          d.requiredApprover().map(r -> rank(hierarchy, r, violations)).orElse(Integer.MAX_VALUE);
      if (previousRequest != null) {
        if (severity < previousSeverity) {
          violations.add(
              request
                  + " is "
                  + d.outcome()
                  + " but the smaller "
                  + previousRequest
                  + " was "
                  + previousOutcome);
        } else if (severity == previousSeverity
            && d.outcome() == Outcome.NEEDS_APPROVAL
            && rank > previousRank) {
          violations.add(
              request
                  + " needs "
                  + d.requiredApprover().map(Role::code).orElse("?")
                  + ", more junior than the approver of the smaller "
                  + previousRequest);
        }
      }
      previousRequest = request;
      previousOutcome = d.outcome();
      previousRank = rank;
    }
    Violations.failIfAny("decisions get easier for larger asks", violations);
  }

  /**
   * Every decision that needs approval names an approver, and every decision that does not need
   * approval names none.
   */
  public static <T> void assertApprovalNamesAnApprover(
      List<T> requests, Function<T, ? extends Decision> decide) {
    Arguments.notEmpty(requests, "requests");
    Arguments.notNull(decide, "decide");
    List<String> violations = new ArrayList<>();
    for (T request : requests) {
      Decision d = Arguments.notNull(decide.apply(request), "decision for " + request);
      Optional<Role> approver = d.requiredApprover();
      if (d.needsApproval() && approver.isEmpty()) {
        violations.add(request + " needs approval but names no approver");
      } else if (!d.needsApproval() && approver.isPresent()) {
        violations.add(request + " is " + d.outcome() + " but names " + approver.get().code());
      }
    }
    Violations.failIfAny("approval and approver disagree", violations);
  }

  static int severity(Outcome outcome) {
    return switch (outcome) {
      case ALLOWED -> 0;
      case NEEDS_APPROVAL -> 1;
      case HELD -> 2;
      case REFUSED -> 3;
    };
  }

  private static int rank(AuthorityPolicy hierarchy, Role role, List<String> violations) {
    if (!hierarchy.roles().contains(role)) {
      violations.add("approver " + role.code() + " is not in the hierarchy");
      return Integer.MAX_VALUE;
    }
    return hierarchy.superiorsOf(role).size();
  }
}
