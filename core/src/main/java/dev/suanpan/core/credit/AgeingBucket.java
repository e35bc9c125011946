package dev.suanpan.core.credit;

import dev.suanpan.money.Arguments;
import dev.suanpan.money.Percent;

/**
 * One bucket of an ageing schedule (账龄): receivables between {@code fromDays} and {@code toDays}
 * days old, both inclusive, and the bad-debt provision rate (坏账准备计提比例) for that age. The last
 * bucket of a schedule is open-ended ({@link #over(int, Percent)}).
 *
 * <p>Rejects negative bounds, {@code toDays} below {@code fromDays}, and a rate outside 0%–100%.
 *
 * @param fromDays the youngest age in the bucket, in days
 * @param toDays the oldest age in the bucket, in days; {@link Integer#MAX_VALUE} for no bound
 * @param provisionRate the share of the bucket's receivables provided for as doubtful
 */
public record AgeingBucket(int fromDays, int toDays, Percent provisionRate) {
  /** Validates the bucket. */
  public AgeingBucket {
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
  public static AgeingBucket between(int fromDays, int toDays, Percent provisionRate) {
    return new AgeingBucket(fromDays, toDays, provisionRate);
  }

  /** Receivables more than {@code days} days old: the open-ended last bucket. */
  public static AgeingBucket over(int days, Percent provisionRate) {
    Arguments.check(days < Integer.MAX_VALUE, "days must be below %s", Integer.MAX_VALUE);
    return new AgeingBucket(days + 1, Integer.MAX_VALUE, provisionRate);
  }

  /** True if this bucket has no upper bound. */
  public boolean openEnded() {
    return toDays == Integer.MAX_VALUE;
  }

  /** True if a receivable {@code ageDays} old falls in this bucket. */
  public boolean holds(long ageDays) {
    return ageDays >= fromDays && ageDays <= toDays;
  }

  /** The bucket's name: {@code "0-30"}, {@code ">365"}. */
  public String label() {
    return openEnded() ? ">" + (fromDays - 1) : fromDays + "-" + toDays;
  }

  @Override
  public String toString() {
    return label() + " days @ " + provisionRate;
  }
}
