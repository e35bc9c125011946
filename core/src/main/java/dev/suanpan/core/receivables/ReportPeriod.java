package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a ledger report covers: a day, a month, a quarter or a year (日报、月报、季报、年报, 003), from
 * its first day to its last, both included. Made by {@link #day}, {@link #month}, {@link #quarter}
 * and {@link #year}; a year splits into its {@link #quarters()} and {@link #months()}, a quarter
 * into its months.
 *
 * @param length day, month, quarter or year
 * @param start the first day of the period; a month, quarter or year starts on the first day of
 *     one; rejects another start
 */
public record ReportPeriod(Length length, LocalDate start) {
  /** How long a period is. */
  public enum Length {
    /** One day (日报). */
    DAY,
    /** One calendar month (月报). */
    MONTH,
    /** Three calendar months from January, April, July or October (季报). */
    QUARTER,
    /** One calendar year (年报). */
    YEAR
  }

  /** Rejects a null length or start, and a start that does not begin a period of that length. */
  public ReportPeriod {
    Arguments.notNull(length, "length");
    Arguments.notNull(start, "start");
    boolean ok =
        switch (length) {
          case DAY -> true;
          case MONTH -> start.getDayOfMonth() == 1;
          case QUARTER -> start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0;
          case YEAR -> start.getDayOfYear() == 1;
        };
    Arguments.check(ok, "a %s period cannot start on %s", length, start);
  }

  /** The day {@code day}. */
  public static ReportPeriod day(LocalDate day) {
    return new ReportPeriod(Length.DAY, day);
  }

  /** The month {@code month}. */
  public static ReportPeriod month(YearMonth month) {
    Arguments.notNull(month, "month");
    return new ReportPeriod(Length.MONTH, month.atDay(1));
  }

  /** Quarter {@code quarter} (1 to 4) of {@code year}; rejects another quarter. */
  public static ReportPeriod quarter(int year, int quarter) {
    Arguments.check(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4, was %s", quarter);
    return new ReportPeriod(Length.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
  }

  /** The year {@code year}. */
  public static ReportPeriod year(int year) {
    return new ReportPeriod(Length.YEAR, LocalDate.of(year, 1, 1));
  }

  /** The last day of the period. */
  public LocalDate end() {
    return switch (length) {
      case DAY -> start;
      case MONTH -> start.plusMonths(1).minusDays(1);
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.plusYears(1).minusDays(1);
    };
  }

  /** True if {@code date} is in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end());
  }

  /** The months of a month, quarter or year, in order; rejects a day. */
  public ImmutableList<ReportPeriod> months() {
    return split(Length.MONTH, 1);
  }

  /** The quarters of a year, in order (a quarter is its own only one); rejects a day or month. */
  public ImmutableList<ReportPeriod> quarters() {
    return split(Length.QUARTER, 3);
  }

  private ImmutableList<ReportPeriod> split(Length part, int months) {
    Arguments.check(
        length.compareTo(part) >= 0, "a %s period has no %s parts: %s", length, part, this);
    ImmutableList.Builder<ReportPeriod> out = ImmutableList.builder();
    for (LocalDate d = start; !d.isAfter(end()); d = d.plusMonths(months)) {
      out.add(new ReportPeriod(part, d));
    }
    return out.build();
  }

  /** {@code 2026-03-14}, {@code 2026-03}, {@code 2026-Q1} or {@code 2026}. */
  @Override
  public String toString() {
    return switch (length) {
      case DAY -> start.toString();
      case MONTH -> YearMonth.from(start).toString();
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case YEAR -> Integer.toString(start.getYear());
    };
  }
}
