package dev.suanpan.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The whole-week counting agrees with walking the calendar one day at a time. */
class BusinessCalendarProperties {
  static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

  /** A calendar: some rest days (at least one weekday worked), holidays and make-up days. */
  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    Arbitrary<Set<DayOfWeek>> weekend = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(6);
    Arbitrary<List<Integer>> offsets =
        Arbitraries.integers().between(-60, 700).list().ofMaxSize(80);
    return Combinators.combine(weekend, offsets, offsets)
        .as(
            (rest, off, on) -> {
              Set<LocalDate> holidays = new HashSet<>();
              off.forEach(o -> holidays.add(ORIGIN.plusDays(o)));
              Set<LocalDate> worked = new HashSet<>();
              on.forEach(o -> worked.add(ORIGIN.plusDays(o)));
              worked.removeAll(holidays);
              return BusinessCalendar.builder()
                  .weekend(rest.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(rest))
                  .addAllHolidays(holidays)
                  .addAllMakeUpWorkingDays(worked)
                  .build();
            });
  }

  /** The reference: step one day at a time, counting working days. */
  static LocalDate walkForward(BusinessCalendar cal, LocalDate start, int days) {
    LocalDate d = start;
    for (int left = days; left > 0; ) {
      d = d.plusDays(1);
      if (cal.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  static LocalDate walkBack(BusinessCalendar cal, LocalDate end, int days) {
    LocalDate d = end;
    for (int left = days; left > 0; ) {
      d = d.minusDays(1);
      if (cal.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  static int walkBetween(BusinessCalendar cal, LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      n += cal.isWorkingDay(d) ? 1 : 0;
    }
    return n;
  }

  @Property(tries = 400)
  void plusAndMinusWorkingDaysMatchTheDayByDayWalk(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll @IntRange(min = -80, max = 720) int startOffset,
      @ForAll @IntRange(min = 0, max = 600) int days) {
    LocalDate start = ORIGIN.plusDays(startOffset);
    assertThat(cal.plusWorkingDays(start, days)).isEqualTo(walkForward(cal, start, days));
    assertThat(cal.minusWorkingDays(start, days)).isEqualTo(walkBack(cal, start, days));
  }

  @Property(tries = 400)
  void workingDaysBetweenMatchesTheDayByDayCount(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll @IntRange(min = -80, max = 720) int fromOffset,
      @ForAll @IntRange(min = -30, max = 900) int length) {
    LocalDate from = ORIGIN.plusDays(fromOffset);
    LocalDate to = from.plusDays(length);
    assertThat(cal.workingDaysBetween(from, to)).isEqualTo(walkBetween(cal, from, to));
  }

  @Property(tries = 200)
  void countingForwardThenBackReturnsToAWorkingStart(
      @ForAll("calendars") BusinessCalendar cal,
      @ForAll @IntRange(min = -80, max = 720) int startOffset,
      @ForAll @IntRange(min = 1, max = 600) int days) {
    LocalDate start = ORIGIN.plusDays(startOffset);
    LocalDate end = cal.plusWorkingDays(start, days);
    assertThat(cal.isWorkingDay(end)).isTrue();
    assertThat(cal.workingDaysBetween(start, end)).isEqualTo(days);
    if (cal.isWorkingDay(start)) {
      assertThat(cal.minusWorkingDays(end, days)).isEqualTo(start);
    }
  }
}
