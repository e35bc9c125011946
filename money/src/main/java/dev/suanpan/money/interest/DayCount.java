package dev.suanpan.money.interest;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How days between two dates are counted for interest, and how many of them make a year.
 *
 * <ul>
 *   <li>{@link #ACT_365}: actual calendar days, over a 365-day year (the usual basis for RMB loans
 *       and overdue interest quoted per year).
 *   <li>{@link #ACT_360}: actual calendar days, over a 360-day year (money-market convention).
 *   <li>{@link #THIRTY_E_360}: every month counts 30 days (30E/360, the Eurobond basis: a 31st is
 *       read as the 30th, on both dates), over a 360-day year.
 * </ul>
 *
 * Days run from the day after {@code from} up to and including {@code to}, so {@code from == to}
 * counts 0 days. Rejects nulls and {@code from} after {@code to}.
 */
public enum DayCount {
  /** Actual days over a 365-day year. */
  ACT_365(365) {
    @Override
    long count(LocalDate from, LocalDate to) {
      return ChronoUnit.DAYS.between(from, to);
    }
  },
  /** Actual days over a 360-day year. */
  ACT_360(360) {
    @Override
    long count(LocalDate from, LocalDate to) {
      return ChronoUnit.DAYS.between(from, to);
    }
  },
  /** 30E/360: 30-day months (a 31st counts as the 30th on either date) over a 360-day year. */
  THIRTY_E_360(360) {
    @Override
    long count(LocalDate from, LocalDate to) {
      int d1 = Math.min(from.getDayOfMonth(), 30);
      int d2 = Math.min(to.getDayOfMonth(), 30);
      return 360L * (to.getYear() - from.getYear())
          + 30L * (to.getMonthValue() - from.getMonthValue())
          + (d2 - d1);
    }
  };

  private final int daysInYear;

  DayCount(int daysInYear) {
    this.daysInYear = daysInYear;
  }

  abstract long count(LocalDate from, LocalDate to);

  /** The days in a year under this convention: 365 or 360. */
  public int daysInYear() {
    return daysInYear;
  }

  /**
   * The days from {@code from} (exclusive) to {@code to} (inclusive) under this convention.
   *
   * @throws IllegalArgumentException naming {@code from} and {@code to} when from is after to
   */
  public long days(LocalDate from, LocalDate to) {
    checkRange(from, to);
    return count(from, to);
  }

  /**
   * {@link #days} divided by {@link #daysInYear}, to {@link MathContext#DECIMAL128} (34 significant
   * digits, HALF_EVEN): 73 days ACT/365 is exactly 0.2, 1 day is
   * 0.002739726027397260273972602739726027. Interest computations in this package do not use this
   * rounded figure: they divide by the year only once, when rounding the final amount.
   *
   * @throws IllegalArgumentException naming {@code from} and {@code to} when from is after to
   */
  public BigDecimal yearFraction(LocalDate from, LocalDate to) {
    return BigDecimal.valueOf(days(from, to))
        .divide(BigDecimal.valueOf(daysInYear), MathContext.DECIMAL128);
  }

  static void checkRange(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.check(!from.isAfter(to), "from must not be after to, was from %s to %s", from, to);
  }
}
