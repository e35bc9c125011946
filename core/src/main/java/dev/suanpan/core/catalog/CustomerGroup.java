package dev.suanpan.core.catalog;

import dev.suanpan.money.internal.Arguments;

/**
 * A group of customers a price list or a standard offer is meant for ({@code dealers}, {@code vip},
 * {@code staff}), by the caller's own code.
 *
 * <p>Rejects a null or blank code.
 */
public record CustomerGroup(String code) {
  /** Validates the code. */
  public CustomerGroup {
    Arguments.notBlank(code, "code");
  }

  /** The customer group with this code. */
  public static CustomerGroup of(String code) {
    return new CustomerGroup(code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerGroup other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
