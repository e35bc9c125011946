package dev.suanpan.core.settlement.service;

/**
 * How the months of cover used are counted for {@link RefundBasis#BY_MONTHS}: calendar months from
 * the first day of cover (1 March to 31 March is one month, 31 January to 28 February one month),
 * up to the day before cancellation, as {@link ServiceContract#daysUsed} counts days.
 */
public enum MonthBasis {
  /**
   * Every month begun counts in full: cancelled on 11 April after cover from 1 January, 4 months.
   */
  STARTED_MONTHS,
  /**
   * Only whole months elapsed count: cancelled on 11 April after cover from 1 January, 3 months.
   */
  WHOLE_MONTHS
}
