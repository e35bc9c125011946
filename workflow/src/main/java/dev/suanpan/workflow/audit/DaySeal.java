package dev.suanpan.workflow.audit;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;

/**
 * The seal of an {@link AuditTrail} at the end of one day: the day, how many entries the trail had
 * up to and including that day's last, and that entry's hash. Store each day's seal somewhere the
 * trail's keeper cannot rewrite (another system, a signed log, a printed register); {@link
 * AuditTrail#verify(java.util.List)} then names the first day whose entries no longer end in the
 * hash stored for it, even when every hash after it was recomputed.
 *
 * <p>Rejects a null day, a count below 1, and a hash that is not 64 lower-case hex digits.
 *
 * @param day the day sealed
 * @param count how many entries the trail had at the end of that day
 * @param head the hash of entry {@code count - 1}, the day's last
 */
public record DaySeal(LocalDate day, int count, String head) {
  /** Validates the parts. */
  public DaySeal {
    Arguments.notNull(day, "day");
    Arguments.check(count >= 1, "count must be at least 1, was %d", count);
    Arguments.notNull(head, "head");
    Arguments.check(
        head.matches("[0-9a-f]{64}"), "head must be a SHA-256 hex digest, was %s", head);
  }
}
