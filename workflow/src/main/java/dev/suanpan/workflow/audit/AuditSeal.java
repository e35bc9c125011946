package dev.suanpan.workflow.audit;

import dev.suanpan.money.internal.Arguments;

/**
 * What to keep apart from an {@link AuditTrail} (in another store, or signed) so that removing its
 * last entries is detected too: the number of entries and the hash of the last one.
 *
 * <p>Rejects a negative count and a hash that is not 64 lower-case hex digits.
 *
 * @param count how many entries the trail had when sealed
 * @param head the hash of the last entry, or the genesis hash for an empty trail
 */
public record AuditSeal(int count, String head) {
  /** Validates both parts. */
  public AuditSeal {
    Arguments.nonNegative(count, "count");
    Arguments.notNull(head, "head");
    Arguments.check(
        head.matches("[0-9a-f]{64}"), "head must be a SHA-256 hex digest, was %s", head);
  }
}
