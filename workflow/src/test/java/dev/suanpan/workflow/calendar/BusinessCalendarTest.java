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
}
