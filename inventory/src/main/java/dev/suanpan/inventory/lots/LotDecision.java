package dev.suanpan.inventory.lots;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The result of a receipt into or an issue from a {@link LotLedger}: {@link Outcome#ALLOWED} with
 * the ledger after it and one {@link LotPart} per lot posted to, or {@link Outcome#REFUSED} with
 * the ledger unchanged, no parts, and the reason in the {@link #explanation()}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class LotDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** The lot ledger after; unchanged when refused. */
  public abstract LotLedger ledger();

  /** One part per lot posted to, in the order taken; empty when refused. */
  public abstract ImmutableList<LotPart> parts();

  /** The amount of the movement: the sum of its parts' amounts (zero when refused). */
  public Money amount() {
    Money total = Money.zero(ledger().currency());
    for (LotPart p : parts()) {
      total = total.plus(p.posting().line().orElseThrow().amount());
    }
    return total;
  }

  /** The journal entries of the parts, in order. */
  public ImmutableList<JournalEntry> journal() {
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    parts().forEach(p -> out.addAll(p.posting().journal()));
    return out.build();
  }

  /** Always empty: nobody signs a lot posting here. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  static LotDecision of(
      Outcome outcome, Explanation why, LotLedger ledger, ImmutableList<LotPart> parts) {
    return ImmutableLotDecision.builder()
        .outcome(outcome)
        .explanation(why)
        .ledger(ledger)
        .parts(parts)
        .build();
  }

  /** The outcome, then the explanation. */
  @Override
  public String toString() {
    return outcome() + "\n" + explanation();
  }
}
