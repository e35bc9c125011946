package dev.suanpan.core.settlement;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * Who signs off a kind of settlement: the organisation's {@link AuthorityPolicy} and the role that
 * files the request (the sales manager's written cancellation request, the customer service desk's
 * return note). The approver is found by {@link AuthorityPolicy#route}, so a settlement goes up the
 * same reporting lines as every other request.
 *
 * <p>Rejects a requester that is not a role of the policy.
 */
public record SignOff(AuthorityPolicy authority, Role requester) {
  /** Validates that the requester belongs to the policy. */
  public SignOff {
    Arguments.notNull(authority, "authority");
    Arguments.notNull(requester, "requester");
    Arguments.check(
        authority.role(requester.code()).isPresent(),
        "requester %s is not a role of the authority policy; roles are %s",
        requester.code(),
        authority.roles());
  }

  /** Sign-off by {@code authority}, requests filed by {@code requester}. */
  public static SignOff of(AuthorityPolicy authority, Role requester) {
    return new SignOff(authority, requester);
  }

  /** Who must sign {@code amount} on {@code subject}, filed by the requester. */
  public AuthorityRoute route(Subject subject, Money amount) {
    return authority.route(requester, AuthorityRequest.ofAmount(subject, amount));
  }

  /**
   * The outcome a route gives: allowed within the requester's own authority, needs approval when
   * someone above must sign, refused when nobody may.
   */
  public static Outcome outcomeOf(AuthorityRoute route) {
    if (route.withinOwnAuthority()) {
      return Outcome.ALLOWED;
    }
    return route.needsApproval() ? Outcome.NEEDS_APPROVAL : Outcome.REFUSED;
  }

  /** A sentence for an explanation: who signs, through whom. */
  public static String describe(AuthorityRoute route) {
    if (route.withinOwnAuthority()) {
      return "within the authority of " + route.requester();
    }
    if (route.beyondEveryAuthority()) {
      return "beyond every authority in the policy";
    }
    return "needs " + route.approver().get() + " (via " + route.chain() + ")";
  }
}
