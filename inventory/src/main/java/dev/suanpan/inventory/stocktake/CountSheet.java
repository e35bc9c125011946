package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A blind count sheet of one area: the items to count, listed without their book quantities, the
 * team (a leader and helpers), and the quantities counted so far. Start with {@link #blank}, fill
 * it with {@link #withCount}; a sheet is {@link #complete()} when every item has a count.
 *
 * <p>Rejects an empty item list, duplicate items, a count for an item not on the sheet, a negative
 * count, and a leader among the helpers.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CountSheet {
  /** The area (货区) the sheet covers. */
  public abstract String area();

  /** The team leader. */
  public abstract PersonId leader();

  /** The helpers (two per area in 004 篇3). */
  public abstract ImmutableList<PersonId> helpers();

  /** The items to count, in shelf order. */
  public abstract ImmutableList<ItemId> items();

  /** The quantities counted so far, by item. */
  public abstract ImmutableMap<ItemId, BigDecimal> counts();

  /** A blank sheet of {@code items} for the team. */
  public static CountSheet blank(
      String area, PersonId leader, ImmutableList<PersonId> helpers, ImmutableList<ItemId> items) {
    return ImmutableCountSheet.builder()
        .area(area)
        .leader(leader)
        .helpers(helpers)
        .items(items)
        .build();
  }

  /** This sheet with {@code quantity} counted for {@code item} (replacing an earlier count). */
  public CountSheet withCount(ItemId item, BigDecimal quantity) {
    Arguments.notNull(item, "item");
    Arguments.nonNegative(quantity, "quantity");
    Map<ItemId, BigDecimal> next = new LinkedHashMap<>(counts());
    next.put(item, quantity);
    return ImmutableCountSheet.builder().from(this).counts(next).build();
  }

  /** The count of {@code item}, if counted. */
  public Optional<BigDecimal> count(ItemId item) {
    return Optional.ofNullable(counts().get(Arguments.notNull(item, "item")));
  }

  /** True when every item on the sheet has a count. */
  public boolean complete() {
    return counts().keySet().containsAll(items());
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(area(), "area");
    Arguments.notEmpty(items(), "items");
    Arguments.check(
        items().stream().distinct().count() == items().size(),
        "items of area %s must not repeat (an item counted twice), were %s",
        area(),
        items());
    Arguments.check(
        !helpers().contains(leader()),
        "leader %s must not also be a helper of area %s",
        leader(),
        area());
    for (Map.Entry<ItemId, BigDecimal> e : counts().entrySet()) {
      Arguments.check(
          items().contains(e.getKey()),
          "item %s is not on the count sheet of area %s",
          e.getKey(),
          area());
      Arguments.nonNegative(e.getValue(), "count of " + e.getKey());
    }
  }
}
