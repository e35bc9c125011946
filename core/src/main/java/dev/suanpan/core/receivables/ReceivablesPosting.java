package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * What posting one document to a {@link ReceivablesLedger} did: the outcome ({@link
 * Outcome#ALLOWED} when posted, {@link Outcome#HELD} when an invoice waits for its contract's
 * collected share), the explanation of every rule applied with its amounts, the journal entries to
 * book, and the ledger after the posting (the same ledger when nothing was posted).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReceivablesPosting implements Decision {
  /** The number of the document posted. */
  public abstract String document();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** No receivables posting needs a signature; always empty. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /**
   * The entries to book, each balanced; none when nothing was posted. Built when first read (a
   * posting whose entries are never read does not pay for them), then kept.
   */
  @Value.Lazy
  public ImmutableList<JournalEntry> entries() {
    return entryMaker().get();
  }

  /** Makes {@link #entries()} from the posted document, when first read. */
  @Value.Auxiliary
  abstract Supplier<ImmutableList<JournalEntry>> entryMaker();

  /** The ledger after the posting. */
  public abstract ReceivablesLedger ledger();

  @Override
  public String toString() {
    return document() + " " + outcome() + " " + explanation();
  }
}
