package dev.suanpan.core.credit.commission;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The answer of the {@link CommissionGate}: commission payable now ({@link Outcome#ALLOWED}),
 * nothing payable yet ({@link Outcome#HELD}: nothing new collected, or all of it offset against
 * overdue receivables), or no commission at all without a contract ({@link Outcome#REFUSED}).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CommissionDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** Never set: the gate names no approver (finance checks the slip, the GM approves payment). */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /** Commission earned on what has been collected. */
  public abstract Money earned();

  /** Earned less already paid. */
  public abstract Money due();

  /** The part of {@link #due()} withheld against overdue receivables. */
  public abstract Money offset();

  /** What may be paid now: due less offset. */
  public abstract Money payable();
}
