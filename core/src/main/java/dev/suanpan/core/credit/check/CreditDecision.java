package dev.suanpan.core.credit.check;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The answer of a {@link CreditCheck} for one order: release ({@link Outcome#ALLOWED}), hold
 * ({@link Outcome#HELD}: over a cash-only grade's balance, an invoice overdue past the grace days,
 * a missing guarantee), needs approval by the role whose authority covers the excess ({@link
 * Outcome#NEEDS_APPROVAL}), or refused when no role's authority covers the excess ({@link
 * Outcome#REFUSED}); with the explanation and the amounts it used.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CreditDecision implements Decision {
  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** The order's document number. */
  public abstract String document();

  /** The order's value. */
  public abstract Money orderAmount();

  /** The counted exposure before the order. */
  public abstract Money exposureBefore();

  /** The counted exposure with the order. */
  public abstract Money exposureAfter();

  /** The customer's credit limit. */
  public abstract Money limit();

  /** How far the exposure with the order exceeds the limit; zero within the limit. */
  public abstract Money excess();

  /** Receivables overdue past the grace days; zero if none. */
  public abstract Money overdue();

  /**
   * What must still be paid before the order can go ahead on a cash-only basis (款到发货): the exposure
   * with the order, when the customer may not buy on credit; zero otherwise.
   */
  public abstract Money awaitedPayment();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditDecision}; rejects what {@link CreditDecision} rejects. */
  public static final class Builder extends ImmutableCreditDecision.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return outcome() + " " + document() + "\n" + explanation();
  }
}
