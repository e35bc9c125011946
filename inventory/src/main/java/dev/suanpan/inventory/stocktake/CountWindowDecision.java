package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision of the {@link CountWindow}: whether a delivery may go ahead during the count, or
 * whether the count may start, with the documents to post first.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CountWindowDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** The documents approved before the count and not yet posted; empty for a delivery. */
  public abstract ImmutableList<String> toPost();

  static CountWindowDecision of(Outcome outcome, Explanation why, ImmutableList<String> toPost) {
    return ImmutableCountWindowDecision.builder()
        .outcome(outcome)
        .explanation(why)
        .toPost(toPost)
        .build();
  }

  /** Always empty: nobody may sign a delivery into the count. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /** The outcome, then the explanation. */
  @Override
  public String toString() {
    return outcome() + "\n" + explanation();
  }
}
