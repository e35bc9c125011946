package dev.suanpan.core.credit.interest;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Interest charged on overdue receivables (逾期货款计息), one line per overdue invoice, with the total
 * and an explanation giving each figure.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class OverdueInterestReport {
  /** One line per overdue invoice, in the order given. */
  public abstract ImmutableList<OverdueInterestLine> lines();

  /** The interest of all lines. */
  public abstract Money total();

  /** The rule and figures of each line. */
  public abstract Explanation explanation();

  @Value.Check
  protected void check() {
    Money sum = Money.zero(total().getCurrencyUnit());
    for (OverdueInterestLine l : lines()) {
      sum = sum.plus(l.interest());
    }
    Arguments.check(sum.equals(total()), "lines add up to %s, not the total %s", sum, total());
  }
}
