package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The first count of an area set against the recount of a second team: the items where the two
 * differ (for the warehouse to trace) and the counts that stand, the recount's.
 *
 * <p>Rejects sheets of different areas or items, and sheets not completely counted.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Recount {
  /** The first count. */
  public abstract CountSheet first();

  /** The recount by the second team. */
  public abstract CountSheet second();

  /** Compares a first count with its recount. */
  public static Recount of(CountSheet first, CountSheet second) {
    return ImmutableRecount.builder().first(first).second(second).build();
  }

  /** The items counted differently, with the first and second figures. */
  @Value.Lazy
  public ImmutableList<CountDifference> differences() {
    ImmutableList.Builder<CountDifference> out = ImmutableList.builder();
    for (dev.suanpan.inventory.ItemId item : first().items()) {
      BigDecimal a = first().counts().get(item);
      BigDecimal b = second().counts().get(item);
      if (a.compareTo(b) != 0) {
        out.add(new CountDifference(item, a, b));
      }
    }
    return out.build();
  }

  /** True when both teams counted the same. */
  public boolean agrees() {
    return differences().isEmpty();
  }

  /** The counts that stand: the recount's. */
  public CountSheet standing() {
    return second();
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        first().area().equals(second().area()),
        "recount must be of the same area, was %s and %s",
        first().area(),
        second().area());
    Arguments.check(
        first().items().equals(second().items()),
        "recount of area %s must list the same items",
        first().area());
    Arguments.check(first().complete(), "first count of area %s is not complete", first().area());
    Arguments.check(second().complete(), "recount of area %s is not complete", second().area());
  }
}
