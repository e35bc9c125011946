package dev.suanpan.core.decision;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import java.util.Optional;

/**
 * The shape every Suanpan rule engine returns (pricing, credit, settlement): what was decided
 * ({@link #outcome()}), why ({@link #explanation()}), and when someone must sign, who ({@link
 * #approval()}). Engine results add their own amounts on top of this.
 */
public interface Decision {
  /** What was decided. */
  Outcome outcome();

  /** Why: the rules applied, in order, with their amounts. */
  Explanation explanation();

  /** Who must sign, when the outcome is {@link Outcome#NEEDS_APPROVAL}. */
  Optional<AuthorityRoute> approval();

  /** The role that must sign, when the outcome is {@link Outcome#NEEDS_APPROVAL}. */
  default Optional<Role> requiredApprover() {
    return approval().flatMap(AuthorityRoute::approver);
  }

  /** True when it may go ahead without anyone else signing. */
  default boolean isAllowed() {
    return outcome() == Outcome.ALLOWED;
  }

  /** True when it may go ahead once {@link #requiredApprover()} signs. */
  default boolean needsApproval() {
    return outcome() == Outcome.NEEDS_APPROVAL;
  }

  /** True when it waits for a condition. */
  default boolean isHeld() {
    return outcome() == Outcome.HELD;
  }

  /** True when policy does not allow it. */
  default boolean isRefused() {
    return outcome() == Outcome.REFUSED;
  }
}
