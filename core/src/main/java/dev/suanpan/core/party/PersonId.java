package dev.suanpan.core.party;

import dev.suanpan.money.internal.Arguments;

/**
 * Identifies a member of staff (a salesperson, a manager, a storekeeper) by the caller's own code:
 * who requested, who approved, who is responsible.
 *
 * <p>Rejects a null or blank code.
 */
public record PersonId(String code) {
  /** Validates the code. */
  public PersonId {
    Arguments.notBlank(code, "code");
  }

  /** The person with this code. */
  public static PersonId of(String code) {
    return new PersonId(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
