package dev.suanpan.money.interest;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The simple interest on a principal over a date range, from {@link SimpleInterest#accrue}, with
 * every figure that produced it.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class InterestAccrual {
  /** The amount interest was charged on. */
  public abstract Money principal();

  /** The start date (interest runs from the day after). */
  public abstract LocalDate from();

  /** The end date (counted). */
  public abstract LocalDate to();

  /** The days counted between {@link #from()} and {@link #to()}. */
  public abstract long days();

  /** The rate: per year when {@link #dayCount()} is present, per day otherwise. */
  public abstract Percent rate();

  /** The day count of an annual rate; empty for a daily rate, which counts actual days. */
  public abstract Optional<DayCount> dayCount();

  /** The interest, rounded once. */
  public abstract Money interest();

  /** Principal plus interest. */
  public Money total() {
    return principal().plus(interest());
  }

  @Value.Check
  protected void check() {
    Arguments.sameCurrency(principal(), interest(), "interest");
    Arguments.nonNegative(days(), "days");
    DayCount.checkRange(from(), to());
  }

  /** As text: {@code "interest CNY 50.00 on CNY 10000.00 at 3.65% a year ACT_365 ..."}. */
  @Override
  public String toString() {
    return "interest "
        + interest()
        + " on "
        + principal()
        + " at "
        + rate()
        + dayCount().map(d -> " a year " + d).orElse(" a day")
        + ", "
        + days()
        + " days from "
        + from()
        + " to "
        + to();
  }
}
