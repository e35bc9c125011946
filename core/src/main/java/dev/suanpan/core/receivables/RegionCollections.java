package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One region's line of {@link RegionalCollectionsReport}: what its customers paid in each month of
 * the year, less collections reversed, and the year's total, which the months add up to.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class RegionCollections {
  /** The region (片区). */
  public abstract String region();

  /** January to December: twelve amounts. */
  public abstract ImmutableList<Money> months();

  /** The amount of month {@code month} (1 to 12); rejects another month. */
  public Money month(int month) {
    Arguments.check(month >= 1 && month <= 12, "month must be 1 to 12, was %s", month);
    return months().get(month - 1);
  }

  /** The year's total. */
  public Money total() {
    Money t = months().get(0).multipliedBy(0);
    for (Money m : months()) {
      t = t.plus(m);
    }
    return t;
  }

  @Value.Check
  void check() {
    Arguments.check(months().size() == 12, "months must be twelve, were %s", months().size());
  }

  @Override
  public String toString() {
    return region() + " " + total() + " " + months();
  }
}
