package dev.suanpan.core.settlement.service;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The refund of a cancelled service contract: the price paid splits exactly into the value used,
 * the fees and the refund ({@code refund + usedValue + fees = paid}). Always {@link
 * Outcome#ALLOWED}: no source document names an approver for it.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ServiceRefundDecision implements Decision {
  /** The contract's reference. */
  public abstract String reference();

  /** The price paid. */
  public abstract Money paid();

  /** The value of the cover or services used. */
  public abstract Money usedValue();

  /** The cancellation and handling fees kept. */
  public abstract Money fees();

  /** The refund to the customer. */
  public abstract Money refund();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** Everything kept: the value used plus the fees. */
  public Money retained() {
    return usedValue().plus(fees());
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(usedValue(), "usedValue");
    Arguments.nonNegative(fees(), "fees");
    Arguments.nonNegative(refund(), "refund");
    Arguments.check(
        refund().plus(retained()).equals(paid()),
        "refund %s plus used %s plus fees %s must equal the %s paid",
        refund(),
        usedValue(),
        fees(),
        paid());
  }
}
