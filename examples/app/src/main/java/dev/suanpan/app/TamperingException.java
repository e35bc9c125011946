package dev.suanpan.app;

/**
 * Stored data that no longer matches its hash chain, or no longer replays: a row edited, deleted or
 * added by hand. The message names the ledger or case and the entry.
 */
public final class TamperingException extends AppException {
  private static final long serialVersionUID = 1L;

  private final String problem;

  /** Tampering described by {@code message}. */
  public TamperingException(String message) {
    super("tampering: " + message);
    this.problem = message;
  }

  /** What was found, naming the ledger or case and the entry (the message without its prefix). */
  public String problem() {
    return problem;
  }
}
