package dev.suanpan.core.authority;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who must sign a request: the answer of {@link AuthorityPolicy#route}. Either the requester's own
 * authority covers it ({@link #withinOwnAuthority()}), or it goes up the chain of superiors to the
 * lowest role whose limit covers it ({@link #approver()}, reached through {@link #chain()}), or no
 * role's authority covers it at all ({@link #beyondEveryAuthority()}).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuthorityRoute {
  /** The role that asked. */
  public abstract Role requester();

  /** What was asked. */
  public abstract AuthorityRequest request();

  /**
   * The lowest role whose authority covers the request: the requester itself when within its own
   * authority, empty when beyond every authority.
   */
  public abstract Optional<Role> approver();

  /**
   * The superiors the request passes through, from the requester's direct superior up to and
   * including the approver. Empty when within the requester's own authority or beyond every
   * authority.
   */
  public abstract ImmutableList<Role> chain();

  /** True when the requester may grant it without anyone else signing. */
  public boolean withinOwnAuthority() {
    return approver().isPresent() && approver().get().equals(requester());
  }

  /** True when nobody in the policy may grant it. */
  public boolean beyondEveryAuthority() {
    return approver().isEmpty();
  }

  /** True when someone above the requester must sign. */
  public boolean needsApproval() {
    return approver().isPresent() && !withinOwnAuthority();
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        approver().isPresent() || chain().isEmpty(),
        "a route beyond every authority has no chain, was %s",
        chain());
    Arguments.check(
        !withinOwnAuthority() || chain().isEmpty(),
        "a route within the requester's own authority has no chain, was %s",
        chain());
    Arguments.check(
        !needsApproval()
            || (!chain().isEmpty() && chain().get(chain().size() - 1).equals(approver().get())),
        "the chain %s must end with the approver %s",
        chain(),
        approver());
  }

  @Override
  public String toString() {
    if (withinOwnAuthority()) {
      return request() + ": within the authority of " + requester();
    }
    if (beyondEveryAuthority()) {
      return request() + ": beyond every authority";
    }
    return request() + ": needs " + approver().get() + " (via " + chain() + ")";
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuthorityRoute}; rejects what {@link AuthorityRoute} rejects. */
  public static final class Builder extends ImmutableAuthorityRoute.Builder {
    Builder() {}
  }
}
