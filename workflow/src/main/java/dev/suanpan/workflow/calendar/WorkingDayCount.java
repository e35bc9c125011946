package dev.suanpan.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * Counts the working days of a {@link BusinessCalendar} in a range of epoch days in constant time
 * plus a binary search: whole weeks at once, then the at most six days left, then the holidays that
 * fall on a weekday and the make-up days that fall on a rest day, each a sorted array.
 */
final class WorkingDayCount {
  static final long FIRST = LocalDate.MIN.toEpochDay();
  static final long LAST = LocalDate.MAX.toEpochDay();

  private final boolean[] rest = new boolean[7];
  private final int perWeek;
  private final long[] holidays;
  private final long[] makeUps;

  WorkingDayCount(Set<DayOfWeek> weekend, Set<LocalDate> holidays, Set<LocalDate> makeUps) {
    weekend.forEach(d -> rest[d.ordinal()] = true);
    this.perWeek = 7 - weekend.size();
    this.holidays =
        holidays.stream()
            .filter(d -> !weekend.contains(d.getDayOfWeek()))
            .mapToLong(LocalDate::toEpochDay)
            .sorted()
            .toArray();
    this.makeUps =
        makeUps.stream()
            .filter(d -> weekend.contains(d.getDayOfWeek()))
            .mapToLong(LocalDate::toEpochDay)
            .sorted()
            .toArray();
  }

  /** The working days after epoch day {@code a} up to and including {@code b}; 0 if b <= a. */
  long between(long a, long b) {
    if (b <= a) {
      return 0;
    }
    long weeks = (b - a) / 7;
    long n = weeks * perWeek;
    for (long e = a + weeks * 7 + 1; e <= b; e++) {
      if (!rest[Math.floorMod(e + 3, 7)]) { // epoch day 0, 1970-01-01, was a Thursday
        n++;
      }
    }
    return n - countIn(holidays, a, b) + countIn(makeUps, a, b);
  }

  /**
   * The epoch day {@code days} (> 0) working days after {@code start}, or {@code LAST + 1} when it
   * lies beyond {@link LocalDate#MAX}.
   */
  long plus(long start, long days) {
    long hi = Math.min(LAST, start + 7 * weeksFor(days));
    if (between(start, hi) < days) {
      return LAST + 1;
    }
    long lo = start + 1;
    while (lo < hi) { // smallest d in [lo, hi] with between(start, d) >= days
      long mid = lo + (hi - lo) / 2;
      if (between(start, mid) >= days) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The epoch day {@code days} (> 0) working days before {@code end}, or {@code FIRST - 1} when it
   * lies before {@link LocalDate#MIN}.
   */
  long minus(long end, long days) {
    long lo = Math.max(FIRST, end - 7 * weeksFor(days));
    if (between(lo - 1, end - 1) < days) {
      return FIRST - 1;
    }
    long hi = end - 1;
    while (lo < hi) { // largest d in [lo, hi] with between(d - 1, end - 1) >= days
      long mid = hi - (hi - lo) / 2;
      if (between(mid - 1, end - 1) >= days) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Enough whole weeks to hold {@code days} working days whatever holidays fall in them. */
  private long weeksFor(long days) {
    return (days + holidays.length + perWeek - 1) / perWeek + 1;
  }

  /** How many of the sorted {@code days} lie after {@code a} up to and including {@code b}. */
  private static int countIn(long[] days, long a, long b) {
    return atMost(days, b) - atMost(days, a);
  }

  private static int atMost(long[] days, long x) {
    int i = Arrays.binarySearch(days, x);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
