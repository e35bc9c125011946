package dev.suanpan.core.authority;

import dev.suanpan.money.internal.Arguments;

/**
 * One cell of an {@link AuthorityPolicy}'s matrix: the {@link Limit} a role holds on a subject.
 *
 * @param role the role holding the limit; rejects null
 * @param subject what the limit is on; rejects null
 * @param limit how far the role may go; rejects null
 */
public record RoleLimit(Role role, Subject subject, Limit limit) {
  /** Rejects nulls. */
  public RoleLimit {
    Arguments.notNull(role, "role");
    Arguments.notNull(subject, "subject");
    Arguments.notNull(limit, "limit");
  }
}
