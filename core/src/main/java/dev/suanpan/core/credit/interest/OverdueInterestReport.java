package dev.suanpan.core.credit.interest;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Interest charged on overdue receivables (逾期货款计息), one line per overdue invoice, with the total,
 * the fixed sums for recovery costs charged in addition (zero unless the policy has {@link
 * dev.suanpan.core.credit.CreditPolicy#recoveryCostBands() bands}), and an explanation giving each
 * figure.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class OverdueInterestReport {
  /** One line per overdue invoice, in the order given. */
  public abstract ImmutableList<OverdueInterestLine> lines();

  /** The interest of all lines. */
  public abstract Money total();

  /** The fixed sums for recovery costs of all lines, charged in addition to the interest. */
  @Value.Default
  public Money fixedSums() {
    return Money.zero(total().getCurrencyUnit());
  }

  /** Everything charged: the interest plus the fixed sums. */
  public Money totalCharged() {
    return total().plus(fixedSums());
  }

  /** The rule and figures of each line. */
  public abstract Explanation explanation();

  @Value.Check
  protected void check() {
    Money sum = Money.zero(total().getCurrencyUnit());
    for (OverdueInterestLine l : lines()) {
      sum = sum.plus(l.interest());
    }
    Arguments.check(sum.equals(total()), "lines add up to %s, not the total %s", sum, total());
    Money fixed = Money.zero(total().getCurrencyUnit());
    for (OverdueInterestLine l : lines()) {
      fixed = fixed.plus(l.fixedSum());
    }
    Arguments.check(
        fixed.equals(fixedSums()),
        "lines' fixed sums add up to %s, not the fixed sums %s",
        fixed,
        fixedSums());
  }
}
