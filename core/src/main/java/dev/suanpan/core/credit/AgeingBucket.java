package dev.suanpan.core.credit;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;

/**
 * One bucket of an ageing schedule (账龄): receivables between {@code fromDays} and {@code toDays}
 * days old, both inclusive, and the bad-debt provision rate (坏账准备计提比例) for that age. The last
 * bucket of a schedule is open-ended ({@link #over(int, Percent)}). Under the {@link
 * AgeingBasis#DUE_DATE due-date basis} the days are days past the due date, and receivables not yet
 * past it fall in the {@link #notDue(Percent) not-due bucket}, which holds every age up to 0.
 *
 * <p>Rejects negative bounds, {@code toDays} below {@code fromDays}, a rate outside 0%–100%, and a
 * not-due bucket with bounds other than 0 to 0.
 *
 * @param fromDays the youngest age in the bucket, in days
 * @param toDays the oldest age in the bucket, in days; {@link Integer#MAX_VALUE} for no bound
 * @param provisionRate the share of the bucket's receivables provided for as doubtful
 * @param notYetDue true for the not-due bucket of a due-date schedule
 */
public record AgeingBucket(int fromDays, int toDays, Percent provisionRate, boolean notYetDue) {
  /** The label of the not-due bucket: {@value}. */
  public static final String NOT_DUE = "not due";

  /** Validates the bucket. */
  public AgeingBucket {
    Arguments.check(
        !notYetDue || (fromDays == 0 && toDays == 0),
        "a not-due bucket spans 0 to 0 days, was %s to %s",
        fromDays,
        toDays);
    Arguments.nonNegative(fromDays, "fromDays");
    Arguments.check(
        toDays >= fromDays, "toDays must be at least fromDays %s, was %s", fromDays, toDays);
    Arguments.notNull(provisionRate, "provisionRate");
    Arguments.check(
        !provisionRate.isNegative() && !provisionRate.isGreaterThan(Percent.HUNDRED),
        "provisionRate must be between 0%% and 100%%, was %s",
        provisionRate);
  }

  /** Receivables {@code fromDays} to {@code toDays} days old, both inclusive. */
  public AgeingBucket(int fromDays, int toDays, Percent provisionRate) {
    this(fromDays, toDays, provisionRate, false);
  }

  /** Receivables {@code fromDays} to {@code toDays} days old, both inclusive. */
  public static AgeingBucket between(int fromDays, int toDays, Percent provisionRate) {
    return new AgeingBucket(fromDays, toDays, provisionRate);
  }

  /** Receivables more than {@code days} days old: the open-ended last bucket. */
  public static AgeingBucket over(int days, Percent provisionRate) {
    Arguments.check(days < Integer.MAX_VALUE, "days must be below %s", Integer.MAX_VALUE);
    return new AgeingBucket(days + 1, Integer.MAX_VALUE, provisionRate);
  }

  /**
   * The bucket of a {@link AgeingBasis#DUE_DATE due-date} schedule for receivables not yet past
   * their due date (0 days or fewer past it), provided for at {@code provisionRate}.
   */
  public static AgeingBucket notDue(Percent provisionRate) {
    return new AgeingBucket(0, 0, provisionRate, true);
  }

  /** True if this bucket has no upper bound. */
  public boolean openEnded() {
    return toDays == Integer.MAX_VALUE;
  }

  /**
   * True if a receivable {@code ageDays} old falls in this bucket; the not-due bucket holds every
   * age of 0 or below (days past due of a receivable not yet due).
   */
  public boolean holds(long ageDays) {
    return notYetDue ? ageDays <= 0 : ageDays >= fromDays && ageDays <= toDays;
  }

  /** The bucket's name: {@code "0-30"}, {@code ">365"}, {@value #NOT_DUE}. */
  public String label() {
    if (notYetDue) {
      return NOT_DUE;
    }
    return openEnded() ? ">" + (fromDays - 1) : fromDays + "-" + toDays;
  }

  @Override
  public String toString() {
    return (notYetDue ? label() : label() + " days") + " @ " + provisionRate;
  }
}
