package dev.suanpan.core.authority;

import dev.suanpan.money.internal.Arguments;

/**
 * A position in the organisation that can hold authority: {@code SALES_MANAGER} "Sales manager".
 * Roles are compared by code only; the title is for people reading a decision.
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
