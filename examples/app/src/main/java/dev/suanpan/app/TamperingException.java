package dev.suanpan.app;

/**
 * Stored data that no longer matches its hash chain, or no longer replays: a row edited, deleted or
 * added by hand. The message names the ledger or case and the entry.
 */
public final class TamperingException extends AppException {
  private static final long serialVersionUID = 1L;

  /** Tampering described by {@code message}. */
  public TamperingException(String message) {
    super("tampering: " + message);
  }
}
