package dev.suanpan.core.credit.commission;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A salesperson's commission slip (个人提成单) for one period: the contract it rests on (none means no
 * commission: 没有合同的不预提成), the commission rate, what has been collected on the contract so far, what
 * commission was already paid on it, and the overdue receivables the salesperson is responsible
 * for.
 *
 * <p>Rejects a blank contract number, a negative rate or amounts.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CommissionClaim {
  /** Who claims. */
  public abstract PersonId salesperson();

  /** The contract number; empty when there is no written contract. */
  public abstract Optional<String> contract();

  /** The commission rate on collected amounts. */
  public abstract Percent rate();

  /** The cumulative amount collected on the contract. */
  public abstract Money collected();

  /** Commission already paid on the contract. */
  @Value.Default
  public Money alreadyPaid() {
    return Money.zero(collected().getCurrencyUnit());
  }

  /** Overdue receivables the salesperson is responsible for. */
  @Value.Default
  public Money overdueReceivables() {
    return Money.zero(collected().getCurrencyUnit());
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommissionClaim}; rejects what {@link CommissionClaim} rejects. */
  public static final class Builder extends ImmutableCommissionClaim.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(salesperson(), "salesperson");
    contract().ifPresent(c -> Arguments.notBlank(c, "contract"));
    Arguments.notNull(rate(), "rate");
    Arguments.check(
        !rate().isNegative() && !rate().isGreaterThan(Percent.HUNDRED),
        "rate must be between 0%% and 100%%, was %s",
        rate());
    Arguments.nonNegative(collected(), "collected");
    Arguments.nonNegative(alreadyPaid(), "alreadyPaid");
    Arguments.nonNegative(overdueReceivables(), "overdueReceivables");
    Arguments.inCurrency(alreadyPaid(), collected().getCurrencyUnit(), "alreadyPaid");
    Arguments.inCurrency(overdueReceivables(), collected().getCurrencyUnit(), "overdueReceivables");
  }
}
