package dev.suanpan.core.authority;

import dev.suanpan.money.internal.Arguments;

/**
 * A position in the organisation that can hold authority: {@code SALES_MANAGER} "Sales manager".
 *
 * <p>{@link #equals(Object)} and {@link #hashCode()} compare the code only and ignore the title:
 * the code is the role's identity (what authority policies, quota counts and reporting chains are
 * keyed by), the title is how a decision names it to people, and two modules may title the same
 * role differently (or a title may be reworded) without it becoming another role.
 *
 * <p>Rejects a null or blank code or title.
 */
public record Role(String code, String title) {
  /** Validates both parts. */
  public Role {
    Arguments.notBlank(code, "code");
    Arguments.notBlank(title, "title");
  }

  /** A role with this code and title. */
  public static Role of(String code, String title) {
    return new Role(code, title);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Role r && code.equals(r.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return title;
  }
}
