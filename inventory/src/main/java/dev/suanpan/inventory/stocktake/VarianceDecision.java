package dev.suanpan.inventory.stocktake;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The decision of {@link VarianceApproval#decide} on a surplus or shortage note: when allowed, the
 * {@link #movement} to post to the item's ledger and, given the posted line, the {@link
 * #resolution} entry that clears the pending account.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class VarianceDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /**
   * The route of the note on {@link VarianceApproval#SUBJECT}: from the last to sign to the next
   * who must sign (the reviewer, on their own authority, when nobody has signed); within the
   * approver's own authority once approved; with no approver when refused.
   */
  public abstract AuthorityRoute route();

  /** The note decided on. */
  public abstract VarianceNote note();

  /** Whether the investigation found the custodian at fault for a shortage. */
  public abstract boolean custodianAtFault();

  /** The policy that resolves the variance. */
  public abstract StocktakePolicy policy();

  /** The route, when the outcome is {@link Outcome#NEEDS_APPROVAL}. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return outcome() == Outcome.NEEDS_APPROVAL ? Optional.of(route()) : Optional.empty();
  }

  /** The movement to post to {@code ledger}, only once approved. */
  public Optional<Movement> movement(StockLedger ledger) {
    Arguments.notNull(ledger, "ledger");
    return isAllowed() ? Optional.of(note().movement(ledger.unit())) : Optional.empty();
  }

  /**
   * The entry that clears the pending account once the movement is posted, at the cost it was
   * posted at, referenced by the note: a surplus Dr stocktake pending / Cr administrative expense;
   * a shortage Dr custodian receivable (the policy's share, when at fault) and Dr administrative
   * expense (the rest) / Cr stocktake pending, with the ledger's item and warehouse as its
   * dimensions. Empty unless approved, and for a difference posted at no cost.
   *
   * @throws IllegalArgumentException if {@code posted} is not the line of this note
   */
  public Optional<JournalEntry> resolution(StockLedger ledger, StockCardLine posted) {
    Arguments.notNull(ledger, "ledger");
    Arguments.notNull(posted, "posted");
    Arguments.check(
        posted.document().equals(note().number()) && posted.kind() == note().kind(),
        "posted line %s %s is not the movement of note %s",
        posted.kind(),
        posted.document(),
        note().number());
    Money amount = posted.amount();
    if (!isAllowed() || !amount.isPositive()) {
      return Optional.empty();
    }
    String what = " of " + ledger.item() + " at " + ledger.warehouse();
    JournalEntry.Builder entry =
        JournalEntry.builder()
            .date(posted.date())
            .reference(posted.document())
            .putDimension(Dimensions.ITEM, ledger.item().code())
            .putDimension(Dimensions.WAREHOUSE, ledger.warehouse().code());
    if (!note().isShortage()) {
      return Optional.of(
          entry
              .description("Stocktake surplus" + what + " approved, to administrative expense")
              .debit(LedgerAccount.STOCKTAKE_PENDING, amount)
              .credit(LedgerAccount.ADMINISTRATIVE_EXPENSE, amount)
              .build());
    }
    BigDecimal share = custodianAtFault() ? policy().custodianShare().value() : BigDecimal.ZERO;
    List<Money> parts =
        Allocation.byWeights(amount, List.of(share, BigDecimal.valueOf(100).subtract(share)));
    if (parts.get(0).isPositive()) {
      entry.debit(LedgerAccount.CUSTODIAN_RECEIVABLE, parts.get(0));
    }
    if (parts.get(1).isPositive()) {
      entry.debit(LedgerAccount.ADMINISTRATIVE_EXPENSE, parts.get(1));
    }
    return Optional.of(
        entry
            .description(
                "Stocktake shortage"
                    + what
                    + " approved"
                    + (custodianAtFault()
                        ? ", "
                            + policy().custodianShare()
                            + " charged to custodian "
                            + note().custodian()
                        : ", to administrative expense"))
            .credit(LedgerAccount.STOCKTAKE_PENDING, amount)
            .build());
  }

  /** The outcome, then the explanation. */
  @Override
  public String toString() {
    return outcome() + "\n" + explanation();
  }
}
