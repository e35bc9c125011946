package dev.suanpan.inventory.stocktake;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Approves surplus and shortage notes (finance and the general manager in the sources) by the
 * organisation's {@link AuthorityPolicy} on the subject {@link #SUBJECT}, measured by the note's
 * value. Thread-safe.
 */
public final class VarianceApproval {
  /** The authority subject of stocktake variances. */
  public static final Subject SUBJECT = Subject.of("stocktake-variance");

  private final AuthorityPolicy authority;
  private final StocktakePolicy policy;

  /** Approval by {@code authority}, resolving by {@code policy}. */
  public VarianceApproval(AuthorityPolicy authority, StocktakePolicy policy) {
    this.authority = Arguments.notNull(authority, "authority");
    this.policy = Arguments.notNull(policy, "policy");
  }

  /**
   * Decides whether {@code signedBy} may approve {@code note}: {@link Outcome#ALLOWED} when the
   * note's value is within their limit, {@link Outcome#NEEDS_APPROVAL} naming the lowest superior
   * whose limit covers it, {@link Outcome#REFUSED} when no role's does. {@code custodianAtFault}
   * says whether the investigation found the custodian at fault for a shortage.
   */
  public Decision decide(VarianceNote note, Role signedBy, boolean custodianAtFault) {
    Arguments.notNull(note, "note");
    Arguments.notNull(signedBy, "signedBy");
    AuthorityRequest request = AuthorityRequest.ofAmount(SUBJECT, note.value());
    AuthorityRoute route = authority.route(signedBy, request);
    Explanation.Builder why = Explanation.builder();
    Outcome outcome;
    if (route.withinOwnAuthority()) {
      outcome = Outcome.ALLOWED;
      why.add(
          "stocktake.variance.approved",
          "%s: %s approves %s within their authority",
          note.number(),
          signedBy,
          note.value());
    } else if (route.needsApproval()) {
      outcome = Outcome.NEEDS_APPROVAL;
      why.add(
          "stocktake.variance.approval",
          "%s: %s is beyond the authority of %s; needs %s",
          note.number(),
          note.value(),
          signedBy,
          route.approver().orElseThrow());
    } else {
      outcome = Outcome.REFUSED;
      why.add(
          "stocktake.variance.beyond-authority",
          "%s: %s is beyond every authority on %s",
          note.number(),
          note.value(),
          SUBJECT);
    }
    if (note.isShortage() && custodianAtFault) {
      why.add(
          "stocktake.custodian-charge",
          "%s at fault: %s of the loss is charged to them",
          note.custodian(),
          policy.custodianShare());
    }
    return new Decision(outcome, why.build(), route, note, custodianAtFault, policy);
  }

  /**
   * The approval decision of a variance note: when allowed, the {@link #movement} to post to the
   * item's ledger and, given the posted line, the {@link #resolution} lines that clear the pending
   * account.
   */
  public static final class Decision implements dev.suanpan.core.decision.Decision {
    private final Outcome outcome;
    private final Explanation explanation;
    private final AuthorityRoute route;
    private final VarianceNote note;
    private final boolean custodianAtFault;
    private final StocktakePolicy policy;

    private Decision(
        Outcome outcome,
        Explanation explanation,
        AuthorityRoute route,
        VarianceNote note,
        boolean custodianAtFault,
        StocktakePolicy policy) {
      this.outcome = outcome;
      this.explanation = explanation;
      this.route = route;
      this.note = note;
      this.custodianAtFault = custodianAtFault;
      this.policy = policy;
    }

    @Override
    public Outcome outcome() {
      return outcome;
    }

    @Override
    public Explanation explanation() {
      return explanation;
    }

    @Override
    public Optional<AuthorityRoute> approval() {
      return outcome == Outcome.NEEDS_APPROVAL ? Optional.of(route) : Optional.empty();
    }

    /** The note decided on. */
    public VarianceNote note() {
      return note;
    }

    /** The movement to post to {@code ledger}, only once approved. */
    public Optional<dev.suanpan.inventory.Movement> movement(StockLedger ledger) {
      Arguments.notNull(ledger, "ledger");
      return isAllowed() ? Optional.of(note.movement(ledger.unit())) : Optional.empty();
    }

    /**
     * The entry that clears the pending account once the movement is posted, at the cost it was
     * posted at, referenced by the note: a surplus Dr stocktake pending / Cr administrative
     * expense; a shortage Dr custodian receivable (the policy's share, when at fault) and Dr
     * administrative expense (the rest) / Cr stocktake pending, with the ledger's item and
     * warehouse as its dimensions. Empty unless approved, and for a difference posted at no cost.
     *
     * @throws IllegalArgumentException if {@code posted} is not the line of this note
     */
    public Optional<JournalEntry> resolution(StockLedger ledger, StockCardLine posted) {
      Arguments.notNull(ledger, "ledger");
      Arguments.notNull(posted, "posted");
      Arguments.check(
          posted.document().equals(note.number()) && posted.kind() == note.kind(),
          "posted line %s %s is not the movement of note %s",
          posted.kind(),
          posted.document(),
          note.number());
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
      if (!note.isShortage()) {
        return Optional.of(
            entry
                .description("Stocktake surplus" + what + " approved, to administrative expense")
                .debit(LedgerAccount.STOCKTAKE_PENDING, amount)
                .credit(LedgerAccount.ADMINISTRATIVE_EXPENSE, amount)
                .build());
      }
      BigDecimal share = custodianAtFault ? policy.custodianShare().value() : BigDecimal.ZERO;
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
                      + (custodianAtFault
                          ? ", "
                              + policy.custodianShare()
                              + " charged to custodian "
                              + note.custodian()
                          : ", to administrative expense"))
              .credit(LedgerAccount.STOCKTAKE_PENDING, amount)
              .build());
    }

    @Override
    public String toString() {
      return outcome + "\n" + explanation;
    }
  }
}
