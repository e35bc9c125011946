package dev.suanpan.core.rebate;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One tier of a volume rebate: from {@code threshold} of purchase value on, the manufacturer pays
 * {@code rate}.
 *
 * <p>Rejects a null, negative threshold, and a null rate, a negative one or one above 100%, naming
 * the value.
 *
 * @param threshold the purchase value from which the tier applies, zero for the first tier of a
 *     schedule that pays from the first yuan
 * @param rate the rebate rate of the tier, from 0% to 100%
 */
public record RebateTier(Money threshold, Percent rate) {
  /** Validates the tier. */
  public RebateTier {
    Arguments.nonNegative(threshold, "threshold");
    Arguments.notNull(rate, "rate");
    Arguments.check(!rate.isNegative(), "rate must not be negative, was %s", rate);
    Arguments.check(
        !rate.isGreaterThan(Percent.HUNDRED), "rate must not be above 100%%, was %s", rate);
  }

  /**
   * The tier paying {@code rate} from {@code threshold} on.
   *
   * @throws IllegalArgumentException if the threshold is negative or the rate below 0% or above
   *     100%
   */
  public static RebateTier of(Money threshold, Percent rate) {
    return new RebateTier(threshold, rate);
  }

  /** Such as {@code from CNY 5000000.00 at 2%}. */
  @Override
  public String toString() {
    return "from " + threshold + " at " + rate;
  }
}
