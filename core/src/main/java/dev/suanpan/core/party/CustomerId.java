package dev.suanpan.core.party;

import dev.suanpan.money.internal.Arguments;

/**
 * Identifies a customer (a buyer, a dealer's client, a property subscriber) by the caller's own
 * code. Suanpan never looks customers up; it only compares these identifiers.
 *
 * <p>Rejects a null or blank code.
 */
public record CustomerId(String code) {
  /** Validates the code. */
  public CustomerId {
    Arguments.notBlank(code, "code");
  }

  /** The customer with this code. */
  public static CustomerId of(String code) {
    return new CustomerId(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
