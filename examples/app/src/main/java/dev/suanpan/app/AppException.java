package dev.suanpan.app;

/**
 * A failure of the application that is not the user's input: the database cannot be reached, a
 * transaction lost every retry. The command line prints its message on one line and exits with
 * status 1.
 */
public class AppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public AppException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public AppException(String message, Throwable cause) {
    super(message, cause);
  }
}
