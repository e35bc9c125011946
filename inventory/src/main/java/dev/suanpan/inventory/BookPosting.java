package dev.suanpan.inventory;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The result of a posting to a {@link StockBook}: {@link Outcome#ALLOWED} with the new {@link
 * #book()} and one {@link Posting} per ledger it changed ({@link #postings()}: the ledger posted to
 * first, then each ledger the re-valuation followed the goods into, with its net changes and
 * journal entries); or {@link Outcome#REFUSED} with the book unchanged, no postings, and the reason
 * in the {@link #explanation()}. Immutable.
 */
public final class BookPosting implements Decision {
  private final Outcome outcome;
  private final StockBook book;
  private final ImmutableList<Posting> postings;
  private final Supplier<Explanation> explanation;

  private BookPosting(
      Outcome outcome,
      StockBook book,
      ImmutableList<Posting> postings,
      Supplier<Explanation> explanation) {
    this.outcome = outcome;
    this.book = book;
    this.postings = postings;
    this.explanation = Suppliers.memoize(explanation::get);
  }

  static BookPosting refused(StockBook book, Explanation why) {
    return new BookPosting(Outcome.REFUSED, book, ImmutableList.of(), () -> why);
  }

  static BookPosting allowed(
      StockBook book, ImmutableList<Posting> postings, Supplier<Explanation> why) {
    return new BookPosting(Outcome.ALLOWED, book, postings, why);
  }

  @Override
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Why: the steps of the posting itself, then one {@link TransferRule#FOLLOWS_THE_GOODS} step per
   * transfer in re-valued; when refused, the rule that refused.
   */
  @Override
  public Explanation explanation() {
    return explanation.get();
  }

  /** Always empty: a posting needs no approval (approvals come before, on the documents). */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /** The book after the posting; the book before it when refused. */
  public StockBook book() {
    return book;
  }

  /**
   * One posting per ledger changed, each from the ledger as it was to the ledger as it is: the
   * ledger (or, for a transfer, the two ledgers) posted to first, then the ledgers the re-valuation
   * reached through transfers, in the order it reached them. Empty when refused.
   */
  public ImmutableList<Posting> postings() {
    return postings;
  }

  /** The posting of the ledger of {@code item} in {@code warehouse}; empty if it did not change. */
  public Optional<Posting> posting(ItemId item, WarehouseId warehouse) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    for (Posting p : postings) {
      if (p.ledger().item().equals(item) && p.ledger().warehouse().equals(warehouse)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The journal entries of every ledger changed, in the order of {@link #postings()}: each
   * posting's {@link Posting#journal()}. Across the book the transfers-between-warehouses account
   * nets to zero for each completed transfer the posting re-valued (under the month-end average
   * once the source's month is closed, which books its transfer out).
   */
  public ImmutableList<JournalEntry> journal() {
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    for (Posting p : postings) {
      out.addAll(p.journal());
    }
    return out.build();
  }

  @Override
  public String toString() {
    return outcome + "\n" + explanation();
  }
}
