package dev.suanpan.workflow.calendar;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.suanpan.money.internal.Arguments;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The days a business works, given as data: the weekly rest days, the public holidays, and the
 * make-up working days (调休) on which the business works although they fall on a rest day. Deadlines
 * in working days are counted on it.
 *
 * <p>Rejects a calendar in which every day of the week is a rest day, and a day that is both a
 * public holiday and a make-up working day.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class BusinessCalendar {
  /** The weekly rest days; Saturday and Sunday unless set. */
  @Value.Default
  public ImmutableSet<DayOfWeek> weekend() {
    return ImmutableSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  /** Days off although they fall on a weekday. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> holidays();

  /** Days worked although they fall on a rest day. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<LocalDate> makeUpWorkingDays();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BusinessCalendar}; rejects what {@link BusinessCalendar} rejects. */
  public static final class Builder extends ImmutableBusinessCalendar.Builder {
    Builder() {}
  }

  /** A calendar with a Saturday-Sunday weekend and no holidays. */
  public static BusinessCalendar weekdays() {
    return builder().build();
  }

  @Value.Check
  protected void check() {
    Set<DayOfWeek> worked = EnumSet.allOf(DayOfWeek.class);
    worked.removeAll(weekend());
    Arguments.check(
        !worked.isEmpty(), "weekend must leave at least one working weekday, was %s", weekend());
    Set<LocalDate> both = Sets.intersection(holidays(), makeUpWorkingDays());
    Arguments.check(
        both.isEmpty(), "a day cannot be both a holiday and a make-up working day: %s", both);
  }

  /** True if the business works on {@code day}. */
  public boolean isWorkingDay(LocalDate day) {
    Arguments.notNull(day, "day");
    if (makeUpWorkingDays().contains(day)) {
      return true;
    }
    return !holidays().contains(day) && !weekend().contains(day.getDayOfWeek());
  }

  /** The working-day counter of this calendar, built once. */
  @Value.Lazy
  WorkingDayCount count() {
    return new WorkingDayCount(weekend(), holidays(), makeUpWorkingDays());
  }

  /**
   * The day {@code days} working days after {@code start}: the first working day after it is one
   * working day later. With zero, {@code start} itself. Takes the same time for a hundred million
   * days as for ten: whole weeks are counted at once, holidays by a binary search.
   *
   * @throws IllegalArgumentException if {@code days} is negative or the day lies beyond {@link
   *     LocalDate#MAX}
   */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    Arguments.notNull(start, "start");
    Arguments.nonNegative(days, "days");
    if (days == 0) {
      return start;
    }
    long d = count().plus(start.toEpochDay(), days);
    Arguments.check(
        d <= WorkingDayCount.LAST,
        "days: %d working days after start %s lie beyond %s, the last day a LocalDate holds",
        days,
        start,
        LocalDate.MAX);
    return LocalDate.ofEpochDay(d);
  }

  /**
   * The day {@code days} working days before {@code end}: the last working day before it is one
   * working day earlier. With zero, {@code end} itself.
   *
   * @throws IllegalArgumentException if {@code days} is negative or the day lies before {@link
   *     LocalDate#MIN}
   */
  public LocalDate minusWorkingDays(LocalDate end, int days) {
    Arguments.notNull(end, "end");
    Arguments.nonNegative(days, "days");
    if (days == 0) {
      return end;
    }
    long d = count().minus(end.toEpochDay(), days);
    Arguments.check(
        d >= WorkingDayCount.FIRST,
        "days: %d working days before end %s lie before %s, the first day a LocalDate holds",
        days,
        end,
        LocalDate.MIN);
    return LocalDate.ofEpochDay(d);
  }

  /**
   * The day {@code days} days of {@code unit} after {@code start}.
   *
   * @throws IllegalArgumentException if {@code days} is negative or the day lies beyond {@link
   *     LocalDate#MAX}
   */
  public LocalDate plus(LocalDate start, int days, DayUnit unit) {
    Arguments.notNull(start, "start");
    Arguments.notNull(unit, "unit");
    Arguments.nonNegative(days, "days");
    if (unit == DayUnit.WORKING_DAYS) {
      return plusWorkingDays(start, days);
    }
    Arguments.check(
        start.toEpochDay() + days <= WorkingDayCount.LAST,
        "days: %d days after start %s lie beyond %s, the last day a LocalDate holds",
        days,
        start,
        LocalDate.MAX);
    return start.plusDays(days);
  }

  /**
   * The day {@code days} days of {@code unit} before {@code end}.
   *
   * @throws IllegalArgumentException if {@code days} is negative or the day lies before {@link
   *     LocalDate#MIN}
   */
  public LocalDate minus(LocalDate end, int days, DayUnit unit) {
    Arguments.notNull(end, "end");
    Arguments.notNull(unit, "unit");
    Arguments.nonNegative(days, "days");
    if (unit == DayUnit.WORKING_DAYS) {
      return minusWorkingDays(end, days);
    }
    Arguments.check(
        end.toEpochDay() - days >= WorkingDayCount.FIRST,
        "days: %d days before end %s lie before %s, the first day a LocalDate holds",
        days,
        end,
        LocalDate.MIN);
    return end.minusDays(days);
  }

  /**
   * The working days after {@code from} up to and including {@code to}; zero when {@code to} is not
   * after {@code from}. Counted in whole weeks, so any range takes the same time.
   *
   * @throws IllegalArgumentException if the count exceeds {@link Integer#MAX_VALUE}
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    long n = count().between(from.toEpochDay(), to.toEpochDay());
    Arguments.check(
        n <= Integer.MAX_VALUE,
        "from %s to %s: %d working days, more than the %d an int holds",
        from,
        to,
        n,
        Integer.MAX_VALUE);
    return (int) n;
  }
}
