package dev.suanpan.core.credit.writeoff;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The answer of {@link BadDebtWriteOff}: written off ({@link Outcome#ALLOWED}, with the memo record
 * that keeps the debt on file, 账销案存, and the entry Dr bad-debt allowance / Cr accounts receivable),
 * needs a higher approver ({@link Outcome#NEEDS_APPROVAL}, nothing written off yet), or refused
 * when no role may write off that much ({@link Outcome#REFUSED}). Apply an allowed write-off to the
 * customer's exposure with {@link Exposure#writtenOff}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class WriteOffDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** The amount to write off. */
  public abstract Money amount();

  /** The memo register entry, when written off. */
  public abstract Optional<MemoRecord> memo();

  /** The write-off entry, when written off, with the customer as its {@code customer} dimension. */
  public abstract Optional<JournalEntry> entry();

  @Value.Check
  protected void check() {
    Arguments.check(
        (outcome() == Outcome.ALLOWED) == memo().isPresent()
            && memo().isPresent() == entry().isPresent(),
        "a write-off has a memo record and an entry exactly when allowed, was %s",
        outcome());
  }
}
