package dev.suanpan.core.credit.writeoff;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;

/**
 * What a recovery after write-off produces: the memo record with the recovery added, and the two
 * entries booking it at once (防止形成账外资金): reinstate the receivable (Dr accounts receivable / Cr
 * bad-debt allowance), then collect it (Dr bank / Cr accounts receivable).
 *
 * <p>Rejects nulls and anything but two entries.
 *
 * @param memo the memo register entry after the recovery
 * @param entries the reinstatement entry, then the collection entry, each with the customer as its
 *     {@code customer} dimension
 */
public record RecoveryReport(MemoRecord memo, ImmutableList<JournalEntry> entries) {
  /** Validates the result. */
  public RecoveryReport {
    Arguments.notNull(memo, "memo");
    Arguments.notNull(entries, "entries");
    Arguments.check(entries.size() == 2, "a recovery books two entries, was %s", entries);
  }
}
