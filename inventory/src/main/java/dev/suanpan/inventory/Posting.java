package dev.suanpan.inventory;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.inventory.costing.CostingMethod;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.joda.money.Money;

/**
 * The result of posting a movement to a {@link StockLedger}: {@link Outcome#ALLOWED} with the new
 * {@link #ledger()}, the valued {@link #line()} of the movement, the {@link #cogsChanges()} of the
 * later movements it re-valued and the {@link #journal()} entries; or {@link Outcome#REFUSED}
 * (negative stock under a rejecting policy, a closed month) with the ledger unchanged and the
 * reason in the {@link #explanation()}. Immutable; the changes are computed when first asked for.
 */
public final class Posting implements Decision {
  private final Outcome outcome;
  private final StockLedger before;
  private final StockLedger ledger;
  private final int index;
  private final int shift; // INSERTED, AMENDED or REMOVED: what happened at index
  private final int revaluedFrom;
  private final Supplier<Explanation> explanation;
  private final Supplier<ImmutableList<CogsChange>> changes;

  private Posting(
      Outcome outcome,
      StockLedger before,
      StockLedger ledger,
      int index,
      int shift,
      int revaluedFrom,
      Supplier<Explanation> explanation) {
    this.outcome = outcome;
    this.before = before;
    this.ledger = ledger;
    this.index = index;
    this.shift = shift;
    this.revaluedFrom = revaluedFrom;
    this.explanation = explanation;
    this.changes = Suppliers.memoize(this::computeChanges);
  }

  private static final int INSERTED = 1;
  private static final int AMENDED = 0;
  private static final int REMOVED = -1;

  static Posting refused(StockLedger ledger, Explanation why) {
    return new Posting(
        Outcome.REFUSED, ledger, ledger, -1, INSERTED, ledger.size(), Suppliers.ofInstance(why));
  }

  /**
   * The movement at {@code index} amended in place (same date, kind and document; the ledger the
   * same size), re-valued with what follows from {@code revaluedFrom}.
   */
  static Posting amended(
      StockLedger before, StockLedger after, int index, int revaluedFrom, Explanation why) {
    return new Posting(
        Outcome.ALLOWED, before, after, index, AMENDED, revaluedFrom, Suppliers.ofInstance(why));
  }

  /**
   * {@code first} and the postings after it to the same ledger (amendments, which keep its size) as
   * one, from the ledger before {@code first} to {@code after}.
   */
  static Posting combined(Posting first, StockLedger after, Supplier<Explanation> why) {
    return new Posting(
        Outcome.ALLOWED,
        first.before,
        after,
        first.index,
        first.shift,
        0,
        Suppliers.memoize(why::get));
  }

  /**
   * This posting with {@code after} as its ledger (the same movements and values, with a correction
   * added to its audit) and, when {@code first} is not null, {@code first}'s steps before its own.
   */
  Posting recording(StockLedger after, Explanation first) {
    Supplier<Explanation> why =
        first == null
            ? explanation
            : Suppliers.memoize(
                () -> Explanation.builder().addAll(first).addAll(explanation.get()).build());
    return new Posting(outcome, before, after, index, shift, revaluedFrom, why);
  }

  /** The movement at {@code index} of {@code before} taken out, what followed it re-valued. */
  static Posting cancelled(StockLedger before, StockLedger after, int index, Explanation why) {
    return new Posting(
        Outcome.ALLOWED, before, after, index, REMOVED, 0, Suppliers.ofInstance(why));
  }

  static Posting posted(StockLedger before, StockLedger after, int index, int revaluedFrom) {
    // Explained when first asked for: under the month-end average the posted line's value is
    // known only once its open month is valued.
    return new Posting(
        Outcome.ALLOWED,
        before,
        after,
        index,
        INSERTED,
        revaluedFrom,
        Suppliers.memoize(() -> explain(before, after, index)));
  }

  private static Explanation explain(StockLedger before, StockLedger after, int index) {
    Explanation.Builder why = Explanation.builder();
    if (index >= 0) {
      StockCardLine l = after.line(index);
      why.add(
          PostingRule.POSTED,
          "%s %s of %s %s valued %s; on hand %s %s worth %s",
          l.kind(),
          l.document(),
          l.kind().isInbound() ? l.quantityIn().toPlainString() : l.quantityOut().toPlainString(),
          after.unit(),
          l.amount(),
          l.balanceQuantity().toPlainString(),
          after.unit(),
          l.balanceValue());
      if (!l.purchasePriceVariance().isZero()) {
        why.add(
            PostingRule.PURCHASE_PRICE_VARIANCE,
            "%s entered at standard %s against its actual cost %s: purchase price variance %s",
            l.document(),
            l.amount(),
            l.amount().plus(l.purchasePriceVariance()),
            l.purchasePriceVariance());
      }
      if (!l.standardRevaluation().isZero()) {
        why.add(
            PostingRule.STANDARD_REVALUATION,
            "the standard changed before %s: the stock on hand re-valued by %s",
            l.document(),
            l.standardRevaluation());
      }
      if (!l.trueUp().isZero()) {
        why.add(
            PostingRule.TRUE_UP,
            "%s covers units issued beyond the stock; cost of goods sold trued up by %s",
            l.document(),
            l.trueUp());
      }
      if (index < before.size()) {
        why.add(
            PostingRule.BACK_DATED,
            "%s is dated %s, before the last movement; %s later movements re-valued",
            l.document(),
            l.date(),
            before.size() - index);
      }
    } else {
      why.add(
          PostingRule.REVALUED,
          "%s movements re-valued by %s",
          after.size(),
          after.policy().method());
    }
    return why.build();
  }

