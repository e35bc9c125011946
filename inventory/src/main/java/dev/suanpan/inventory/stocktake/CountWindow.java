package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The days of a monthly count (004 篇3 仓库盘点流程 §4: 每月进行一次, 时间为月末最后2天) and what the count's
 * preparation asks of them (§1 盘点准备): deliveries are stopped during the window ({@link #delivery}),
 * and the documents approved before the count are posted first ({@link #ready}). {@link
 * dev.suanpan.inventory.presets.MonthlyStocktake#countWindow} gives the window of 004 篇3.
 *
 * <p>Rejects a window whose last day is before its first.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CountWindow {
  /** The first day of the count. */
  public abstract LocalDate first();

  /** The last day of the count. */
  public abstract LocalDate last();

  /** The window from {@code first} to {@code last}, both included. */
  public static CountWindow of(LocalDate first, LocalDate last) {
    Arguments.notNull(first, "first");
    Arguments.notNull(last, "last");
    return ImmutableCountWindow.builder().first(first).last(last).build();
  }

  /**
   * The last {@code days} days of {@code month}.
   *
   * @throws IllegalArgumentException if {@code days} is not between 1 and the month's length
   */
  public static CountWindow lastDaysOf(YearMonth month, int days) {
    Arguments.notNull(month, "month");
    Arguments.check(
        days >= 1 && days <= month.lengthOfMonth(),
        "days must be between 1 and %s, was %s",
        month.lengthOfMonth(),
        days);
    return of(month.atEndOfMonth().minusDays(days - 1L), month.atEndOfMonth());
  }

  /** True when {@code date} is a day of the count. */
  public boolean contains(LocalDate date) {
    Arguments.notNull(date, "date");
    return !date.isBefore(first()) && !date.isAfter(last());
  }

  /**
   * Whether goods may be delivered or received on {@code date} under {@code document}: {@link
   * Outcome#REFUSED} during the window ({@link StocktakeRule#DELIVERY_STOPPED}), {@link
   * Outcome#ALLOWED} otherwise ({@link StocktakeRule#DELIVERY_OUTSIDE_WINDOW}).
   */
  public CountWindowDecision delivery(LocalDate date, String document) {
    Arguments.notNull(date, "date");
    Arguments.notBlank(document, "document");
    Explanation.Builder why = Explanation.builder();
    boolean stopped = contains(date);
    if (stopped) {
      why.add(
          StocktakeRule.DELIVERY_STOPPED,
          "%s on %s: deliveries are stopped during the count, %s to %s",
          document,
          date,
          first(),
          last());
    } else {
      why.add(
          StocktakeRule.DELIVERY_OUTSIDE_WINDOW,
          "%s on %s: outside the count, %s to %s",
          document,
          date,
          first(),
          last());
    }
    return CountWindowDecision.of(
        stopped ? Outcome.REFUSED : Outcome.ALLOWED, why.build(), ImmutableList.of());
  }

  /**
   * Whether the count may start: {@code unposted} holds the documents approved and not yet posted,
   * each with the day it was approved. Those approved before the window's first day must be posted
   * first: {@link Outcome#HELD} naming them ({@link StocktakeRule#BOOKS_NOT_POSTED}), {@link
   * Outcome#ALLOWED} when there are none ({@link StocktakeRule#BOOKS_POSTED}).
   *
   * @throws IllegalArgumentException if a document number is blank or a date missing
   */
  public CountWindowDecision ready(Map<String, LocalDate> unposted) {
    Arguments.notNull(unposted, "unposted");
    List<String> before = new ArrayList<>();
    for (Map.Entry<String, LocalDate> e : unposted.entrySet()) {
      Arguments.notBlank(e.getKey(), "document");
      Arguments.check(e.getValue() != null, "approval date of %s must be given", e.getKey());
      if (e.getValue().isBefore(first())) {
        before.add(e.getKey());
      }
    }
    Explanation.Builder why = Explanation.builder();
    if (!before.isEmpty()) {
      why.add(
          StocktakeRule.BOOKS_NOT_POSTED,
          "%s approved before %s and not posted: finance posts them before the count",
          before,
          first());
      return CountWindowDecision.of(Outcome.HELD, why.build(), ImmutableList.copyOf(before));
    }
    why.add(
        StocktakeRule.BOOKS_POSTED,
        "every document approved before %s is posted: the count may start",
        first());
    return CountWindowDecision.of(Outcome.ALLOWED, why.build(), ImmutableList.of());
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        !last().isBefore(first()), "last must not be before first %s, was %s", first(), last());
  }
}
