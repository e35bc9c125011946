package dev.suanpan.money.terms;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;

/**
 * One tier of cash-discount terms: {@code percent} off when paid at most {@code days} days after
 * the invoice date; written {@code "2/10"}.
 *
 * <p>Rejects a null, a percent that is not above 0% and below 100%, and negative days.
 *
 * @param percent the discount, above 0% and below 100%
 * @param days the last day after the invoice date on which the discount is given
 */
public record DiscountTier(Percent percent, int days) {
  /**
   * Validates the tier.
   *
   * @throws IllegalArgumentException naming {@code percent} or {@code days} and the value
   */
  public DiscountTier {
    Arguments.notNull(percent, "percent");
    Arguments.check(
        !percent.isNegative() && !percent.isZero() && percent.isLessThan(Percent.HUNDRED),
        "percent must be above 0%% and below 100%%, was %s",
        percent);
    Arguments.nonNegative(days, "days");
  }

  /** The tier as written in terms: {@code "2/10"}, {@code "1.5/20"}. */
  @Override
  public String toString() {
    return percent.value().toPlainString() + "/" + days;
  }
}
