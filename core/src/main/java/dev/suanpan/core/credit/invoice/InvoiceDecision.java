package dev.suanpan.core.credit.invoice;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The answer of the {@link InvoiceGate}: the invoice may be issued ({@link Outcome#ALLOWED}) or
 * waits until more is collected ({@link Outcome#HELD}), with the amounts.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class InvoiceDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  /** Never set: the gate names no approver (the invoice itself is approved by finance). */
  @Override
  public Optional<AuthorityRoute> approval() {
    return Optional.empty();
  }

  /** The contract value. */
  public abstract Money contractValue();

  /** What has been collected. */
  public abstract Money collected();

  /** What must be collected before invoicing: the share of the value, rounded up to the fen. */
  public abstract Money required();

  /** What is still to collect before invoicing; zero when the gate is open. */
  public abstract Money shortfall();
}
