package dev.suanpan.workflow.calendar;

/** How a deadline counts days: working days of a {@link BusinessCalendar}, or every day. */
public enum DayUnit {
  /** Days the business works: weekdays and make-up days, not weekends or public holidays. */
  WORKING_DAYS,
  /** Every day of the calendar ("within one week"). */
  CALENDAR_DAYS
}