  @Override
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public Explanation explanation() {
    return explanation.get();
  }

  /** Always empty: a posting needs no approval (approvals come before, on the documents). */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /** The ledger after the posting; the ledger before it when refused. */
  public StockLedger ledger() {
    return ledger;
  }

  /** The ledger before the posting. */
  public StockLedger previous() {
    return before;
  }

  /** The first position of the ledger before that the posting re-valued; its size if none. */
  int revaluedFrom() {
    return outcome == Outcome.ALLOWED ? revaluedFrom : before.size();
  }

  /**
   * The valued line of the posted (or amended) movement; empty when refused, for a re-valuation and
   * for a cancellation.
   */
  public Optional<StockCardLine> line() {
    return index < 0 || shift == REMOVED || outcome != Outcome.ALLOWED
        ? Optional.empty()
        : Optional.of(ledger.line(index));
  }

  /**
   * The movements after the posted one whose cost, value or true-up changed, before and after; for
   * a {@link StockLedger#revalue re-valuation}, every movement that changed; for an amendment, the
   * amended movement too.
   */
  public ImmutableList<CogsChange> cogsChanges() {
    return changes.get();
  }

  /** The total change in cost of goods sold of {@link #cogsChanges()}. */
  public Money costOfGoodsSoldChange() {
    Money total = Money.zero(ledger.currency());
    for (CogsChange c : cogsChanges()) {
      total = total.plus(c.costOfGoodsSoldChange());
    }
    return total;
  }

  /**
   * The journal entries of the posting: the posted movement's (none under the month-end average for
   * method-valued movements, which wait for the close), then one per re-valued movement booking its
   * change, referenced by that movement's document; under standard cost then one per {@link
   * StandardCostRevaluation} the posting books or changes (a revaluation taking effect up to the
   * last movement's date is booked by the ledger; a back-dated movement changes the quantity it
   * re-values), dated its effective date.
   */
  public ImmutableList<JournalEntry> journal() {
    if (outcome != Outcome.ALLOWED) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    if (index >= 0 && shift == INSERTED) {
      ledger.journalOf(index).ifPresent(out::add);
    } else if (shift == REMOVED) {
      reversal().ifPresent(out::add);
    }
    for (CogsChange c : cogsChanges()) {
      if (!StockLedger.deferredToClose(c.after().kind(), ledger.policy().method())) {
        c.journal(ledger.item(), ledger.warehouse()).ifPresent(out::add);
      }
    }
    revaluationChanges(out);
    return out.build();
  }

  /** Adds the entries of the standard cost revaluations this posting booked or changed. */
  private void revaluationChanges(ImmutableList.Builder<JournalEntry> out) {
    if (before.policy().method() != CostingMethod.STANDARD
        && ledger.policy().method() != CostingMethod.STANDARD) {
      return;
    }
    Map<LocalDate, StandardCostRevaluation> was = new HashMap<>();
    for (StandardCostRevaluation r : before.bookedRevaluations()) {
      was.put(r.effectiveFrom(), r);
    }
    Map<LocalDate, StandardCostRevaluation> is = new TreeMap<>();
    for (StandardCostRevaluation r : ledger.bookedRevaluations()) {
      is.put(r.effectiveFrom(), r);
    }
    for (StandardCostRevaluation r : is.values()) {
      StandardCostRevaluation old = was.remove(r.effectiveFrom());
      if (old == null || old.amount().isZero()) {
        r.journal().ifPresent(out::add);
      } else {
        r.entry(r.amount().minus(old.amount()), " re-valued").ifPresent(out::add);
      }
    }
    // Revaluations no longer booked (the ledger re-valued by a policy without them) are reversed.
    for (StandardCostRevaluation old : new TreeMap<>(was).values()) {
      old.entry(old.amount().negated(), " reversed").ifPresent(out::add);
    }
  }

  /** The entry reversing a cancelled movement's own (none when the month close books it). */
  private Optional<JournalEntry> reversal() {
    StockCardLine l = before.line(index);
    if (StockLedger.deferredToClose(l.kind(), before.policy().method())) {
      return Optional.empty();
    }
    return Journal.entry(
        l,
        l.date(),
        l.amount().negated(),
        l.trueUp().negated(),
        l.purchasePriceVariance().negated(),
        ledger.item(),
        ledger.warehouse(),
        Journal.describe(l.kind(), ledger.item(), ledger.warehouse()) + " cancelled");
  }

  private ImmutableList<CogsChange> computeChanges() {
    if (outcome != Outcome.ALLOWED) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<CogsChange> out = ImmutableList.builder();
    for (int i = revaluedFrom; i < before.size(); i++) {
      if (shift == REMOVED && i == index) {
        continue;
      }
      int j = positionAfter(i);
      if (before.amountAt(i) != ledger.amountAt(j)
          || before.trueUpAt(i) != ledger.trueUpAt(j)
          || before.quantityAt(i) != ledger.quantityAt(j)
          || before.valueInputAt(i) != ledger.valueInputAt(j)) {
        out.add(CogsChange.builder().before(before.line(i)).after(ledger.line(j)).build());
      }
    }
    return out.build();
  }

  /** Where the movement at {@code i} of the ledger before is in the ledger after. */
  private int positionAfter(int i) {
    if (index < 0 || i < index) {
      return i;
    }
    return shift == INSERTED ? i + 1 : shift == REMOVED ? i - 1 : i;
  }

  @Override
  public String toString() {
    return outcome + "\n" + explanation.get();
  }
}
