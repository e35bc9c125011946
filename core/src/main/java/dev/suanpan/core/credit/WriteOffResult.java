package dev.suanpan.core.credit;

import dev.suanpan.money.Arguments;

/**
 * What a write-off produces: the memo record that keeps the debt on file (账销案存) and the entry that
 * takes it off the books (Dr bad-debt allowance / Cr accounts receivable). Apply it to the
 * customer's exposure with {@link Exposure#writtenOff}.
 *
 * <p>Rejects nulls.
 *
 * @param memo the memo register entry
 * @param entry the write-off entry
 */
public record WriteOffResult(MemoRecord memo, JournalEntry entry) {
  /** Validates the result. */
  public WriteOffResult {
    Arguments.notNull(memo, "memo");
    Arguments.notNull(entry, "entry");
  }
}
