package dev.suanpan.app;

/** The check every identifier the application stores goes through (items, warehouses, names). */
final class Names {
  /** The longest identifier, as the schema's columns allow. */
  static final int MAX_LENGTH = 100;

  private Names() {}

  /**
   * {@code value}, or an {@link InputException} naming {@code what} if it is empty, longer than
   * {@link #MAX_LENGTH}, or holds a control character.
   */
  static String check(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new InputException(
          what + " must not be empty, was \"" + (value == null ? "" : value) + "\"");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InputException(
          what + " must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    if (value.chars().anyMatch(Character::isISOControl) || !value.equals(value.strip())) {
      throw new InputException(
          what + " must not hold control characters or surrounding spaces, was \"" + value + "\"");
    }
    return value;
  }
}
