package dev.suanpan.core.receivables.dunning;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;

/**
 * The dunning levels of a business (催收), ordered by days overdue, and the credit policy whose
 * currency, overdue interest and rounding they use. Rejects no levels, levels whose days do not
 * rise strictly, fees in another currency, and a level charging interest when the credit policy
 * charges none.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DunningPolicy {
  /** The levels, by days overdue, lowest first. */
  public abstract ImmutableList<DunningLevel> levels();

  /** The credit policy: currency, {@link CreditPolicy#overdueInterest()} and rounding. */
  public abstract CreditPolicy credit();

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DunningPolicy}; rejects what it rejects. */
  public static final class Builder extends ImmutableDunningPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notEmpty(levels(), "levels");
    for (int i = 0; i < levels().size(); i++) {
      DunningLevel l = levels().get(i);
      Arguments.inCurrency(l.fee(), credit().currency(), "levels[" + i + "] fee");
      Arguments.check(
          !l.chargesInterest() || credit().overdueInterest().isPresent(),
          "dunning level %s charges interest, but the credit policy charges none",
          l.textKey());
      Arguments.check(
          i == 0 || l.fromDaysOverdue() > levels().get(i - 1).fromDaysOverdue(),
          "dunning levels must rise in days overdue: %s after %s",
          l,
          i == 0 ? "" : levels().get(i - 1));
    }
  }
}
