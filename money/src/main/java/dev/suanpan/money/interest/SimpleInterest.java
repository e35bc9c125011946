package dev.suanpan.money.interest;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * Simple (non-compounding) interest at a fixed rate: {@code principal × rate × days / daysInYear}
 * for an annual rate, {@code principal × dailyRate × days} for a daily rate, computed exactly and
 * rounded once with the caller's {@link Rounding}. Days run from the day after {@code from} to
 * {@code to} inclusive.
 *
 * <p>Built once from its rate and used for any number of accruals; immutable and thread-safe.
 * Rejects a null or negative rate, a negative principal, null dates and {@code from} after {@code
 * to}.
 */
public final class SimpleInterest {
  private final Percent rate;
  private final DayCount dayCount; // null: a daily rate over actual days

  private SimpleInterest(Percent rate, DayCount dayCount) {
    this.rate = rate;
    this.dayCount = dayCount;
  }

  /**
   * Interest at {@code annualRate} a year, with days and year length from {@code dayCount}.
   *
   * @throws IllegalArgumentException naming {@code annualRate} when it is negative
   */
  public static SimpleInterest annual(Percent annualRate, DayCount dayCount) {
    checkRate(annualRate, "annualRate");
    return new SimpleInterest(annualRate, Arguments.notNull(dayCount, "dayCount"));
  }

  /**
   * Interest at {@code dailyRate} per actual calendar day, such as 0.05% a day (日万分之五).
   *
   * @throws IllegalArgumentException naming {@code dailyRate} when it is negative
   */
  public static SimpleInterest daily(Percent dailyRate) {
    checkRate(dailyRate, "dailyRate");
    return new SimpleInterest(dailyRate, null);
  }

  /** The rate: a year's under {@link #dayCount()}, else a day's. */
  public Percent rate() {
    return rate;
  }

  /** How days and the year are counted for an annual rate; empty for a daily rate. */
  public Optional<DayCount> dayCount() {
    return Optional.ofNullable(dayCount);
  }

  private static void checkRate(Percent rate, String name) {
    Arguments.notNull(rate, name);
    Arguments.check(!rate.isNegative(), "%s must not be negative, was %s", name, rate);
  }

  /**
   * The interest on {@code principal} from {@code from} (exclusive) to {@code to} (inclusive).
   *
   * @throws IllegalArgumentException naming {@code principal} when negative, or {@code from} and
   *     {@code to} when from is after to
   */
  public InterestAccrual accrue(Money principal, LocalDate from, LocalDate to, Rounding rounding) {
    Arguments.nonNegative(principal, "principal");
    Arguments.notNull(rounding, "rounding");
    DayCount.checkRange(from, to);
    long days = dayCount == null ? ChronoUnit.DAYS.between(from, to) : dayCount.days(from, to);
    BigDecimal numerator =
        principal.getAmount().multiply(rate.fraction()).multiply(BigDecimal.valueOf(days));
    BigDecimal divisor = BigDecimal.valueOf(dayCount == null ? 1 : dayCount.daysInYear());
    Money interest =
        rounding.round(BigMoney.of(principal.getCurrencyUnit(), quotient(numerator, divisor)));
    return ImmutableInterestAccrual.builder()
        .principal(principal)
        .from(from)
        .to(to)
        .days(days)
        .rate(rate)
        .dayCount(Optional.ofNullable(dayCount))
        .interest(interest)
        .build();
  }

  /**
   * {@code n / d} truncated at 40 places plus a sticky 41st digit when inexact: rounding it with
   * any mode to any step coarser than 1e-40 gives the rounding of the exact quotient.
   */
  private static BigDecimal quotient(BigDecimal n, BigDecimal d) {
    BigDecimal q = n.divide(d, 40, RoundingMode.DOWN);
    if (q.multiply(d).compareTo(n) != 0) {
      q = q.add(BigDecimal.valueOf(n.signum(), 41));
    }
    return q;
  }

  /** The rate as text: {@code "3.65% a year ACT_365"} or {@code "0.05% a day"}. */
  /** Two are equal when their rates and day counts are: they accrue the same interest. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SimpleInterest i && rate.equals(i.rate) && dayCount == i.dayCount;
  }

  @Override
  public int hashCode() {
    return rate.hashCode() * 31 + (dayCount == null ? 0 : dayCount.hashCode());
  }

  @Override
  public String toString() {
    return rate + (dayCount == null ? " a day" : " a year " + dayCount);
  }
}
