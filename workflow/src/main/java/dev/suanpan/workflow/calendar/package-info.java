/**
 * Business calendars given as data (weekends, public holidays, make-up working days) and counting
 * deadlines on them: {@link dev.suanpan.workflow.calendar.BusinessCalendar}.
 */
package dev.suanpan.workflow.calendar;
