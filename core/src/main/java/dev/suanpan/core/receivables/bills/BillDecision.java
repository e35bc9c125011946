package dev.suanpan.core.receivables.bills;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.CollectionReversal;
import dev.suanpan.core.receivables.DebitNote;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a {@link BillRegister} did with one bill. {@link Outcome#ALLOWED}: done, with the register
 * after it, the entries the register books (endorsement, discount, collection at maturity, the
 * bank's claim) and the documents for the caller to post to the {@link ReceivablesLedger} (the
 * {@link #collection()} of a bill received, the {@link #reversal()} and interest {@link
 * #debitNote()} of a bill dishonoured), so the ledger stays the one source of receivables. {@link
 * Outcome#NEEDS_APPROVAL}: an endorsement or discount beyond the signer's authority, with the
 * {@link #approval()} route; {@link Outcome#REFUSED}: beyond every role's authority. When not
 * allowed nothing is done: no entries, no documents, the same register.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class BillDecision implements Decision {
  /** The bill. */
  public abstract BillReceivable bill();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** The entries the register books, each balanced; the ledger's documents carry their own. */
  public abstract ImmutableList<JournalEntry> entries();

  /** For a bill received: the collection by bill to post to the ledger (Dr notes receivable). */
  public abstract Optional<Collection> collection();

  /** For a bill dishonoured: the reversal of its collection to post (Dr accounts receivable). */
  public abstract Optional<CollectionReversal> reversal();

  /** For a bill dishonoured with interest: the debit note of the interest to post. */
  public abstract Optional<DebitNote> debitNote();

  /** For a bill discounted: the interest the bank deducts. */
  public abstract Optional<Money> discountInterest();

  /** For a bill discounted: what the bank pays, the face less the interest. */
  public abstract Optional<Money> proceeds();

  /** The register after the operation; the same register when not allowed. */
  public abstract BillRegister register();

  @Value.Check
  void check() {
    Arguments.check(
        isAllowed()
            || (entries().isEmpty()
                && collection().isEmpty()
                && reversal().isEmpty()
                && debitNote().isEmpty()),
        "bill %s: a decision %s carries no entries and no documents",
        bill().number(),
        outcome());
  }

  @Override
  public String toString() {
    return bill().number() + " " + outcome() + " " + explanation();
  }
}
