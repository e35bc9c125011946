package dev.suanpan.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  // National Day 2024: 1-7 October off; Sunday 29 September and Saturday 12 October worked.
  static final BusinessCalendar CHINA_2024 =
      BusinessCalendar.builder()
          .addHolidays(
              LocalDate.of(2024, 10, 1),
              LocalDate.of(2024, 10, 2),
              LocalDate.of(2024, 10, 3),
              LocalDate.of(2024, 10, 4),
              LocalDate.of(2024, 10, 7))
          .addMakeUpWorkingDays(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12))
          .build();

  @Test
  void makeUpSundayCountsAndTheGoldenWeekDoesNot() {
    assertThat(CHINA_2024.isWorkingDay(LocalDate.of(2024, 9, 29))).isTrue();
    assertThat(CHINA_2024.isWorkingDay(LocalDate.of(2024, 10, 7))).isFalse();
    // Friday 27 September + 3 working days: Sun 29, Mon 30, Tue 8 October.
    assertThat(CHINA_2024.plusWorkingDays(LocalDate.of(2024, 9, 27), 3))
        .isEqualTo(LocalDate.of(2024, 10, 8));
    assertThat(CHINA_2024.minusWorkingDays(LocalDate.of(2024, 10, 8), 3))
        .isEqualTo(LocalDate.of(2024, 9, 27));
    // Sun 29, Mon 30 September; Tue 8 to Sat 12 October.
    assertThat(CHINA_2024.workingDaysBetween(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 12)))
        .isEqualTo(7);
    assertThat(CHINA_2024.plus(LocalDate.of(2024, 9, 27), 3, DayUnit.CALENDAR_DAYS))
        .isEqualTo(LocalDate.of(2024, 9, 30));
  }

  @Test
  void calendarWithoutAWorkingWeekdayOrWithADayBothOffAndWorkedIsRejected() {
    assertThatThrownBy(() -> BusinessCalendar.builder().addWeekend(DayOfWeek.values()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one working weekday");
    LocalDate d = LocalDate.of(2024, 10, 1);
    assertThatThrownBy(
            () -> BusinessCalendar.builder().addHoliday(d).addMakeUpWorkingDay(d).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-10-01");
    assertThatThrownBy(() -> CHINA_2024.plusWorkingDays(d, -1))
        .hasMessageContaining("days must not be negative, was -1");
  }

  @Test
  void aHundredMillionWorkingDaysAreCountedInWholeWeeks() {
    // Monday 1 January 2024 on a Saturday-Sunday weekend: 5 working days are one week later, on
    // a Monday, so 100,000,000 working days are 20,000,000 weeks = 140,000,000 days later.
    LocalDate monday = LocalDate.of(2024, 1, 1);
    LocalDate expected = monday.plusDays(140_000_000L);
    assertThat(BusinessCalendar.weekdays().plusWorkingDays(monday, 100_000_000))
        .isEqualTo(expected);
    assertThat(BusinessCalendar.weekdays().minusWorkingDays(expected, 100_000_000))
        .isEqualTo(monday);
    assertThat(BusinessCalendar.weekdays().workingDaysBetween(monday, expected))
        .isEqualTo(100_000_000);
    // One holiday on Tuesday 2 January pushes the end one working day on: the Tuesday after.
    BusinessCalendar oneHoliday =
        BusinessCalendar.builder().addHoliday(LocalDate.of(2024, 1, 2)).build();
    assertThat(oneHoliday.plusWorkingDays(monday, 100_000_000)).isEqualTo(expected.plusDays(1));
  }

  @Test
  void aDayBeyondWhatLocalDateHoldsIsRefusedNamingTheArgumentAndTheBound() {
    LocalDate nearEnd = LocalDate.MAX.minusDays(3);
    assertThatThrownBy(() -> BusinessCalendar.weekdays().plusWorkingDays(nearEnd, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days: 10 working days after start " + nearEnd)
        .hasMessageContaining("+999999999-12-31");
    assertThatThrownBy(() -> BusinessCalendar.weekdays().plus(nearEnd, 10, DayUnit.CALENDAR_DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days: 10 days after start");
    LocalDate nearStart = LocalDate.MIN.plusDays(3);
    assertThatThrownBy(() -> BusinessCalendar.weekdays().minusWorkingDays(nearStart, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days: 10 working days before end " + nearStart)
        .hasMessageContaining("-999999999-01-01");
    assertThatThrownBy(
            () -> BusinessCalendar.weekdays().minus(nearStart, 10, DayUnit.CALENDAR_DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days: 10 days before end");
    assertThatThrownBy(
            () -> BusinessCalendar.weekdays().workingDaysBetween(LocalDate.MIN, LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than the 2147483647 an int holds");
    // The last working day a LocalDate holds is still reachable: Friday 31 December 999999999.
    assertThat(LocalDate.MAX.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(BusinessCalendar.weekdays().plusWorkingDays(nearEnd, 3)).isEqualTo(LocalDate.MAX);
  }
}
