package dev.suanpan.app;

/**
 * Input the application refuses: a CSV line that is not a movement, an unknown item, a policy file
 * that does not validate, an approval by someone without the authority. The message names the line
 * (where there is one) and the value; nothing of the document was stored.
 */
public final class InputException extends AppException {
  private static final long serialVersionUID = 1L;

  /** Input refused for {@code message}. */
  public InputException(String message) {
    super(message);
  }

  /** Input refused for {@code message}, found by {@code cause}. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
