package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision of a sampling audit ({@link SamplingAudit#evaluate}): {@link Outcome#ALLOWED} when
 * the count stands, {@link Outcome#HELD} when the error rate orders a full recount of the area,
 * {@link Outcome#REFUSED} when the count was not recounted by the recount team (then nothing is
 * sampled: no errors, a 0% rate); with the disagreeing items and the error rate.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuditDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** The plan that was traced. */
  public abstract AuditPlan plan();

  /** The sampled items where the count and the shelf disagree. */
  public abstract ImmutableList<CountDifference> errors();

  /** Disagreeing items as a share of sampled items. */
  public abstract Percent errorRate();

  /** True when the area must be recounted in full. */
  public boolean recountOrdered() {
    return outcome() == Outcome.HELD;
  }

  /** Always empty: an audit needs nobody's signature. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }
}
