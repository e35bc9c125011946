package dev.suanpan.inventory.landed;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBook;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The result of applying a landed cost ({@link LandedCosts#apply}): {@link Outcome#ALLOWED} with
 * the new {@link #book()}, the {@link #allocation()}, one {@link BookPosting} per receipt amended
 * (in the charge's order) and their journal; or {@link Outcome#REFUSED} with the book unchanged, no
 * postings, and the reason ({@link LandedCostRule#NOT_EXACT} or {@link
 * LandedCostRule#LEDGER_REFUSED}) in the {@link #explanation()}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class LandedCostDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** The allocation of the charge over its receipts. */
  public abstract LandedCostAllocation allocation();

  /** The book after the charge; the book before it when refused. */
  public abstract StockBook book();

  /** One posting per receipt amended, in the charge's order; empty when refused. */
  public abstract ImmutableList<BookPosting> postings();

  /** Always empty: a landed cost needs no approval here (the charge is approved before). */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /**
   * The change in cost of goods sold: the share of the charge that reached units already issued
   * (under standard cost none: the charge goes to the purchase price variance).
   */
  public Money costOfGoodsSoldChange() {
    Money total = Money.zero(allocation().charge().amount().getCurrencyUnit());
    for (BookPosting b : postings()) {
      for (Posting p : b.postings()) {
        total = total.plus(p.costOfGoodsSoldChange());
      }
    }
    return total;
  }

  /** The journal entries of every posting, in order; empty when refused. */
  public ImmutableList<JournalEntry> journal() {
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    postings().forEach(b -> out.addAll(b.journal()));
    return out.build();
  }

  static LandedCostDecision of(
      Outcome outcome,
      Explanation why,
      LandedCostAllocation allocation,
      StockBook book,
      ImmutableList<BookPosting> postings) {
    return ImmutableLandedCostDecision.builder()
        .outcome(outcome)
        .explanation(why)
        .allocation(allocation)
        .book(book)
        .postings(postings)
        .build();
  }

  /** The outcome, then the explanation. */
  @Override
  public String toString() {
    return outcome() + "\n" + explanation();
  }
}
